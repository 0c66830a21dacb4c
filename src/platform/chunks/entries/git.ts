/**
 * Committing, bundled on its own as `dist/git.js`: it is loaded the first time a note is
 * committed or checked for a repository, or a private-text sidecar is about to be written.
 */
export { ReflectionCommitter } from './commitReflection';
export { canCommit } from './gitAccess';
export { ignoreStatus } from './ignoreStatus';
