import { allocationTotal, ALLOCATION_TOTAL, missingRequired, type Draft } from './draft';
import { focusOf, REFLECTION_SCHEMA, type AskedItems, type Reflection } from './model';
import { noteIdsOf } from './focusPlan';
import type { Period } from '../time/period';
import { formatLocalDate, type LocalDate } from '../time/localDate';
import { evaluateBands, outsideStreaks } from '../scoring/bands';
import { questionnaireRef, type Questionnaire, type Role } from '../questionnaire/questionnaire';
import { scoreDraft } from '../scoring/scoring';
import { askedInQuickWeek, restrictToAsked, type QuickPlan } from '../scoring/checkIn';
import { english, type Translate } from '../util/l10n';

/** The questionnaire as this note asked it: all of it, or a quick week's part. */
export function questionnaireAsAsked(questionnaire: Questionnaire, reflection: Pick<Reflection, 'checkIn'>): Questionnaire {
  return reflection.checkIn ? restrictToAsked(questionnaire, reflection.checkIn.asked) : questionnaire;
}

export type Built<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly missing: string[] };

/**
 * Turns a complete draft into a reflection; an incomplete one yields what is still missing.
 * With a `quickPlan`, only what the quick week asked is kept, and the note records it.
 */
export function buildReflection(
  fullDraft: Draft,
  fullQuestionnaire: Questionnaire,
  period: Period,
  today: LocalDate,
  previous: Reflection | null = null,
  role: Role | null = null,
  quickPlan: QuickPlan | null = null,
): Built<Reflection> {
  const { draft, questionnaire, asked } = asAsked(fullDraft, fullQuestionnaire, quickPlan);
  const missing = missingRequired(draft, questionnaire);
  const scores = scoreDraft(draft, questionnaire);
  if (
    missing.length > 0 ||
    draft.titleContext === null ||
    draft.energy === null ||
    scores.leading === null ||
    scores.managing === null ||
    scores.stance === null ||
    (questionnaire.allocation.length > 0 && allocationTotal(draft) !== ALLOCATION_TOTAL)
  ) {
    return { ok: false, missing };
  }
  const allocation = Object.fromEntries(questionnaire.allocation.map((bucket) => [bucket.id, draft.allocation[bucket.id] ?? 0]));
  const notes = {
    ...Object.fromEntries(questionnaire.prompts.map((prompt) => [prompt.id, draft.notes[prompt.id] ?? ''])),
    // The plan's parts are kept only when written: a note without a plan looks as it always did.
    ...Object.fromEntries(noteIdsOf(questionnaire).filter((id) => !questionnaire.prompts.some((prompt) => prompt.id === id) && (draft.notes[id] ?? '').trim() !== '').map((id) => [id, draft.notes[id]!])),
  };
  const previousFocus = focusOf(previous);
  const leans = Object.fromEntries(scores.dimensions.map((dimension) => [dimension.id, dimension.lean]));
  const bandReport = role ? evaluateBands(questionnaire, role, leans, allocation) : null;
  const previousOutside = previous?.bands?.role === bandReport?.role ? previous?.bands?.outside : undefined;
  const bands = bandReport && {
    role: bandReport.role,
    outside: { ...carriedStreaks(previousOutside, questionnaire), ...outsideStreaks(bandReport, previousOutside) },
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
      ...(previousFocus ? { followThrough: { period: previousFocus.period, focus: previousFocus.focus ?? '', ...(previousFocus.plan ? { plan: previousFocus.plan } : {}), answer: draft.followThrough } } : {}),
      ...(asked ? { checkIn: { mode: 'quick' as const, asked } } : {}),
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

/** The draft and questionnaire as this period asks them: whole, or cut down to a quick week's questions. */
export function asAsked(draft: Draft, questionnaire: Questionnaire, quickPlan: QuickPlan | null): { draft: Draft; questionnaire: Questionnaire; asked: AskedItems | null } {
  if (!quickPlan) {
    return { draft, questionnaire, asked: null };
  }
  const asked = askedInQuickWeek(questionnaire, quickPlan, draft);
  return { draft: quickDraft(draft, asked, quickPlan), questionnaire: restrictToAsked(questionnaire, asked), asked };
}

/** What still blocks writing this period's note, as labels a person can act on. */
export function missingForWrite(draft: Draft, questionnaire: Questionnaire, quickPlan: QuickPlan | null, t: Translate = english): string[] {
  const cut = asAsked(draft, questionnaire, quickPlan);
  return missingRequired(cut.draft, cut.questionnaire, t);
}

/** The draft as the quick week asked it; the title context of the last note stands unless changed. */
function quickDraft(draft: Draft, asked: AskedItems, plan: QuickPlan): Draft {
  const keep = <T>(record: Readonly<Record<string, T>>, ids: readonly string[]): Record<string, T> =>
    Object.fromEntries(Object.entries(record).filter(([id]) => ids.includes(id)));
  return {
    ...draft,
    titleContext: draft.titleContext ?? plan.titleContext?.value ?? null,
    answers: keep(draft.answers, asked.items),
    allocation: asked.allocation ? draft.allocation : {},
    notes: keep(draft.notes, asked.prompts),
  };
}

/**
 * A contrast a quick week did not ask keeps the streak it had: a run counts the periods that
 * rated it, and a week that did not is neither inside nor outside.
 */
function carriedStreaks(previous: Readonly<Record<string, number>> | undefined, asked: Questionnaire): Record<string, number> {
  const askedIds = new Set(asked.dimensions.map((dimension) => dimension.id));
  return Object.fromEntries(Object.entries(previous ?? {}).filter(([id]) => !askedIds.has(id)));
}
