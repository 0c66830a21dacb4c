/**
 * The one contract between the extension host and the sidebar webview. Both sides import it;
 * the host checks every incoming message with `checkWebviewMessage` before acting on it.
 */
import type { QuickPlan } from '../core/scoring/checkIn';
import { checkDraft, isPlainObject, type CheckInMode, type Checked, type Draft } from '../core/note/draft';
import type { DraftPrivacy } from '../core/note/draftAtRest';
import type { PrivateTextMode } from '../core/private/privateText';
import type { HistoryPoint, SkippedFile } from '../core/report/history';
import { parseReflectionFileName } from '../core/time/period';
import type { Band, Questionnaire, Role } from '../core/questionnaire/questionnaire';
import type { CalendarEvidence, GitFigures } from '../core/evidence/model';
import type { FocusPlan } from '../core/note/focusPlan';

/** A note the host has written, as the sidebar shows it. */
export interface WrittenNote {
  /** Path relative to the workspace folder, with `/` separators. */
  readonly relativePath: string;
  readonly period: string;
  /**
   * Whether an open git repository holds the note, so the sidebar can offer to commit it. Git is
   * asked after the note is written: `false` until then, and the note is sent again when it is known.
   */
  readonly canCommit: boolean;
  /** The message of the commit that holds the note, once Lead Review committed it from any entry. */
  readonly committed?: string;
}

/** The History tab's content. `null` folder: nowhere to read from (no folder open, or a refused setting). */
export interface HistoryView {
  readonly folderLabel: string | null;
  /** Oldest first. */
  readonly points: readonly HistoryPoint[];
  readonly skipped: readonly SkippedFile[];
  readonly dimensions: readonly { readonly id: string; readonly title: string }[];
  /** The time-allocation areas, for the patterns. */
  readonly areas: readonly { readonly id: string; readonly label: string }[];
  /** Last period's focus, for "did I follow through?"; `focus` is `null` while it is private text. */
  readonly previousFocus: { readonly period: string; readonly focus: string | null; readonly plan: FocusPlan | null } | null;
  /** What a quick week asks this period, chosen from these notes. */
  readonly quickPlan: QuickPlan;
  /** The role's lean bands per contrast, to mark cells outside them; `null` without bands. */
  readonly bands: { readonly role: Role; readonly lean: Readonly<Record<string, Band>> } | null;
}

/** What the calendar shows of this period, as the form says it. */
export type CalendarView =
  /** No calendar file set and no feed connected. */
  | { readonly kind: 'off' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'problem'; readonly message: string }
  | {
      readonly kind: 'ready';
      readonly evidence: CalendarEvidence;
      /** Whole-number shares of the classified time per area, adding up to 100; `null` when nothing was classified. */
      readonly shares: Readonly<Record<string, number>> | null;
      /** Where the text came from: a file, the feed just now, or the feed's cached copy. */
      readonly origin: 'file' | 'feed' | 'cache';
      /** When the feed's copy was fetched (ms since 1970); `null` for a file. */
      readonly fetchedAt: number | null;
      /** Why the feed could not be fetched this time, when its cached copy is shown. */
      readonly feedProblem: string | null;
      /** Why the team's rules or the time-zone setting are not in use, when they are not. */
      readonly notice: string | null;
    };

export type GitView = { readonly kind: 'loading' } | { readonly kind: 'unavailable'; readonly message: string } | { readonly kind: 'ready'; readonly figures: GitFigures; readonly repositories: number };

/** The evidence beside this period's answers; the form paints first and this follows when ready. */
export interface EvidenceView {
  readonly period: string;
  readonly calendar: CalendarView;
  readonly git: GitView;
}

export type WebviewMessage =
  /** The webview has loaded its script and wants its state. Sent again after every reload. */
  | { readonly type: 'webview/ready' }
  /** The person changed an answer; the whole draft is sent so the host never merges. */
  | { readonly type: 'draft/changed'; readonly draft: Draft }
  | { readonly type: 'reflection/write' }
  | { readonly type: 'reflection/openWritten' }
  | { readonly type: 'reflection/commitWritten' }
  /** Open a past note listed in the History tab. */
  | { readonly type: 'history/open'; readonly fileName: string }
  /** Show last period's focus, which is private text: decrypted only on this request. */
  | { readonly type: 'followThrough/revealFocus' }
  /** Ask for the passphrase, so words held in memory or locked can be sealed and stored. */
  | { readonly type: 'draft/protect' };

