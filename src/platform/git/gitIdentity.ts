import type { Chunks } from '../chunks/chunks';
import type { Repository } from './gitTypes';

/** Whether git knows who would author a commit; `unasked` where it could not be asked. */
export type GitIdentity = 'known' | 'unknown' | 'unasked';

/**
 * What the Node-only chunk (dist/node-git.js) gives: git's own answers from `git var`, run with
 * the binary VS Code's Git runs, in the repository at `root`.
 */
export interface NodeGitChunk {
  identityIn(gitPath: string, root: string): Promise<GitIdentity>;
  /** The address git would author a commit with, or `null` when it knows none. */
  authorEmailIn(gitPath: string, root: string): Promise<string | null>;
}

/** The chunk where this host can run git itself (Node); `null` in the web worker host. */
export function nodeGit(chunks: Chunks): (() => Promise<NodeGitChunk>) | null {
  return chunks.host === 'node' ? () => chunks.load('nodeGit') as Promise<NodeGitChunk> : null;
}

/**
 * The address git authors commits with in `repository`. Git's own answer where it can be asked,
 * which knows every source git reads (the environment, each config file and its includes);
 * else the repository's config, then the global one.
 */
export async function authorEmailOf(repository: Repository, gitPath: string, chunks: Chunks): Promise<string | null> {
  const load = nodeGit(chunks);
  try {
    if (load) {
      return await (await load()).authorEmailIn(gitPath, repository.rootUri.fsPath);
    }
    return (await repository.getConfig('user.email')).trim() || (await repository.getGlobalConfig('user.email')).trim() || null;
  } catch {
    return null;
  }
}
