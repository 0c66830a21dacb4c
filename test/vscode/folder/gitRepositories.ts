import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { localDateOf } from '../../../src/core/time/localDate';
import { periodFor } from '../../../src/core/time/period';
import type { LeadReviewTestApi } from '../../../src/extension';
import type { CommitOutcome } from '../../../src/features/commit/commitReflection';
import { answerNextPrompt, completeDraft, writeReflection, type WriteOutcome } from '../helpers';

export const PERIOD = periodFor(localDateOf(new Date()), 'weekly').id;

export function workspaceRoot(): string {
  return vscode.workspace.workspaceFolders![0]!.uri.fsPath;
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** A repository of its own, with an identity and one commit, outside the workspace. */
export function repositoryOutside(label: string): string {
  const root = mkdtempSync(path.join(tmpdir(), `lead-review-${label}-`));
  initRepository(root);
  writeFileSync(path.join(root, 'README.md'), `${label}\n`);
  git(root, 'add', 'README.md');
  git(root, 'commit', '-q', '-m', `${label}: first commit`);
  return root;
}

export function initRepository(root: string, ...initArgs: string[]): void {
  mkdirSync(root, { recursive: true });
  git(root, 'init', '-q', ...initArgs);
  git(root, 'config', 'user.name', 'Test Lead');
  git(root, 'config', 'user.email', 'lead@example.com');
}

export function configure(key: string, value: unknown): Thenable<void> {
  return vscode.workspace.getConfiguration('leadReview').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Points the notes folder at `relative` below the workspace folder, as a person would in settings. */
export function useNotesFolder(relative: string): Thenable<void> {
  return configure('folder', relative);
}

export function commitReflection(note?: vscode.Uri): Thenable<CommitOutcome> {
  return vscode.commands.executeCommand<CommitOutcome>('leadReview.commitReflection', note);
}

/** Writes this period's note into the current notes folder, as a second note if one is there. */
export async function writeNote(api: LeadReviewTestApi, folder: string): Promise<Extract<WriteOutcome, { kind: 'written' }>> {
  await api.drafts.replace(completeDraft());
  const existing = existsSync(path.join(folder, `${PERIOD}.md`));
  const answered = existing ? answerNextPrompt(api, 'existingNote', { downs: 1 }) : Promise.resolve();
  const outcome = await writeReflection();
  await answered;
  assert.equal(outcome.kind, 'written', JSON.stringify(outcome));
  return outcome as Extract<WriteOutcome, { kind: 'written' }>;
}

/** The files of the last commit, relative to the repository root. */
export function filesOfHead(root: string): string {
  return git(root, 'show', '--name-only', '--format=', 'HEAD');
}

export function reasonOf(outcome: CommitOutcome): string {
  return outcome.kind === 'notCommitted' ? outcome.reason : `(${outcome.kind})`;
}
