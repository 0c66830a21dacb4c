import type { CheckInMode, Draft } from '../core/note/draft';
import type { FocusPlan } from '../core/note/focusPlan';
import type { HistoryRange } from '../core/report/history';
import { asAsked } from '../core/note/reflection';
import type { HistoryView, HostMessage } from '../shared/protocol';
import { h } from './dom';
import { t, useStrings } from './l10n';
import { beyondStorage, notStoredWords, renderDraftPrivacy, savedWords } from './draftPrivacy';
import { renderFollowThrough } from './followThrough';
import { renderForm, type DraftAccess } from './form';
import { describeRange, renderHistory } from './history';
import { showEvidence } from './evidence';
import { showNotCommitted, showNotWritten, showWritten } from './outcome';
import { bandsSlot, checkInHint, checkInLabel, checkInSwitch, draftStatus, followThroughSlot, formSlot, heading, historyAnnouncer, historyPanel, noticeBanner, periodLine, preview, privacySlot, reflectPanel, stanceAnnouncer, writeButton } from './page';
import { renderPreview } from './preview';
import { renderTabs } from './tabs';
import { assertNever, initialModel, sameModel, saveState, withDefaults } from './viewState';
import { vscode, type Tab, type ViewState } from './vscodeApi';

/** Drafts reach the host at most this often while typing; the last edit is always sent. */
const SEND_DELAY_MS = 150;

const app = document.getElementById('app') as HTMLElement;
let state: ViewState | undefined = withDefaults(vscode.getState());
let pendingSend: ReturnType<typeof setTimeout> | undefined;
/** Drafts sent and not yet stored by the host: "saved" is only true when this is zero. */
let unsaved = 0;

/** Last period's private focus, once the person asked to see it. Kept in memory only, never in saved state. */
let revealedFocus: { period: string; focus: string; plan: FocusPlan | null } | null = null;
checkInSwitch.setAttribute('aria-describedby', 'quick-check-in-hint');
checkInSwitch.addEventListener('change', () => {
  draftAccess.set({ ...draftAccess.get(), checkIn: checkInSwitch.checked ? 'quick' : 'full' });
  paintForm();
});

writeButton.addEventListener('click', () => {
  flushDraft();
  vscode.postMessage({ type: 'reflection/write' });
});

function setState(change: Partial<ViewState>): void {
  if (state) {
    state = { ...state, ...change };
    saveState(state);
  }
}

function paintPrivacy(): void {
  privacySlot.replaceChildren(...(state ? renderDraftPrivacy(state.draftPrivacy, () => vscode.postMessage({ type: 'draft/protect' })) : []));
}

const draftAccess: DraftAccess = {
  get: () => state!.draft,
  set: (draft: Draft) => {
    setState({ draft });
    paintPreview();
    draftStatus.textContent = '';
    clearTimeout(pendingSend);
    pendingSend = setTimeout(flushDraft, SEND_DELAY_MS);
  },
};

function flushDraft(): void {
  clearTimeout(pendingSend);
  pendingSend = undefined;
  if (state && !beyondStorage(state.draft)) {
    unsaved++;
    vscode.postMessage({ type: 'draft/changed', draft: state.draft });
  } else if (state) {
    draftStatus.textContent = notStoredWords();
  }
}

function checkInMode(current: ViewState): CheckInMode {
  return current.draft.checkIn ?? current.checkIn;
}

/** The quick week's plan when this period is a quick one and the notes it rests on are read. */
function quickPlan(current: ViewState): NonNullable<ViewState['history']>['quickPlan'] | null {
  return checkInMode(current) === 'quick' ? current.history?.quickPlan ?? null : null;
}

/** The stance and bands of what this period asks: a quick week is scored on its own questions. */
function paintPreview(): void {
  if (state) {
    const asked = asAsked(state.draft, state.questionnaire, quickPlan(state));
    const summary = renderPreview(preview, bandsSlot, asked.draft, asked.questionnaire, state.role);
    stanceAnnouncer.announce(summary);
  }
}

function paintForm(): void {
  if (!state) {
    return;
  }
  const quick = checkInMode(state) === 'quick';
  checkInSwitch.checked = quick;
  checkInHint.textContent = quick
    ? t('Two contrasts chosen from your notes, energy and your focus. Every contrast comes round within four quick weeks.')
    : t('Ask only a few questions this period.');
  const plan = quickPlan(state);
  formSlot.replaceChildren(
    quick && !plan ? h('p', { class: 'loading' }, t("Choosing this period's contrasts from your notes…")) : renderForm(state.questionnaire, state.role, draftAccess, state.privateText, plan),
  );
  paintPreview();
}

function paintFollowThrough(): void {
  const previous = state?.history?.previousFocus ?? null;
  const revealed = previous && revealedFocus?.period === previous.period ? revealedFocus : null;
  followThroughSlot.replaceChildren(...renderFollowThrough(previous, draftAccess, revealed, () => vscode.postMessage({ type: 'followThrough/revealFocus' })));
}

