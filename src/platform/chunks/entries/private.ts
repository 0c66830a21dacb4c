/**
 * Sealing and opening private text, bundled on its own as `dist/private.js`: it is loaded the
 * first time a note with private text is written or read, never when private text is off.
 */
import { PrivateKeys } from '../../../features/privateText/privateKeys';
import { PrivateNotes } from '../../../features/privateText/privateNotes';
import type { PrivateChunk } from '../../../features/privateText/privateText';

export const chunk: PrivateChunk = { PrivateKeys, PrivateNotes };
