import { allocationTotal, ALLOCATION_TOTAL, missingRequired, type Draft } from './draft';
import { formatLocalDate, type Cadence, type LocalDate, type Period } from './period';
import { questionnaireRef, type Questionnaire, type TitleContext } from './questionnaire';
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
  readonly scores: StoredScores;
}

export type Built<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly missing: string[] };

/** Turns a complete draft into a reflection; an incomplete one yields what is still missing. */
export function buildReflection(
  draft: Draft,
  questionnaire: Questionnaire,
  period: Period,
  today: LocalDate,
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