/** Everything the form needs to paint, sent whole whenever any of it changes. */
export interface FormModel {
  readonly questionnaire: Questionnaire;
  /** Why the workspace's own questionnaire is not in use, shown as a banner. */
  readonly notice: string | null;
  /** Whose target bands the form compares with. */
  readonly role: Role;
  readonly draft: Draft;
  /** How the draft's free text rests on disk; see DraftPrivacy. */
  readonly draftPrivacy: DraftPrivacy;
  readonly period: string;
  readonly lastWritten: WrittenNote | null;
  /** The `leadReview.checkIn` setting; the draft can choose otherwise for this period. */
  readonly checkIn: CheckInMode;
  /** The `leadReview.privateText` setting, so the form can say where free text goes. */
  readonly privateText: PrivateTextMode;
  /** The display language's translations of the sidebar's words (`vscode.l10n.bundle`); empty for English. */
  readonly strings: Readonly<Record<string, string>>;
}

export type HostMessage =
  | ({ readonly type: 'state/init' } & FormModel)
  /** The last draft the webview sent is stored, so closing or reloading now loses nothing. */
  | { readonly type: 'draft/saved' }
  /** The draft's free text now rests differently: sealed, held in memory only, or locked. */
  | { readonly type: 'draft/privacy'; readonly privacy: DraftPrivacy }
  /** The draft changed outside the webview: discarded, or cleared after writing. */
  | { readonly type: 'draft/replaced'; readonly draft: Draft }
  | { readonly type: 'reflection/written'; readonly note: WrittenNote }
  | { readonly type: 'history/updated'; readonly history: HistoryView }
  /** The sidebar's Commit did not commit: why, or `null` when the person cancelled. Commit is offered again. */
  | { readonly type: 'reflection/notCommitted'; readonly reason: string | null }
  /** Last period's private focus, opened on the person's request. */
  | { readonly type: 'followThrough/focusRevealed'; readonly period: string; readonly focus: string; readonly plan: FocusPlan | null }
  /** What the calendar and the repositories show of this period. */
  | { readonly type: 'evidence/updated'; readonly evidence: EvidenceView }
  /** Writing did not happen; the draft is untouched. */
  | { readonly type: 'reflection/notWritten'; readonly message: string; readonly missing: readonly string[] };

const FIELDLESS_TYPES = ['webview/ready', 'reflection/write', 'reflection/openWritten', 'reflection/commitWritten', 'followThrough/revealFocus', 'draft/protect'] as const;

export function checkWebviewMessage(value: unknown, questionnaire: Questionnaire): Checked<WebviewMessage> {
  if (!isPlainObject(value) || typeof value.type !== 'string') {
    return { ok: false, error: 'message is not an object with a string "type"' };
  }
  const type = value.type;
  const fields = Object.keys(value).filter((key) => key !== 'type');
  if ((FIELDLESS_TYPES as readonly string[]).includes(type)) {
    return fields.length === 0
      ? { ok: true, value: { type } as WebviewMessage }
      : { ok: false, error: `${type} takes no fields, got: ${fields.join(', ')}` };
  }
  if (type === 'draft/changed') {
    if (fields.length !== 1 || fields[0] !== 'draft') {
      return { ok: false, error: `draft/changed takes exactly one field "draft", got: ${fields.join(', ') || 'none'}` };
    }
    const draft = checkDraft(value.draft, questionnaire);
    return draft.ok ? { ok: true, value: { type, draft: draft.value } } : draft;
  }
  if (type === 'history/open') {
    if (fields.length !== 1 || fields[0] !== 'fileName') {
      return { ok: false, error: `history/open takes exactly one field "fileName", got: ${fields.join(', ') || 'none'}` };
    }
    const fileName = value.fileName;
    if (typeof fileName !== 'string' || fileName.length > 64 || parseReflectionFileName(fileName) === null) {
      return { ok: false, error: 'history/open needs the file name of a note, such as 2026-W48.md' };
    }
    return { ok: true, value: { type, fileName } };
  }
  return { ok: false, error: `unknown message type ${JSON.stringify(type).slice(0, 80)}` };
}
