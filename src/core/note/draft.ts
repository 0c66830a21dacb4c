import { noteIdsOf } from './focusPlan';
import { english, type Translate } from '../util/l10n';
import { NOTE_HARD_CAP } from './textLimit';
import {
  allItems,
  ENERGY_MAX,
  ENERGY_MIN,
  SCALE_MAX,
  SCALE_MIN,
  TITLE_CONTEXTS,
  type Questionnaire,
  type TitleContext,
} from '../questionnaire/questionnaire';

export const ALLOCATION_TOTAL = 100;

/** The answer to "did I follow through on last period's focus?". */
export type FollowThrough = 'yes' | 'partly' | 'no';
export const FOLLOW_THROUGH_ANSWERS: readonly FollowThrough[] = ['yes', 'partly', 'no'];

/** `full`: every question. `quick`: a few contrasts chosen from the person's own history. */
export type CheckInMode = 'full' | 'quick';
export const CHECK_IN_MODES: readonly CheckInMode[] = ['full', 'quick'];

/** The answers as the person is filling them in. Anything may still be missing. */
export interface Draft {
  /** Item id → 0..4. An absent id is unanswered, never zero. */
  readonly answers: Readonly<Record<string, number>>;
  /** Allocation bucket id → percentage 0..100. */
  readonly allocation: Readonly<Record<string, number>>;
  readonly energy: number | null;
  readonly titleContext: TitleContext | null;
  /** Only asked when the previous note named a focus. */
  readonly followThrough: FollowThrough | null;
  /** Prompt id → free text. */
  readonly notes: Readonly<Record<string, string>>;
  /** The check-in chosen for this week only; `null` follows the `leadReview.checkIn` setting. */
  readonly checkIn: CheckInMode | null;
}

export function emptyDraft(): Draft {
  return { answers: {}, allocation: {}, energy: null, titleContext: null, followThrough: null, notes: {}, checkIn: null };
}

export function allocationTotal(draft: Draft): number {
  return Object.values(draft.allocation).reduce((sum, share) => sum + share, 0);
}

/** What still blocks writing, as labels a person can act on. */
export function missingRequired(draft: Draft, questionnaire: Questionnaire, t: Translate = english): string[] {
  const missing: string[] = [];
  if (draft.titleContext === null) {
    missing.push(t('Title context'));
  }
  for (const dimension of questionnaire.dimensions) {
    for (const pole of ['leading', 'managing'] as const) {
      const items = dimension.items.filter((item) => item.pole === pole);
      if (items.length > 0 && !items.some((item) => item.id in draft.answers)) {
        missing.push(pole === 'leading' ? t('{0}: a leading answer', dimension.title) : t('{0}: a managing answer', dimension.title));
      }
    }
  }
  const total = allocationTotal(draft);
  // A quick week that leaves time allocation closed asks no allocation at all.
  if (questionnaire.allocation.length > 0 && total !== ALLOCATION_TOTAL) {
    missing.push(t('Time allocation (adds up to {0}, needs {1})', total, ALLOCATION_TOTAL));
  }
  if (draft.energy === null) {
    missing.push(t('Energy'));
  }
  return missing;
}

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const DRAFT_KEYS = ['answers', 'allocation', 'energy', 'titleContext', 'followThrough', 'notes', 'checkIn'];

/**
 * Checks a draft that came from outside the host's own memory (the webview, or stored state)
 * against the questionnaire: known ids only, numbers in range, bounded text, no extra fields.
 */
