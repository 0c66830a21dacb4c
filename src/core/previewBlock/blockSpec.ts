/**
 * A `lead-review` fenced block's body, read: what to show, over which range, from which folder.
 * Every mistake comes back as a short message for the block's place in the note, never a throw.
 */
import { parseDocument } from 'yaml';
import { parsePeriodId } from '../time/period';
import type { Translate } from '../util/l10n';

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

/** Reads a block; every mistake is one sentence in the display language (`t`), for the block's place in the note. */
export function readBlock(source: string, t: Translate): ReadBlock {
  if (source.length > 10_000) {
    return fail(t('the block is too long: it holds a few settings, such as `show: chart`'));
  }
  let data: unknown;
  try {
    const document = parseDocument(source, { uniqueKeys: true });
    if (document.errors.length > 0) {
      return fail(t('the block is not valid YAML: {0}', document.errors[0]!.message.split('\n')[0]!));
    }
    data = document.toJS({ maxAliasCount: 0 });
  } catch (error) {
    return fail(t('the block is not valid YAML: {0}', error instanceof Error ? error.message.split('\n')[0]! : String(error)));
  }
  if (data === null || data === undefined) {
    return fail(t('the block is empty; write `show: chart`, for example'));
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail(t('the block must be settings such as `show: chart`, one per line'));
  }
  const record = data as Record<string, unknown>;
  const unknown = Object.keys(record).find((key) => !(KEYS as readonly string[]).includes(key));
  if (unknown !== undefined) {
    const near = nearMiss(unknown, KEYS);
    const keys = codeList(KEYS);
    return fail(near ? t('unknown key `{0}`; did you mean `{1}`? The keys are {2}.', clip(unknown), near, keys) : t('unknown key `{0}`; the keys are {1}.', clip(unknown), keys));
  }
  const show = record.show ?? 'chart';
  if (typeof show !== 'string' || !(SHOWS as readonly string[]).includes(show)) {
    const near = nearMiss(String(show), SHOWS);
    const shows = codeList(SHOWS);
    return fail(near ? t('unknown `show: {0}`; did you mean `{1}`? Choose one of {2}.', clip(String(show)), near, shows) : t('unknown `show: {0}`; choose one of {1}.', clip(String(show)), shows));
  }
  const folder = record.folder;
  if (folder !== undefined && (typeof folder !== 'string' || folder.trim() === '' || folder.length > MAX_TEXT)) {
    return fail(t('`folder` must be the name of a workspace folder'));
  }
  const range = readRange(record, t);
  return typeof range === 'string' ? fail(range) : { ok: true, spec: { show: show as Show, range, folder: typeof folder === 'string' ? folder.trim() : null } };
}

function readRange(record: Record<string, unknown>, t: Translate): RangeSpec | string {
  const { range, from, to } = record;
  if (range !== undefined && (from !== undefined || to !== undefined)) {
    return t('use either `range` or `from`/`to`, not both');
  }
  if (from !== undefined || to !== undefined) {
    for (const [name, value] of [['from', from], ['to', to]] as const) {
      if (value !== undefined && (typeof value !== 'string' || parsePeriodId(value) === null)) {
        return t('`{0}: {1}` is not a period such as 2026-W10 or 2026-03', name, clip(String(value)));
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
  return t('`range: {0}` is not a range; write `last 12 weeks`, `this quarter`, `2026-Q3` or `FY2027-Q1`, or give `from` and `to` periods', clip(String(range)));
}

function fail(error: string): ReadBlock {
  return { ok: false, error };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** The choice a mistake nearly is: one or two letters off. */
function nearMiss(text: string, choices: readonly string[]): string | undefined {
  return choices.find((choice) => distance(text.toLowerCase(), choice) <= 2);
}

/** `chart`, `leans`, …: names as they are written in the block, never translated. */
function codeList(names: readonly string[]): string {
  return names.map((name) => `\`${name}\``).join(', ');
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
