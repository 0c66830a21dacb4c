/**
 * A `lead-review` fenced block's body, read: what to show, over which range, from which folder.
 * Every mistake comes back as a short message for the block's place in the note, never a throw.
 */
import { parseDocument } from 'yaml';
import { parsePeriodId } from '../time/period';

export const SHOWS = ['chart', 'leans', 'patterns', 'evidence', 'follow-through'] as const;
export type Show = (typeof SHOWS)[number];
const KEYS = ['show', 'range', 'from', 'to', 'folder'] as const;

export type RangeSpec =
  | { readonly kind: 'lastWeeks'; readonly weeks: number }
  | { readonly kind: 'thisQuarter' }
  /** `2026-Q3` is a calendar quarter; `FY2027-Q1` a fiscal one, as review packets name them. */
  | { readonly kind: 'quarter'; readonly year: number; readonly quarter: number; readonly fiscal: boolean }
  | { readonly kind: 'periods'; readonly from: string | null; readonly to: string | null };

export interface BlockSpec {
  readonly show: Show;
  readonly range: RangeSpec;
  /** A workspace folder's name, for a multi-root workspace; `null` for the notes Lead Review uses. */
  readonly folder: string | null;
}

export type ReadBlock = { readonly ok: true; readonly spec: BlockSpec } | { readonly ok: false; readonly error: string };

const DEFAULT_RANGE: RangeSpec = { kind: 'lastWeeks', weeks: 12 };
const MAX_TEXT = 200;

export function readBlock(source: string): ReadBlock {
  if (source.length > 10_000) {
    return fail('the block is too long: it holds a few settings, such as `show: chart`');
  }
  let data: unknown;
  try {
    const document = parseDocument(source, { uniqueKeys: true });
    if (document.errors.length > 0) {
      return fail(`the block is not valid YAML: ${document.errors[0]!.message.split('\n')[0]}`);
    }
    data = document.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return fail(`the block is not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (data === null || data === undefined) {
    return fail('the block is empty; write `show: chart`, for example');
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail('the block must be settings such as `show: chart`, one per line');
  }
  const record = data as Record<string, unknown>;
  const unknown = Object.keys(record).find((key) => !(KEYS as readonly string[]).includes(key));
  if (unknown !== undefined) {
    return fail(`unknown key \`${clip(unknown)}\`${suggest(unknown, KEYS)}; the keys are ${KEYS.map((key) => `\`${key}\``).join(', ')}`);
  }
  const show = record.show ?? 'chart';
  if (typeof show !== 'string' || !(SHOWS as readonly string[]).includes(show)) {
    return fail(`unknown \`show: ${clip(String(show))}\`${suggest(String(show), SHOWS)}; choose one of ${SHOWS.map((entry) => `\`${entry}\``).join(', ')}`);
  }
  const folder = record.folder;
  if (folder !== undefined && (typeof folder !== 'string' || folder.trim() === '' || folder.length > MAX_TEXT)) {
    return fail('`folder` must be the name of a workspace folder');
  }
  const range = readRange(record);
  return typeof range === 'string' ? fail(range) : { ok: true, spec: { show: show as Show, range, folder: typeof folder === 'string' ? folder.trim() : null } };
}

function readRange(record: Record<string, unknown>): RangeSpec | string {
  const { range, from, to } = record;
  if (range !== undefined && (from !== undefined || to !== undefined)) {
    return 'use either `range` or `from`/`to`, not both';
  }
  if (from !== undefined || to !== undefined) {
    for (const [name, value] of [['from', from], ['to', to]] as const) {
      if (value !== undefined && (typeof value !== 'string' || parsePeriodId(value) === null)) {
        return `\`${name}: ${clip(String(value))}\` is not a period such as 2026-W10 or 2026-03`;
      }
    }
    return { kind: 'periods', from: (from as string | undefined) ?? null, to: (to as string | undefined) ?? null };
  }
  if (range === undefined) {
    return DEFAULT_RANGE;
  }
  const text = String(range).trim().toLowerCase();
  const weeks = /^last (\d{1,3}) weeks?$/.exec(text);
  if (weeks && Number(weeks[1]) >= 1) {
    return { kind: 'lastWeeks', weeks: Number(weeks[1]) };
  }
  if (text === 'this quarter') {
    return { kind: 'thisQuarter' };
  }
  const quarter = /^(fy)?(\d{4})-q([1-4])$/.exec(text);
  if (quarter) {
    return { kind: 'quarter', year: Number(quarter[2]), quarter: Number(quarter[3]), fiscal: quarter[1] !== undefined };
  }
  return `\`range: ${clip(String(range))}\` is not a range; write \`last 12 weeks\`, \`this quarter\`, \`2026-Q3\` or \`FY2027-Q1\`, or give \`from\` and \`to\` periods`;
}

function fail(error: string): ReadBlock {
  return { ok: false, error };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** "; did you mean `chart`?" for a near miss: one or two letters off. */
function suggest(text: string, choices: readonly string[]): string {
  const near = choices.find((choice) => distance(text.toLowerCase(), choice) <= 2);
  return near ? `; did you mean \`${near}\`?` : '';
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}
