/**
 * Committing, bundled on its own as `dist/git.js`: it is loaded the first time a note is
 * committed or checked for a repository, or a private-text sidecar is about to be written.
 */
import { ReflectionCommitter } from '../../../features/commit/commitReflection';
import type { GitChunk } from '../../../features/commit/committer';
import { canCommit } from '../../git/gitAccess';
import { ignoreStatus } from '../../git/ignoreStatus';

export const chunk: GitChunk = { ReflectionCommitter, canCommit, ignoreStatus };
