/**
 * Lead Review's own front matter, written and read without a YAML parser, so that code which
 * only ever meets its own files (sidecars, the git and private-text chunks) carries no parser.
 */
export const FENCE = '---';

/** The opening fence, then everything up to the first line that is only `---` (CR allowed). */
export const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)(?:^|\n)---\r?(?:\n|$)/;

/**
 * Front matter in one fixed, JSON-compatible shape: nested block mappings, block lists of
 * scalars, every string double-quoted as JSON, numbers, booleans, `null`, and `{}` and `[]` for
 * an empty mapping or list. It is plain YAML for any
 * reader, byte for byte what the `yaml` package writes with `doubleQuotedAsJSON` (a fuzz test
 * holds the two together), and `parseOwnFrontMatter` reads it back without a YAML parser.
 */
export function renderFrontMatter(data: object): string {
  return `${FENCE}\n${renderMapping(data as Record<string, unknown>, '')}${FENCE}\n`;
}

function renderMapping(map: Readonly<Record<string, unknown>>, indent: string): string {
  let text = '';
  for (const [key, value] of Object.entries(map)) {
    if (value === undefined) {
      continue;
    }
    const name = PLAIN_KEY.test(key) && !CORE_SCHEMA_WORD.test(key) && !NUMBER_LIKE.test(key) ? key : JSON.stringify(key);
    if (Array.isArray(value)) {
      text += value.length === 0 ? `${indent}${name}: []\n` : `${indent}${name}:\n${value.map((entry) => `${indent}  - ${renderScalar(entry)}\n`).join('')}`;
    } else if (value !== null && typeof value === 'object') {
      const entries = renderMapping(value as Record<string, unknown>, `${indent}  `);
      text += entries === '' ? `${indent}${name}: {}\n` : `${indent}${name}:\n${entries}`;
    } else {
      text += `${indent}${name}: ${renderScalar(value)}\n`;
    }
  }
  return text;
}

function renderScalar(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return Object.is(value, -0) ? '-0' : String(value);
  }
  if (typeof value === 'string' || typeof value === 'boolean' || value === null) {
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
  }
  throw new TypeError(`front matter holds only text, numbers, booleans, null, lists of those and mappings, not ${JSON.stringify(value)}`);
}

/** A key YAML reads back as the same text without quotes. */
const PLAIN_KEY = /^[A-Za-z0-9_][A-Za-z0-9._/-]*$/;
/** What YAML 1.2's core schema reads as a boolean or null rather than text. */
const CORE_SCHEMA_WORD = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
/** What YAML 1.2's core schema would read as a number rather than text. */
const NUMBER_LIKE = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

const OWN_LINE = /^( *)([A-Za-z][A-Za-z0-9._-]*):(?: (.*))?$/;
const OWN_ITEM = /^( *)- (.*)$/;
const OWN_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
const OWN_STRING = /^"(?:[^"\\]|\\.)*"$/;
const RESERVED_KEYS = /^(?:true|false|null|yes|no|on|off|y|n)$/i;

/**
 * Reads front matter in exactly the shape `renderFrontMatter` writes: nested block mappings of
 * plain keys and block lists of scalars, with JSON strings, numbers, booleans, `null`, `{}` and
 * `[]` as values. Parsing thousands of notes
 * with a full YAML parser is slow; this reads them at JSON speed. Anything outside that shape,
 * such as a hand-edited note, returns `undefined` and goes to the YAML parser, so the result is
 * always what a YAML parser would give.
 */
export function parseOwnFrontMatter(source: string): Record<string, unknown> | undefined {
  const root: Record<string, unknown> = {};
  const levels: { indent: number; map: Record<string, unknown> }[] = [{ indent: 0, map: root }];
  // A mapping opened by `key:` on the line before, waiting for its first, deeper entry.
  let opened: Record<string, unknown> | undefined;
  let openedKey = '';
  // The list being read, and the indent of its `- ` lines.
  let list: { indent: number; entries: unknown[] } | undefined;
  for (const line of source.split('\n')) {
    const item = OWN_ITEM.exec(line);
    if (item) {
      const indent = (item[1] as string).length;
      if (opened) {
        // `key:` then `- value`: the key holds a list, not a mapping.
        if (indent !== levels[levels.length - 1]!.indent + 2) {
          return undefined;
        }
        list = { indent, entries: [] };
        levels[levels.length - 1]!.map[openedKey] = list.entries;
        opened = undefined;
      }
      const value = ownValue(item[2] as string);
      if (!list || indent !== list.indent || value === undefined || (typeof value === 'object' && value !== null)) {
        return undefined;
      }
      list.entries.push(value);
      continue;
    }
    list = undefined;
    const match = OWN_LINE.exec(line);
    if (!match) {
      return undefined;
    }
    const [, spaces, key, raw = ''] = match as unknown as [string, string, string, string | undefined];
    const indent = spaces.length;
    if (opened) {
      if (indent !== levels[levels.length - 1]!.indent + 2) {
        return undefined;
      }
      levels.push({ indent, map: opened });
      opened = undefined;
    }
    while (levels.length > 1 && indent < levels[levels.length - 1]!.indent) {
      levels.pop();
    }
    const level = levels[levels.length - 1]!;
    if (indent !== level.indent || RESERVED_KEYS.test(key) || Object.prototype.hasOwnProperty.call(level.map, key)) {
      return undefined;
    }
    if (raw === '') {
      opened = {};
      openedKey = key;
      level.map[key] = opened;
      continue;
    }
    const value = ownValue(raw);
    if (value === undefined) {
      return undefined;
    }
    level.map[key] = value;
  }
  return opened ? undefined : root;
}

function ownValue(raw: string): unknown {
  if (raw === '{}') {
    return {};
  }
  if (raw === '[]') {
    return [];
  }
  if (raw === 'null') {
    return null;
  }
  if (raw === 'true' || raw === 'false') {
    return raw === 'true';
  }
  if (OWN_NUMBER.test(raw)) {
    return Number(raw);
  }
  if (OWN_STRING.test(raw)) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The data of a file's front matter when it is in Lead Review's own shape; otherwise `undefined`. */
export function readOwnFrontMatter(text: string): Record<string, unknown> | undefined {
  const match = FRONT_MATTER.exec(text);
  return match ? parseOwnFrontMatter((match[1] ?? '').replace(/\r$/gm, '')) : undefined;
}
