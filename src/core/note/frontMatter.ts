import { parseDocument } from 'yaml';
import { FRONT_MATTER, parseOwnFrontMatter } from './ownFrontMatter';

export { parseOwnFrontMatter, renderFrontMatter } from './ownFrontMatter';

export type FrontMatterResult =
  | { readonly ok: true; readonly data: unknown; readonly body: string }
  | { readonly ok: false; readonly error: string; readonly line: number };

/**
 * The `yaml` parser's limits for untrusted notes: our own notes never use aliases, so a handful
 * is plenty, and it stops a "billion laughs" document from expanding.
 */
const MAX_ALIAS_COUNT = 10;
const PARSE_OPTIONS = { prettyErrors: true, uniqueKeys: true } as const;

export function parseFrontMatter(text: string): FrontMatterResult {
  if (!/^\uFEFF?---\r?(?:\n|$)/.test(text)) {
    return { ok: false, error: 'no front matter: the file does not start with a "---" line', line: 1 };
  }
  // An empty front matter closes on the line right after the opening fence.
  const match = /^\uFEFF?---\r?\n---\r?(?:\n|$)/.exec(text) ?? FRONT_MATTER.exec(text);
  if (!match) {
    return { ok: false, error: 'the front matter is never closed with a "---" line', line: 1 };
  }
  // A checkout with CRLF line ends adds \r to every line; our own YAML never holds a raw \r.
  const source = (match[1] ?? '').replace(/\r$/gm, '');
  const body = text.slice(match[0].length);
  const fast = parseOwnFrontMatter(source);
  if (fast !== undefined) {
    return { ok: true, data: fast, body };
  }
  const document = parseDocument(source, PARSE_OPTIONS);
  const problem = document.errors[0];
  if (problem) {
    const line = (problem.linePos?.[0].line ?? 1) + 1;
    // The parser's own "at line N" counts from inside the front matter; `line` is the file's.
    const message = firstLine(problem.message).replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, error: `the front matter is not valid YAML: ${message}`, line };
  }
  try {
    return { ok: true, data: document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), body };
  } catch (error) {
    return { ok: false, error: `the front matter could not be read: ${firstLine(String(error))}`, line: 2 };
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
