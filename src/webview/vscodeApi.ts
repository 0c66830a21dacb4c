import type { HistoryRange } from '../core/report/history';
import type { FormModel, HistoryView, WebviewMessage } from '../shared/protocol';

export type Tab = 'reflect' | 'history';

/** What the webview keeps across being hidden, so it can paint before the host answers. */
export interface ViewState extends FormModel {
  readonly history: HistoryView | null;
  readonly tab: Tab;
  readonly range: HistoryRange;
}

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): ViewState | undefined;
  setState(state: ViewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** `acquireVsCodeApi` may only be called once per page. */
export const vscode: VsCodeApi = acquireVsCodeApi();
