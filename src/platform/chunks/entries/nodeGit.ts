/**
 * Node-only git steps that the Git API does not offer, bundled on their own as
 * `dist/node-git.js` and loaded only by the Node extension host, where VS Code's Git runs too.
 */
import { execFile } from 'node:child_process';
import type { GitIdentity, NodeGitChunk } from '../../git/gitIdentity';

const ASK_TIMEOUT_MS = 10_000;

/**
 * Git's own answer to who would author and commit in `root`: `git var` applies every source git
 * does (the environment, each config file and its includes, `user.useConfigOnly`, the host name)
 * and fails exactly when `git commit` would. Asked before anything is staged, so a refusal leaves
 * the index as it was.
 */
async function identityIn(gitPath: string, root: string): Promise<GitIdentity> {
  for (const variable of ['GIT_AUTHOR_IDENT', 'GIT_COMMITTER_IDENT']) {
    const answer = await gitVar(gitPath, root, variable);
    if (answer.kind !== 'known') {
      return answer.kind;
    }
  }
  return 'known';
}

/** The address in `Name <address> timestamp zone`, as `git var` writes an identity, or `null`. */
async function authorEmailIn(gitPath: string, root: string): Promise<string | null> {
  const answer = await gitVar(gitPath, root, 'GIT_AUTHOR_IDENT');
  return answer.kind === 'known' ? (/<([^<>]*)>/.exec(answer.ident)?.[1]?.trim() ?? '') || null : null;
}

function gitVar(gitPath: string, root: string, variable: string): Promise<{ kind: 'known'; ident: string } | { kind: Exclude<GitIdentity, 'known'> }> {
  return new Promise((resolve) => {
    // LC_ALL=C keeps git's message in English, whatever the person's language, so it can be recognised.
    const options = { cwd: root, timeout: ASK_TIMEOUT_MS, windowsHide: true, env: { ...process.env, LC_ALL: 'C' } };
    execFile(gitPath, ['var', variable], options, (error, stdout, stderr) => {
      if (!error) {
        resolve({ kind: 'known', ident: String(stdout) });
      } else {
        resolve({ kind: /identity unknown|Please tell me who you are/i.test(String(stderr)) ? 'unknown' : 'unasked' });
      }
    });
  });
}

export const chunk: NodeGitChunk = { identityIn, authorEmailIn };
