import { allocationTotal, ALLOCATION_TOTAL, missingRequired, type Draft, type FollowThrough } from './draft';
import { type Cadence, type Period } from './period';
import { formatLocalDate, type LocalDate } from './localDate';
import { evaluateBands, outsideStreaks } from './bands';
import { questionnaireRef, type Questionnaire, type Role, type TitleContext } from './questionnaire';
import { scoreDraft, type Stance } from './scoring';

/** Bumped when the front matter's shape changes, so old notes can still be read. */
export const REFLECTION_SCHEMA = 1;

export interface DimensionRecord {
  readonly leading: number | null;
  readonly managing: number | null;
  readonly lean: number | null;
}

/** The scores as stored in a note: kept, not recomputed, so a later questionnaire never rewrites history. */
export interface StoredScores {
  readonly leading: number;
  readonly managing: number;
  readonly stance: Stance;
  readonly answered: number;
  readonly total: number;
  readonly dimensions: Readonly<Record<string, DimensionRecord>>;
}

/** Last period's focus and whether the person followed through on it. */
export interface FollowThroughRecord {
  readonly period: string;
  readonly focus: string;
  readonly answer: FollowThrough | null;
}

export interface BandsRecord {
  readonly role: Role;
  readonly outside: Readonly<Record<string, number>>;
}

/** Everything a note's front matter holds. */
export interface Reflection {
  readonly schema: number;
  /** `id@version` of the questionnaire it was answered with. */
  readonly questionnaire: string;
  readonly period: string;
  readonly cadence: Cadence;
  /** The local day it was written, `YYYY-MM-DD`. */
  readonly date: string;
  readonly titleContext: TitleContext;
  readonly energy: number;
  readonly allocation: Readonly<Record<string, number>>;
  readonly answers: Readonly<Record<string, number>>;
  readonly notes: Readonly<Record<string, string>>;
  /** Present when the previous note named a focus for this period. */
  readonly followThrough?: FollowThroughRecord;
  /** The role whose bands the note was compared with, and how many periods in a row each contrast has been outside its band. */
  readonly bands?: BandsRecord;
  readonly scores: StoredScores;
}

/** The prompt whose answer becomes next period's "did I follow through?" question. */
export const FOCUS_PROMPT_ID = 'focus';

/** The previous note's focus, if it named one. */
export function focusOf(previous: Reflection | null): { period: string; focus: string } | null {
  const focus = previous?.notes[FOCUS_PROMPT_ID]?.trim();
  return previous && focus ? { period: previous.period, focus } : null;
}

export type Built<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly missing: string[] };

/** Turns a complete draft into a reflection; an incomplete one yields what is still missing. */
export function buildReflection(
  draft: Draft,
  questionnaire: Questionnaire,
  period: Period,
  today: LocalDate,
  previous: Reflection | null = null,
  role: Role | null = null,
): Built<Reflection> {
  const missing = missingRequired(draft, questionnaire);
  const scores = scoreDraft(draft, questionnaire);
  if (
    missing.length > 0 ||
    draft.titleContext === null ||
    draft.energy === null ||
    scores.leading === null ||
    scores.managing === null ||
    scores.stance === null ||
    allocationTotal(draft) !== ALLOCATION_TOTAL
  ) {
    return { ok: false, missing };
  }
  const allocation = Object.fromEntries(questionnaire.allocation.map((bucket) => [bucket.id, draft.allocation[bucket.id] ?? 0]));
  const notes = Object.fromEntries(questionnaire.prompts.map((prompt) => [prompt.id, draft.notes[prompt.id] ?? '']));
  const previousFocus = focusOf(previous);
  const leans = Object.fromEntries(scores.dimensions.map((dimension) => [dimension.id, dimension.lean]));
  const bandReport = role ? evaluateBands(questionnaire, role, leans, allocation) : null;
  const bands = bandReport && {
    role: bandReport.role,
    outside: outsideStreaks(bandReport, previous?.bands?.role === bandReport.role ? previous.bands.outside : undefined),
  };
  return {
    ok: true,
    value: {
      schema: REFLECTION_SCHEMA,
      questionnaire: questionnaireRef(questionnaire),
      period: period.id,
      cadence: period.cadence,
      date: formatLocalDate(today),
      titleContext: draft.titleContext,
      energy: draft.energy,
      allocation,
      answers: { ...draft.answers },
      notes,
      ...(previousFocus ? { followThrough: { ...previousFocus, answer: draft.followThrough } } : {}),
      ...(bands ? { bands } : {}),
      scores: {
        leading: scores.leading,
        managing: scores.managing,
        stance: scores.stance,
        answered: scores.answered,
        total: scores.total,
        dimensions: Object.fromEntries(
          scores.dimensions.map((dimension) => [
            dimension.id,
            { leading: dimension.leading, managing: dimension.managing, lean: dimension.lean },
          ]),
        ),
      },
    },
  };
}
