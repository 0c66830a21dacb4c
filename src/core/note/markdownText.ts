/**
 * The one escaper for text a person typed (answers, labels, anything read back from a note) that
 * lands in Markdown we write. Text stays text: it never becomes a heading, list, rule, table row,
 * code block or HTML. Links stay links: a URL keeps its exact target in VS Code's preview
 * (markdown-it) and on GitHub (cmark-gfm), because it is written as a CommonMark autolink, which
 * both read the same way, instead of being escaped character by character.
 */

/** Where the text goes. A table cell must also keep `|` from splitting the row, even inside a URL. */
export type MarkdownSpot = 'inline' | 'tableCell';

/** `http(s)://…` or `www.…`, optionally already wrapped as `<…>` by the person. */
const URL_PATTERN = /<(https?:\/\/[^\s<>]+)>|\b(?:https?:\/\/|www\.)[^\s<>]+/giu;
const TRAILING_PUNCTUATION = /[.,:;!?'"*_~]$/u;
/** C0 and C1 controls except tab and the line ends, which are handled on their own. */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const MARKDOWN_PUNCTUATION = /[\\`*_[\]<>#|~&!]/gu;

/** CR, CRLF and LF alike: every line end becomes `\n`. */
export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/gu, '\n');
}

/**
 * Control characters shown as their Unicode "control pictures" (BEL as ␇, NUL as ␀, DEL as ␡):
 * visible to the reader, and never a byte that makes git treat the file as binary.
 */
export function showControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTER, (character) => {
    const code = character.codePointAt(0)!;
    if (code < 0x20) {
      return String.fromCodePoint(0x2400 + code);
    }
    return code === 0x7f ? '\u2421' : '\uFFFD';
  });
}

/** One line of text for a paragraph, list item, heading or table cell: line ends become spaces. */
export function markdownInline(text: string, spot: MarkdownSpot = 'inline'): string {
  const oneLine = normalizeLineEnds(text).replace(/[ \t]*\n[ \t]*/gu, ' ');
  return escapeWithLinks(showControlCharacters(oneLine).replace(/\t/gu, ' '), spot);
}

/**
 * The person's text as a block quote, line by line, that Markdown cannot reinterpret. Empty text
 * is shown as such. The exact text lives in the front matter.
 */
export function markdownQuote(text: string, whenEmpty = '_No answer._'): string {
  if (text.trim() === '') {
    return whenEmpty;
  }
  return normalizeLineEnds(text)
    .split('\n')
    .map((line) => {
      if (line.trim() === '') {
        return '>';
      }
      return `> ${protectLineStart(escapeWithLinks(showControlCharacters(line), 'inline'))}`;
    })
    .join('\n');
}

function escapeWithLinks(text: string, spot: MarkdownSpot): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const wrapped = match[1];
    const url = wrapped ?? trimUrl(match[0]);
    result += escapePunctuation(text.slice(last, start)) + autolink(url, spot);
    last = start + (wrapped === undefined ? url.length : match[0].length);
  }
  return result + escapePunctuation(text.slice(last));
}

/** GFM's rule for where a bare URL ends: not on trailing punctuation, nor on an unmatched `)`. */
function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    if (TRAILING_PUNCTUATION.test(url)) {
      url = url.slice(0, -1);
    } else if (url.endsWith(')') && count(url, ')') > count(url, '(')) {
      url = url.slice(0, -1);
    } else {
      return url;
    }
  }
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

/**
 * A CommonMark autolink, whose target is exactly its text. A `www.` address has no scheme, so it
 * becomes a link with the scheme GitHub would give it and the text as typed. In a table cell, `|`
 * is percent-encoded: tables split rows before links are seen.
 */
function autolink(url: string, spot: MarkdownSpot): string {
  const safe = spot === 'tableCell' ? url.replace(/\|/gu, '%7C') : url;
  return /^www\./iu.test(url) ? `[${escapePunctuation(url)}](<http://${safe}>)` : `<${safe}>`;
}

function escapePunctuation(text: string): string {
  return text.replace(MARKDOWN_PUNCTUATION, (character) => `\\${character}`);
}

/**
 * What only means something at the start of a line: list markers, setext underlines, ordered
 * list numbers, and four spaces of indent that would start a code block.
 */
function protectLineStart(line: string): string {
  return line
    .replace(/^[ \t]+/u, (indent) => '\u00A0'.repeat(indent.replace(/\t/gu, '    ').length))
    .replace(/^([-+=])/u, '\\$1')
    .replace(/^(\d+)([.)])/u, '$1\\$2');
}
