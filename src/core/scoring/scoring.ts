import type { Draft } from '../note/draft';
import type { Translate } from '../util/l10n';
import { allItems, SCALE_MAX, type Dimension, type Pole, type Questionnaire, type TitleContext } from '../questionnaire/questionnaire';

export type Stance = 'leading and managing' | 'mostly leading' | 'mostly managing' | 'heads-down';
export type LeanWord = 'leans leading' | 'balanced' | 'leans managing';

/** An index at or above this counts as "a lot of" that pole when naming the stance. */
export const STANCE_THRESHOLD = 50;
/** A lean of at least this size, either way, is no longer "balanced". */
export const LEAN_THRESHOLD = 1;

export interface DimensionScore {
  readonly id: string;
  /** Mean 0..4 of the answered leading items, or null when none was answered. */
  readonly leading: number | null;
  readonly managing: number | null;
  /** leading − managing, −4..+4, or null when either side is missing. */
  readonly lean: number | null;
}

export interface Scores {
  /** 0..100, or null when no item of that pole was answered. */
  readonly leading: number | null;
  readonly managing: number | null;
  readonly stance: Stance | null;
  readonly answered: number;
  readonly total: number;
  readonly dimensions: readonly DimensionScore[];
}

export function scoreDraft(draft: Draft, questionnaire: Questionnaire): Scores {
  const items = allItems(questionnaire);
  const answered = items.filter((item) => item.id in draft.answers).length;
  const leading = poleIndex(draft, questionnaire, 'leading');
  const managing = poleIndex(draft, questionnaire, 'managing');
  return {
    leading,
    managing,
    stance: leading === null || managing === null ? null : stanceFor(leading, managing),
    answered,
    total: items.length,
    dimensions: questionnaire.dimensions.map((dimension) => scoreDimension(draft, dimension)),
  };
}

function poleIndex(draft: Draft, questionnaire: Questionnaire, pole: Pole): number | null {
  const values = allItems(questionnaire)
    .filter((item) => item.pole === pole && item.id in draft.answers)
    .map((item) => draft.answers[item.id] as number);
  const average = mean(values);
  return average === null ? null : Math.round((average / SCALE_MAX) * 100);
}

function scoreDimension(draft: Draft, dimension: Dimension): DimensionScore {
  const poleMean = (pole: Pole): number | null =>
    mean(
      dimension.items
        .filter((item) => item.pole === pole && item.id in draft.answers)
        .map((item) => draft.answers[item.id] as number),
    );
  const leading = poleMean('leading');
  const managing = poleMean('managing');
  return {
    id: dimension.id,
    leading: roundTo2(leading),
    managing: roundTo2(managing),
    lean: leading === null || managing === null ? null : roundTo2(leading - managing),
  };
}

export function stanceFor(leading: number, managing: number): Stance {
  const leads = leading >= STANCE_THRESHOLD;
  const manages = managing >= STANCE_THRESHOLD;
  if (leads && manages) {
    return 'leading and managing';
  }
  if (leads) {
    return 'mostly leading';
  }
  if (manages) {
    return 'mostly managing';
  }
  return 'heads-down';
}

export function leaningFor(lean: number): LeanWord {
  if (lean >= LEAN_THRESHOLD) {
    return 'leans leading';
  }
  if (lean <= -LEAN_THRESHOLD) {
    return 'leans managing';
  }
  return 'balanced';
}

/** The article's first point: leadership is not tied to a title. */
export function isLeadingWithoutTitle(titleContext: TitleContext | null, leading: number | null): boolean {
  return titleContext === 'none' && leading !== null && leading >= STANCE_THRESHOLD;
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function roundTo2(value: number | null): number | null {
  return value === null ? null : Math.round(value * 100) / 100;
}

/** The stance in the reader's language; notes store the English value, so history stays one. */
export function stanceLabel(stance: Stance, t: Translate): string {
  switch (stance) {
    case 'leading and managing':
      return t('leading and managing');
    case 'mostly leading':
      return t('mostly leading');
    case 'mostly managing':
      return t('mostly managing');
    case 'heads-down':
      return t('heads-down');
  }
}

export function leanLabel(lean: number, t: Translate): string {
  switch (leaningFor(lean)) {
    case 'leans leading':
      return t('leans leading');
    case 'leans managing':
      return t('leans managing');
    case 'balanced':
      return t('balanced');
  }
}
