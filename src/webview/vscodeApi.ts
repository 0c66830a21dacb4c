import type { Draft } from '../core/draft';
import type { Questionnaire } from '../core/questionnaire';
import type { WebviewMessage, WrittenNote } from '../shared/protocol';

/** What the webview keeps across being hidden, so it can paint before the host answers. */
export interface ViewState {
  readonly questionnaire: Questionnaire;
  readonly draft: Draft;
  readonly period: string;
  readonly lastWritten: WrittenNote | null;
}

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): ViewState | undefined;
  setState(state: ViewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

/** `acquireVsCodeApi` may only be called once per page. */
export const vscode: VsCodeApi = acquireVsCodeApi();
