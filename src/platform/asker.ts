import type * as vscode from 'vscode';

/** Names each question the extension asks, so tests can see it and answer the real one. */
export type PromptId =
  | 'existingNote'
  | 'workspaceFolder'
  | 'reportRange'
  | 'existingReport'
  | 'stagedChanges'
  | 'detachedHead'
  | 'initRepository'
  | 'choosePassphrase'
  | 'confirmPassphrase'
  | 'enterPassphrase'
  | 'historyPassphrase'
  | 'privateNote'
  | 'feedAddress'
  | 'feedAction'
  | 'packetRange'
  | 'packetDate'
  | 'packetMoments'
  | 'packetPrivate'
  | 'existingPacket';

/**
 * How an action asks the person something while it runs. Features and the platform ask through
 * this; the host's `Prompts` shows the questions, so one place knows how VS Code asks.
 */
export interface Asker {
  pick<T extends vscode.QuickPickItem>(id: PromptId, items: readonly T[], title: string): Promise<T | undefined>;
  /** Several items, or none; `undefined` only when dismissed. */
  pickMany<T extends vscode.QuickPickItem>(id: PromptId, items: readonly T[], title: string): Promise<readonly T[] | undefined>;
  /** A line of text; resolves to `undefined` when dismissed. */
  text(id: PromptId, title: string, prompt: string, validate: (value: string) => string | undefined): Thenable<string | undefined>;
  /** A warning with actions; resolves to the action chosen, if any. */
  warn(id: PromptId, message: string, ...actions: string[]): Thenable<string | undefined>;
  /** A hidden-text input box; resolves to `undefined` when dismissed. */
  passphrase(id: PromptId, title: string, prompt: string, validate?: (value: string) => string | undefined): Thenable<string | undefined>;
}
