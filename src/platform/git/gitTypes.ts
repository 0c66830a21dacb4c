/**
 * The part of the built-in Git extension's API (`vscode.git`, `getAPI(1)`) that Lead Review uses,
 * after its published `git.d.ts`. Declared here so the extension has no build-time dependency on it.
 */
import type * as vscode from 'vscode';

export interface GitExtension {
  readonly enabled: boolean;
  getAPI(version: 1): GitApi;
}

export type ApiState = 'uninitialized' | 'initialized';

export interface GitApi {
  /** The git binary the Git extension runs (the `git.path` setting, or the one it found). */
  readonly git: { readonly path: string };
  readonly state: ApiState;
  readonly onDidChangeState: vscode.Event<ApiState>;
  readonly repositories: readonly Repository[];
  readonly onDidOpenRepository: vscode.Event<Repository>;
  readonly onDidCloseRepository: vscode.Event<Repository>;
  getRepository(uri: vscode.Uri): Repository | null;
  openRepository(root: vscode.Uri): Promise<Repository | null>;
  init(root: vscode.Uri): Promise<Repository | null>;
}

export interface Change {
  readonly uri: vscode.Uri;
  readonly originalUri: vscode.Uri;
  readonly renameUri: vscode.Uri | undefined;
}

/** The checked-out commit; `name` is `undefined` on a detached HEAD. */
export interface Head {
  readonly name?: string;
  readonly commit?: string;
}

export interface RepositoryState {
  readonly HEAD: Head | undefined;
  /** Fires on every status change, a file edited included. */
  readonly onDidChange: vscode.Event<void>;
  readonly indexChanges: readonly Change[];
  readonly workingTreeChanges: readonly Change[];
  readonly mergeChanges: readonly Change[];
}

/** A commit as `Repository.log` gives it. */
export interface Commit {
  readonly hash: string;
  readonly message: string;
  readonly parents: readonly string[];
  readonly authorDate?: Date;
  readonly authorEmail?: string;
  readonly commitDate?: Date;
}

export interface LogOptions {
  /** The newest this many commits; the API has no date filter. */
  readonly maxEntries?: number;
}

export interface Repository {
  readonly rootUri: vscode.Uri;
  readonly state: RepositoryState;
  status(): Promise<void>;
  add(paths: string[]): Promise<void>;
  revert(paths: string[]): Promise<void>;
  commit(message: string): Promise<void>;
  push(): Promise<void>;
  log(options?: LogOptions): Promise<Commit[]>;
  /** The files that differ between two commits. */
  diffBetween(ref1: string, ref2: string): Promise<Change[]>;
  getConfig(key: string): Promise<string>;
  getGlobalConfig(key: string): Promise<string>;
  /** The given paths that git ignores (`git check-ignore`); VS Code 1.90 and later. */
  checkIgnore?(paths: string[]): Promise<Set<string>>;
}

/** What the Git extension puts on the errors it throws. */
export interface GitError extends Error {
  readonly gitErrorCode?: string;
  readonly stderr?: string;
}