export function checkDraft(value: unknown, questionnaire: Questionnaire): Checked<Draft> {
  if (!isPlainObject(value)) {
    return fail('draft is not an object');
  }
  const extra = Object.keys(value).filter((key) => !DRAFT_KEYS.includes(key));
  if (extra.length > 0) {
    return fail(`draft has unknown fields: ${extra.join(', ')}`);
  }
  const itemIds = new Set(allItems(questionnaire).map((item) => item.id));
  const answers = checkNumberMap(value.answers, 'answers', itemIds, SCALE_MIN, SCALE_MAX);
  if (!answers.ok) {
    return answers;
  }
  const bucketIds = new Set(questionnaire.allocation.map((bucket) => bucket.id));
  const allocation = checkNumberMap(value.allocation, 'allocation', bucketIds, 0, ALLOCATION_TOTAL);
  if (!allocation.ok) {
    return allocation;
  }
  const energy = value.energy;
  if (energy !== null && !isIntegerIn(energy, ENERGY_MIN, ENERGY_MAX)) {
    return fail(`energy must be null or a whole number from ${ENERGY_MIN} to ${ENERGY_MAX}`);
  }
  const titleContext = value.titleContext;
  if (titleContext !== null && !TITLE_CONTEXTS.includes(titleContext as TitleContext)) {
    return fail(`titleContext must be null or one of ${TITLE_CONTEXTS.join(', ')}`);
  }
  // Drafts saved before follow-through existed have no such field; that is "not answered".
  const followThrough = value.followThrough ?? null;
  if (followThrough !== null && !FOLLOW_THROUGH_ANSWERS.includes(followThrough as FollowThrough)) {
    return fail(`followThrough must be null or one of ${FOLLOW_THROUGH_ANSWERS.join(', ')}`);
  }
  const notes = checkTextMap(value.notes, new Set(noteIdsOf(questionnaire)));
  if (!notes.ok) {
    return notes;
  }
  // Drafts saved before quick weeks existed follow the setting.
  const checkIn = value.checkIn ?? null;
  if (checkIn !== null && !CHECK_IN_MODES.includes(checkIn as CheckInMode)) {
    return fail(`checkIn must be null or one of ${CHECK_IN_MODES.join(', ')}`);
  }
  return {
    ok: true,
    value: {
      answers: answers.value,
      allocation: allocation.value,
      energy: energy as number | null,
      titleContext: titleContext as TitleContext | null,
      followThrough: followThrough as FollowThrough | null,
      notes: notes.value,
      checkIn: checkIn as CheckInMode | null,
    },
  };
}

function checkNumberMap(
  value: unknown,
  field: string,
  knownIds: ReadonlySet<string>,
  min: number,
  max: number,
): Checked<Record<string, number>> {
  if (!isPlainObject(value)) {
    return fail(`${field} is not an object`);
  }
  const result: Record<string, number> = {};
  for (const [id, entry] of Object.entries(value)) {
    if (!knownIds.has(id)) {
      return fail(`${field} has an unknown id: ${JSON.stringify(id)}`);
    }
    if (!isIntegerIn(entry, min, max)) {
      return fail(`${field}.${id} must be a whole number from ${min} to ${max}`);
    }
    result[id] = entry;
  }
  return { ok: true, value: result };
}

/**
 * Text as UTF-8 can store it: a lone surrogate (from a broken paste) becomes U+FFFD here, where
 * the person still sees it, rather than silently on disk.
 */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function checkTextMap(value: unknown, knownIds: ReadonlySet<string>): Checked<Record<string, string>> {
  if (!isPlainObject(value)) {
    return fail('notes is not an object');
  }
  const result: Record<string, string> = {};
  for (const [id, entry] of Object.entries(value)) {
    if (!knownIds.has(id)) {
      return fail(`notes has an unknown id: ${JSON.stringify(id)}`);
    }
    if (!isBoundedText(entry)) {
      return fail(`notes.${id} must be text of at most ${NOTE_HARD_CAP} UTF-16 units`);
    }
    result[id] = wellFormed(entry);
  }
  return { ok: true, value: result };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export function isIntegerIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

export function isText(value: unknown): value is string {
  return typeof value === 'string';
}

/** The hard cap only stops what no person types; the limit a person sees is in ./textLimit. */
function isBoundedText(value: unknown): value is string {
  return isText(value) && value.length <= NOTE_HARD_CAP;
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
