import type { Draft } from '../core/draft';
import type { HostMessage, WrittenNote } from '../shared/protocol';
import { h } from './dom';
import { renderForm } from './form';
import { renderPreview } from './preview';
import { vscode, type ViewState } from './vscodeApi';

/** Drafts reach the host at most this often while typing; the last edit is always sent. */
const SEND_DELAY_MS = 150;

const app = document.getElementById('app') as HTMLElement;
let state: ViewState | undefined = vscode.getState();
let pendingSend: ReturnType<typeof setTimeout> | undefined;

const preview = h('div', { class: 'preview', role: 'status', 'aria-live': 'polite', 'aria-label': 'Stance so far' });
const formSlot = h('div', { class: 'form-slot' });
const outcome = h('div', { class: 'outcome', role: 'status', 'aria-live': 'polite' });
const writeButton = h('button', { type: 'button', class: 'primary', id: 'write' }, 'Write reflection');
const periodLine = h('p', { class: 'period' });

writeButton.addEventListener('click', () => {
  flushDraft();
  vscode.postMessage({ type: 'reflection/write' });
});

function onDraftChanged(draft: Draft): void {
  if (!state) {
    return;
  }
  state = { ...state, draft };
  vscode.setState(state);
  renderPreview(preview, draft, state.questionnaire);
  clearTimeout(pendingSend);
  pendingSend = setTimeout(flushDraft, SEND_DELAY_MS);
}

function flushDraft(): void {
  clearTimeout(pendingSend);
  pendingSend = undefined;
  if (state) {
    vscode.postMessage({ type: 'draft/changed', draft: state.draft });
  }
}

function paint(next: ViewState): void {
  state = next;
  vscode.setState(next);
  periodLine.textContent = `Reflection for ${next.period}`;
  renderPreview(preview, next.draft, next.questionnaire);
  formSlot.replaceChildren(renderForm(next.questionnaire, next.draft, onDraftChanged));
  app.replaceChildren(
    h('header', { class: 'top' }, periodLine, preview),
    formSlot,
    h('div', { class: 'actions' }, writeButton, outcome),
  );
  app.setAttribute('aria-busy', 'false');
}

function showWritten(note: WrittenNote): void {
  const open = h('button', { type: 'button', class: 'link', id: 'open-written' }, `Open ${note.relativePath}`);
  open.addEventListener('click', () => vscode.postMessage({ type: 'reflection/openWritten' }));
  outcome.className = 'outcome written';
  outcome.replaceChildren(h('p', {}, `Saved your reflection for ${note.period}.`), open);
}

function showNotWritten(message: string, missing: readonly string[]): void {
  outcome.className = 'outcome not-written';
  const list = h('ul', {}, ...missing.map((entry) => h('li', {}, entry)));
  outcome.replaceChildren(h('p', {}, missing.length > 0 ? 'Not written yet. Still needed:' : message), ...(missing.length > 0 ? [list] : []));
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  switch (message.type) {
    case 'state/init':
      paint({ questionnaire: message.questionnaire, draft: message.draft, period: message.period, lastWritten: message.lastWritten });
      break;
    case 'draft/replaced':
      if (state) {
        paint({ ...state, draft: message.draft });
      }
      break;
    case 'reflection/written':
      if (state) {
        state = { ...state, lastWritten: message.note };
        vscode.setState(state);
      }
      showWritten(message.note);
      break;
    case 'reflection/notWritten':
      showNotWritten(message.message, message.missing);
      break;
  }
});

// Edits made just before the view is hidden must not wait for the timer.
window.addEventListener('pagehide', flushDraft);

if (state) {
  paint(state);
}
vscode.postMessage({ type: 'webview/ready' });
