/**
 * Links to a heading in a note, built from the heading's actual text (translated, or set by the
 * team), the way GitHub and VS Code's Markdown preview slug it, so one link works in both.
 */

/** GitHub's slug (github-slugger): lower case, every character but letters, marks, digits, `_`, `-` and spaces dropped, spaces to `-`. */
export function githubSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

export interface Heading {
  readonly level: number;
  /** The heading as displayed: inline escapes removed. */
  readonly text: string;
  /** Unique within the note, as both renderers number repeats: `x`, `x-1`, `x-2`. */
  readonly slug: string;
}

const ATX = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;

/** The ATX headings of a note's body (after its front matter), in order, with their slugs. Fenced code is skipped. */
export function headingsOf(body: string): Heading[] {
  const seen = new Map<string, number>();
  const headings: Heading[] = [];
  let fence: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const opens = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (opens) {
      fence = fence === null ? opens[1]![0]! : opens[1]![0] === fence ? null : fence;
      continue;
    }
    const match = fence === null ? ATX.exec(line) : null;
    if (!match) {
      continue;
    }
    const text = displayed(match[2] ?? '');
    const base = githubSlug(text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    headings.push({ level: match[1]!.length, text, slug: count === 0 ? base : `${base}-${count}` });
  }
  return headings;
}

/** A heading's text as a reader sees it: backslash escapes and emphasis marks gone. */
function displayed(source: string): string {
  return source
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .trim();
}

/** A relative link from a file in `reviews/` to a note beside that folder, at a heading. */
export function noteLink(fileName: string, slug: string | null): string {
  return `../${encodeURIComponent(fileName)}${slug ? `#${encodeURIComponent(slug)}` : ''}`;
}
