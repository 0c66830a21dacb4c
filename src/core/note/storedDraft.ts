import { noteIdsOf } from './focusPlan';
import { allItems, ENERGY_MAX, ENERGY_MIN, SCALE_MAX, SCALE_MIN, TITLE_CONTEXTS, type Questionnaire, type TitleContext } from '../questionnaire/questionnaire';
import {
  ALLOCATION_TOTAL,
  CHECK_IN_MODES,
  FOLLOW_THROUGH_ANSWERS,
  isIntegerIn,
  isPlainObject,
  isText,
  wellFormed,
  type CheckInMode,
  type Draft,
  type FollowThrough,
} from './draft';

/**
 * A stored draft seen through a questionnaire: answers it knows, with valid values. Unlike
 * `checkDraft` it never rejects the whole draft, because the questionnaire may have changed
 * since the draft was saved, and what was typed must not be lost.
 */
export function projectDraft(value: unknown, questionnaire: Questionnaire): Draft {
  const record = isPlainObject(value) ? value : {};
  const pick = <T>(field: unknown, ids: readonly string[], valid: (entry: unknown) => entry is T): Record<string, T> =>
    Object.fromEntries(Object.entries(isPlainObject(field) ? field : {}).filter(([id, entry]) => ids.includes(id) && valid(entry))) as Record<string, T>;
  const itemIds = allItems(questionnaire).map((item) => item.id);
  const energy = record.energy;
  const titleContext = record.titleContext;
  const followThrough = record.followThrough;
  const checkIn = record.checkIn;
  return {
    answers: pick(record.answers, itemIds, (entry): entry is number => isIntegerIn(entry, SCALE_MIN, SCALE_MAX)),
    allocation: pick(record.allocation, questionnaire.allocation.map((bucket) => bucket.id), (entry): entry is number => isIntegerIn(entry, 0, ALLOCATION_TOTAL)),
    energy: isIntegerIn(energy, ENERGY_MIN, ENERGY_MAX) ? energy : null,
    titleContext: TITLE_CONTEXTS.includes(titleContext as TitleContext) ? (titleContext as TitleContext) : null,
    followThrough: FOLLOW_THROUGH_ANSWERS.includes(followThrough as FollowThrough) ? (followThrough as FollowThrough) : null,
    notes: Object.fromEntries(
      // Any stored text is kept, however long: it is what the person typed, and Write says if it is too long.
      Object.entries(pick(record.notes, noteIdsOf(questionnaire), isText)).map(([id, text]) => [id, wellFormed(text)]),
    ),
    checkIn: CHECK_IN_MODES.includes(checkIn as CheckInMode) ? (checkIn as CheckInMode) : null,
  };
}

/**
 * The draft to store after an edit: the edit, plus any stored entries for ids this questionnaire
 * does not have, so switching question sets back and forth loses no answer.
 */
export function withHiddenEntries(stored: unknown, edited: Draft, questionnaire: Questionnaire): Draft {
  const record = isPlainObject(stored) ? stored : {};
  const hidden = (field: unknown, known: readonly string[]): Record<string, never> =>
    Object.fromEntries(Object.entries(isPlainObject(field) ? field : {}).filter(([id]) => !known.includes(id))) as Record<string, never>;
  return {
    ...edited,
    answers: { ...hidden(record.answers, allItems(questionnaire).map((item) => item.id)), ...edited.answers },
    allocation: { ...hidden(record.allocation, questionnaire.allocation.map((bucket) => bucket.id)), ...edited.allocation },
    notes: { ...hidden(record.notes, noteIdsOf(questionnaire)), ...edited.notes },
  };
}