/** The words that sit on elements made once, set again in the language of the state being painted. */
function paintStaticText(): void {
  heading.textContent = t('Lead Review');
  preview.setAttribute('aria-label', t('Stance so far'));
  checkInLabel.textContent = ' ' + t('Quick check-in this period');
  writeButton.textContent = t('Write reflection');
}

function paint(next: ViewState): void {
  state = next;
  saveState(next);
  paintPrivacy();
  useStrings(next.strings);
  paintStaticText();
  periodLine.textContent = t('Reflection for {0}', next.period);
  noticeBanner.textContent = next.notice ?? '';
  noticeBanner.hidden = next.notice === null;
  paintFollowThrough();
  paintForm();
  paintHistory();
  const tabs = renderTabs(next.tab, { reflect: reflectPanel, history: historyPanel }, (tab: Tab) => setState({ tab }));
  // Moving nodes drops focus; a keyboard user keeps their place through a repaint.
  const focusedId = document.activeElement instanceof HTMLElement && document.activeElement.id ? document.activeElement.id : null;
  app.replaceChildren(heading, tabs, reflectPanel, historyPanel, stanceAnnouncer.element, historyAnnouncer);
  if (focusedId && document.activeElement !== document.getElementById(focusedId)) {
    document.getElementById(focusedId)?.focus();
  }
  app.setAttribute('aria-busy', 'false');
}

function paintHistory(): void {
  if (!state?.history) {
    historyPanel.replaceChildren(h('p', { class: 'loading' }, t('Reading your notes…')));
    return;
  }
  historyPanel.replaceChildren(
    ...renderHistory(state.history, state.range, {
      onRange: (range: HistoryRange) => {
        setState({ range });
        paintHistory();
        historyAnnouncer.textContent = describeRange(state?.history ?? null, range);
      },
      onOpen: (fileName: string) => vscode.postMessage({ type: 'history/open', fileName }),
    }),
  );
}

function applyHistory(history: HistoryView): void {
  const focusChanged = JSON.stringify(history.previousFocus) !== JSON.stringify(state?.history?.previousFocus ?? null);
  const planChanged = JSON.stringify(history.quickPlan) !== JSON.stringify(state?.history?.quickPlan ?? null);
  setState({ history });
  paintHistory();
  if (focusChanged) {
    paintFollowThrough();
  }
  // A quick week's questions come from the notes: the form follows when they are read or change.
  if (planChanged && state && checkInMode(state) === 'quick') {
    paintForm();
  }
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'state/init': {
      const { type: _type, ...sent } = message;
      // Edits the host has not stored yet are newer than the draft in any model it sent before them.
      const model = state && (unsaved > 0 || pendingSend !== undefined) ? { ...sent, draft: state.draft } : sent;
      // The page usually painted this very model from its initial data; painting again would only flicker.
      if (!state || !sameModel(model, state)) {
        paint({ ...model, history: state?.history ?? null, tab: state?.tab ?? 'reflect', range: state?.range ?? '3m' });
      }
      break;
    }
    case 'draft/saved':
      // Answers typed since may still be on their way; say "saved" only once the last one is stored.
      unsaved = Math.max(0, unsaved - 1);
      draftStatus.textContent = unsaved === 0 && pendingSend === undefined ? savedWords(state?.draftPrivacy ?? 'clear') : '';
      break;
    case 'draft/privacy':
      setState({ draftPrivacy: message.privacy });
      paintPrivacy();
      break;
    case 'draft/replaced':
      draftStatus.textContent = '';
      if (state) {
        paint({ ...state, draft: message.draft });
      }
      break;
    case 'history/updated':
      applyHistory(message.history);
      break;
    case 'reflection/written':
      setState({ lastWritten: message.note });
      showWritten(message.note, (sent) => vscode.postMessage(sent));
      break;
    case 'reflection/notCommitted':
      showNotCommitted(message.reason);
      break;
    case 'reflection/notWritten':
      showNotWritten(message.message, message.missing);
      break;
    case 'evidence/updated':
      showEvidence(message.evidence);
      break;
    case 'followThrough/focusRevealed':
      revealedFocus = { period: message.period, focus: message.focus, plan: message.plan };
      paintFollowThrough();
      document.getElementById('follow-through-focus')?.focus();
      break;
    default:
      assertNever(message);
  }
});

// Edits made just before the view is hidden must not wait for the timer.
window.addEventListener('pagehide', flushDraft);

const initial = initialModel(app);
if (initial) {
  paint({ ...initial, history: state?.history ?? null, tab: state?.tab ?? 'reflect', range: state?.range ?? '3m' });
} else if (state) {
  paint(state);
}
vscode.postMessage({ type: 'webview/ready' });
