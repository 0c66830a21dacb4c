/**
 * Sealing and opening private text, bundled on its own as `dist/private.js`: it is loaded the
 * first time a note with private text is written or read, never when private text is off.
 */
export { PrivateKeys } from './privateKeys';
export { PrivateNotes } from './privateNotes';
