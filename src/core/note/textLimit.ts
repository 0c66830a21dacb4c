/**
 * How long free text may be. The limit a person sees counts characters as they count them:
 * grapheme clusters, so "👩🏽‍💻" is one character, not seven UTF-16 units. A text over it is kept
 * whole in the draft and shown as over; only writing the note waits until it is shortened.
 * The hard cap, in UTF-16 units, is only for messages no person could type: the host refuses them.
 */
export const NOTE_LIMIT = 20_000;
export const NOTE_HARD_CAP = 200_000;
/** The room left is shown once this many characters or fewer remain. */
export const ROOM_SHOWN_BELOW = 1_000;

export type TextRoom =
  | { readonly kind: 'plenty' }
  | { readonly kind: 'left'; readonly left: number }
  | { readonly kind: 'over'; readonly over: number };

let segmenter: Intl.Segmenter | undefined;

/**
 * Characters as a person counts them. ICU's segmenter slows down more than linearly on long runs
 * of emoji (seconds for 20,000 of them), so the text is segmented a window at a time. A grapheme
 * break depends only on the text before it back to the last break, and on the next character, so
 * every break inside a window that starts on a break is a true one except the window's own end:
 * the last segment of each window is counted again, whole, in the next.
 */
export function characterCount(text: string, window = 1024): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  let count = 0;
  let start = 0;
  let size = window;
  while (start + size < text.length) {
    let segments = 0;
    let lastStart = 0;
    // A window never ends inside a surrogate pair, so the code point after its last break is whole.
    const end = isHighSurrogate(text.charCodeAt(start + size - 1)) ? start + size + 1 : start + size;
    for (const { index } of segmenter.segment(text.slice(start, end))) {
      segments++;
      lastStart = index;
    }
    if (segments < 2) {
      // One cluster fills the window: look further.
      size *= 2;
      continue;
    }
    count += segments - 1;
    start += lastStart;
    size = window;
  }
  for (const _ of segmenter.segment(text.slice(start))) {
    count++;
  }
  return count;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function roomIn(text: string): TextRoom {
  // A text has at most as many characters as UTF-16 units, so a short one needs no counting.
  if (text.length < NOTE_LIMIT - ROOM_SHOWN_BELOW) {
    return { kind: 'plenty' };
  }
  const count = characterCount(text);
  if (count > NOTE_LIMIT) {
    return { kind: 'over', over: count - NOTE_LIMIT };
  }
  return NOTE_LIMIT - count <= ROOM_SHOWN_BELOW ? { kind: 'left', left: NOTE_LIMIT - count } : { kind: 'plenty' };
}

/** The prompts whose text is over the limit, with how far over, in the order given. */
export function overLongTexts(notes: Readonly<Record<string, string>>): { readonly id: string; readonly over: number }[] {
  return Object.entries(notes).flatMap(([id, text]) => {
    const room = roomIn(text);
    return room.kind === 'over' ? [{ id, over: room.over }] : [];
  });
}
