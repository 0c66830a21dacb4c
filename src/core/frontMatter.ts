import { parseDocument, stringify } from 'yaml';

export type FrontMatterResult =
  | { readonly ok: true; readonly data: unknown; readonly body: string }
  | { readonly ok: false; readonly error: string; readonly line: number };

const FENCE = '---';

/**
 * The `yaml` parser's limits for untrusted notes: our own notes never use aliases, so a handful
 * is plenty, and it stops a "billion laughs" document from expanding.
 */
const PARSE_OPTIONS = { maxAliasCount: 10, prettyErrors: true, uniqueKeys: true } as const;

export function parseFrontMatter(text: string): FrontMatterResult {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const clean = (line: string | undefined): string | undefined => line?.replace(/\r$/, '');
  if (clean(lines[0]) !== FENCE) {
    return { ok: false, error: 'no front matter: the file does not start with a "---" line', line: 1 };
  }
  const closing = lines.findIndex((line, index) => index > 0 && clean(line) === FENCE);
  if (closing === -1) {
    return { ok: false, error: 'the front matter is never closed with a "---" line', line: 1 };
  }
  // A checkout with CRLF line ends adds \r to every line; our own YAML never holds a raw \r.
  const source = lines
    .slice(1, closing)
    .map((line) => clean(line) as string)
    .join('\n');
  const document = parseDocument(source, PARSE_OPTIONS);
  const problem = document.errors[0];
  if (problem) {
    const line = (problem.linePos?.[0].line ?? 1) + 1;
    // The parser's own "at line N" counts from inside the front matter; `line` is the file's.
    const message = firstLine(problem.message).replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, error: `the front matter is not valid YAML: ${message}`, line };
  }
  try {
    return { ok: true, data: document.toJS({ maxAliasCount: PARSE_OPTIONS.maxAliasCount }), body: lines.slice(closing + 1).join('\n') };
  } catch (error) {
    return { ok: false, error: `the front matter could not be read: ${firstLine(String(error))}`, line: 2 };
  }
}

export function renderFrontMatter(data: unknown): string {
  return `${FENCE}\n${stringify(data, { lineWidth: 0 })}${FENCE}\n`;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
