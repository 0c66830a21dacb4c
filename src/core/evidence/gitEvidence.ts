/**
 * What a repository shows of a period: the person's commits, pairing by `Co-authored-by:`
 * trailer, and how much of what they changed was writing (docs, ADRs, RFCs) rather than code.
 * Glue work never shows in git, so this is one witness, not the judge.
 */
import type { GitFigures } from './model';

export interface CommitFacts {
  readonly hash: string;
  readonly authorEmail: string;
  readonly authorDate: number;
  readonly message: string;
  /** Paths changed against the first parent; `null` when not asked (another author's commit). */
  readonly files: readonly string[] | null;
}

export type FileKind = 'docs' | 'code' | 'tests';

const DOC_EXTENSIONS = /\.(?:md|mdx|markdown|rst|adoc|asciidoc|txt|org)$/i;
const DOC_FOLDERS = /^(?:docs?|documentation|adrs?|rfcs?|decisions|design)$/i;
const DECISION_NAME = /(?:^|[-_ ])(?:adr|rfc)(?:[-_ ]?\d|$)/i;
const TEST_FOLDERS = /^(?:tests?|__tests__|specs?|e2e|testdata)$/i;
const TEST_NAME = /(?:\.(?:test|spec)\.[^.]+|_test\.[^.]+|^test_[^/]*\.py)$/i;

export function fileKind(path: string): FileKind {
  const segments = path.split('/');
  const name = segments[segments.length - 1] ?? '';
  const folders = segments.slice(0, -1);
  if (DOC_EXTENSIONS.test(name) || folders.some((folder) => DOC_FOLDERS.test(folder)) || DECISION_NAME.test(name.replace(/\.[^.]*$/, ''))) {
    return 'docs';
  }
  return folders.some((folder) => TEST_FOLDERS.test(folder)) || TEST_NAME.test(name) ? 'tests' : 'code';
}

const CO_AUTHOR = /^co-authored-by:\s*(.*)$/gim;

/** The addresses a commit message names as co-authors, lower-cased. */
export function coAuthors(message: string): string[] {
  return [...message.matchAll(CO_AUTHOR)].map((match) => (/<([^>]+)>/.exec(match[1] ?? '')?.[1] ?? match[1] ?? '').trim().toLowerCase());
}

/** The period's figures from commits already cut to it; `email` is the person's git identity. */
export function gitFigures(commits: readonly CommitFacts[], email: string): GitFigures {
  const me = email.trim().toLowerCase();
  const seen = new Set<string>();
  const files = { docs: 0, code: 0, tests: 0 };
  let mine = 0;
  let coAuthored = 0;
  for (const commit of commits) {
    // The same commit in two open clones counts once.
    if (seen.has(commit.hash)) {
      continue;
    }
    seen.add(commit.hash);
    const authored = commit.authorEmail.trim().toLowerCase() === me;
    const named = coAuthors(commit.message);
    if (authored) {
      mine++;
      for (const path of commit.files ?? []) {
        files[fileKind(path)]++;
      }
    }
    if ((authored && named.length > 0) || (!authored && named.includes(me))) {
      coAuthored++;
    }
  }
  return { commits: mine, coAuthored, files, docsShare: docsShareOf(files) };
}

/** Docs, ADRs and RFCs as a whole-number share of the files changed; `null` when none changed. */
export function docsShareOf(files: GitFigures['files']): number | null {
  const changed = files.docs + files.code + files.tests;
  return changed === 0 ? null : Math.round((files.docs / changed) * 100);
}
