/**
 * How the draft's free text rests, as the sidebar says it:
 * - `clear`: stored as typed (private text `off` or `local`, which keep text on this machine);
 * - `sealed`: stored encrypted with the notes' key, or there is no free text to store;
 * - `heldInMemory`: encrypted mode, but this machine has no key yet, so the text is not stored at all;
 * - `locked`: sealed text from an earlier session that no key on this machine has opened yet.
 */
export type DraftPrivacy = 'clear' | 'sealed' | 'heldInMemory' | 'locked';

/** What the additional data binds a sealed draft to, so a draft's text never opens as a note's. */
export const DRAFT_SEAL_PERIOD = 'draft';

/**
 * Text typed while sealed text was locked, merged with that text once it opens: nothing is lost.
 * Where both hold words for one prompt, the older words come first.
 */
export function mergeUnlockedNotes(typed: Readonly<Record<string, unknown>>, unlocked: Readonly<Record<string, string>>): Record<string, string> {
  const merged: Record<string, string> = { ...unlocked };
  for (const [id, text] of Object.entries(typed)) {
    if (typeof text !== 'string' || text.trim() === '') {
      continue;
    }
    const earlier = merged[id]?.trim() ? merged[id] : undefined;
    merged[id] = earlier && earlier !== text ? `${earlier}\n\n${text}` : text;
  }
  return merged;
}
