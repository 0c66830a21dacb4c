import * as vscode from 'vscode';
import { docsShareOf, gitFigures, type CommitFacts } from '../../core/evidence/gitEvidence';
import type { GitFigures } from '../../core/evidence/model';
import { accessGit } from '../../platform/git/gitAccess';
import type { Chunks } from '../../platform/chunks/chunks';
import { authorEmailOf } from '../../platform/git/gitIdentity';
import type { Commit, Repository } from '../../platform/git/gitTypes';

/** Git's id for the empty tree: what a first commit is compared with. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const FIRST_PAGE = 50;
/** The log is read newest first, a page at a time, up to this many commits back. */
const MAX_COMMITS = 20_000;

export type RepositoryEvidence = { readonly kind: 'ready'; readonly figures: GitFigures; readonly repositories: number } | { readonly kind: 'unavailable'; readonly message: string };

/**
 * What every repository open in the window shows of the period, through the built-in Git API:
 * the log read a page at a time (it has no date filter), and each of the person's commits
 * compared with its first parent for the files it changed.
 */
export async function repositoryEvidence(window: { readonly startMs: number; readonly endMs: number }, emailSetting: string, chunks: Chunks): Promise<RepositoryEvidence> {
  const git = await accessGit();
  if (!git.ok) {
    return { kind: 'unavailable', message: vscode.l10n.t('Git evidence needs the built-in Git extension, which is not available here; the calendar still counts.') };
  }
  const repositories = git.api.repositories;
  const emailOf = (repository: Repository): Promise<string | null> => (emailSetting.trim() ? Promise.resolve(emailSetting.trim()) : authorEmailOf(repository, git.api.git.path, chunks));
  const each = await Promise.all(repositories.map(async (repository) => figuresOf(repository, window, await emailOf(repository))));
  const known = each.filter((figures): figures is GitFigures => figures !== null);
  if (known.length === 0) {
    return { kind: 'unavailable', message: repositories.length === 0 ? vscode.l10n.t('No git repository is open, so there are no commits to count.') : vscode.l10n.t('Git does not know who you are here: set leadReview.evidence.email or git\'s user.email to count your commits.') };
  }
  return { kind: 'ready', figures: sum(known), repositories: known.length };
}

/** The figures of one repository for the person with address `email` (the setting, or git's answer there). */
async function figuresOf(repository: Repository, window: { startMs: number; endMs: number }, email: string | null): Promise<GitFigures | null> {
  if (!email) {
    return null;
  }
  const commits = await commitsIn(repository, window);
  const me = email.toLowerCase();
  const facts = await Promise.all(
    commits.map(async (commit): Promise<CommitFacts> => {
      const authorEmail = commit.authorEmail ?? '';
      const mine = authorEmail.toLowerCase() === me && commit.parents.length <= 1;
      return { hash: commit.hash, authorEmail, authorDate: dateOf(commit), message: commit.message, files: mine ? await changedFiles(repository, commit) : null };
    }),
  );
  return gitFigures(facts, email);
}

/** The commits authored inside the window, reading pages of twice the size until the log goes past its start. */
async function commitsIn(repository: Repository, window: { startMs: number; endMs: number }): Promise<Commit[]> {
  let page = FIRST_PAGE;
  for (;;) {
    let log: Commit[];
    try {
      log = await repository.log({ maxEntries: page });
    } catch {
      // An empty repository has no HEAD to log from.
      return [];
    }
    const oldest = log[log.length - 1];
    const complete = log.length < page || page >= MAX_COMMITS || (oldest !== undefined && (oldest.commitDate ?? oldest.authorDate ?? new Date(0)).getTime() < window.startMs);
    if (complete) {
      return log.filter((commit) => dateOf(commit) >= window.startMs && dateOf(commit) < window.endMs);
    }
    page *= 2;
  }
}

function dateOf(commit: Commit): number {
  return (commit.authorDate ?? commit.commitDate ?? new Date(0)).getTime();
}

async function changedFiles(repository: Repository, commit: Commit): Promise<string[]> {
  try {
    const changes = await repository.diffBetween(commit.parents[0] ?? EMPTY_TREE, commit.hash);
    const root = repository.rootUri.path.replace(/\/?$/, '/');
    return changes.map((change) => change.uri.path.replace(root, ''));
  } catch {
    return [];
  }
}

function sum(all: readonly GitFigures[]): GitFigures {
  const files = { docs: 0, code: 0, tests: 0 };
  let commits = 0;
  let coAuthored = 0;
  for (const figures of all) {
    commits += figures.commits;
    coAuthored += figures.coAuthored;
    files.docs += figures.files.docs;
    files.code += figures.files.code;
    files.tests += figures.files.tests;
  }
  return { commits, coAuthored, files, docsShare: docsShareOf(files) };
}
