import type { FormModel } from '../shared/protocol';
import { vscode, type ViewState } from './vscodeApi';

/** State saved by an older version of the webview lacks the newer fields. */
export function withDefaults(saved: Partial<ViewState> | undefined): ViewState | undefined {
  if (!saved?.questionnaire || !saved.draft || !saved.period) {
    return undefined;
  }
  return { lastWritten: null, history: null, tab: 'reflect', range: '3m', notice: null, role: 'tech-lead', checkIn: 'full', privateText: 'off', draftPrivacy: 'clear', strings: {}, ...saved, draft: { ...saved.draft, checkIn: saved.draft.checkIn ?? null } } as ViewState;
}

export function sameModel(model: FormModel, current: ViewState): boolean {
  return (Object.keys(model) as (keyof FormModel)[]).every((key) => JSON.stringify(model[key]) === JSON.stringify(current[key]));
}

/** The form as the host saw it when it made this page: newer than any state saved before. */
export function initialModel(app: HTMLElement): FormModel | undefined {
  const data = app.dataset.initialState;
  return data ? (JSON.parse(data) as FormModel) : undefined;
}

/**
 * The webview's saved state rests on disk (and in a browser's storage), so with encrypted private
 * text it never holds the words: after a reload they come back from the host's sealed draft.
 */
export function saveState(current: ViewState): void {
  vscode.setState(current.privateText === 'encrypted' ? { ...current, draft: { ...current.draft, notes: {} } } : current);
}


/** A switch over every message type ends here: the compiler proves no case is left out. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled message: ${JSON.stringify(value)}`);
}
