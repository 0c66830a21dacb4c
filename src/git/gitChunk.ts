/**
 * Committing, bundled on its own as `dist/git.js`: it is loaded the first time a note is
 * committed or checked for a repository, and only where VS Code's Git extension exists.
 */
export { ReflectionCommitter } from './commitReflection';
export { canCommit } from './gitAccess';
