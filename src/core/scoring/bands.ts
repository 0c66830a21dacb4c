import { formatSigned } from '../util/format';
import type { Translate } from '../util/l10n';
import type { Band, Questionnaire, Role, RoleBands } from '../questionnaire/questionnaire';

export type BandPosition = 'inside' | 'below' | 'above';

export interface BandCheck {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly band: Band;
  readonly position: BandPosition;
}

export interface BandReport {
  readonly role: Role;
  readonly lean: readonly BandCheck[];
  readonly allocation: readonly BandCheck[];
}

/** The role as it reads mid-sentence: "the usual tech lead band". */
export function roleName(role: Role, t: Translate): string {
  switch (role) {
    case 'tech-lead':
      return t('tech lead');
    case 'engineering-manager':
      return t('engineering manager');
    case 'staff-engineer':
      return t('staff engineer');
  }
}

/**
 * Where this period fell against the role's bands. Only what has both a band and a value is
 * checked. The result is information for the person, never a grade.
 */
export function evaluateBands(
  questionnaire: Questionnaire,
  role: Role,
  leans: Readonly<Record<string, number | null>>,
  allocation: Readonly<Record<string, number>>,
): BandReport | null {
  const bands: RoleBands | undefined = questionnaire.bands[role];
  if (!bands) {
    return null;
  }
  const check = (id: string, label: string, value: number | null | undefined, band: Band | undefined): BandCheck[] =>
    value === null || value === undefined || !band ? [] : [{ id, label, value, band, position: value < band[0] ? 'below' : value > band[1] ? 'above' : 'inside' }];
  return {
    role,
    lean: questionnaire.dimensions.flatMap((dimension) => check(dimension.id, dimension.title, leans[dimension.id], bands.lean[dimension.id])),
    allocation: questionnaire.allocation.flatMap((bucket) => check(bucket.id, bucket.label, allocation[bucket.id], bands.allocation[bucket.id])),
  };
}

export function formatLeanBand(band: Band, t: Translate): string {
  return t('{0} to {1}', formatSigned(band[0]), formatSigned(band[1]));
}

export function formatShareBand(band: Band): string {
  return `${band[0]}–${band[1]}%`;
}

/** "inside", or which way it fell outside, in words that do not rank the poles. */
export function describeLeanCheck(check: BandCheck, t: Translate): string {
  switch (check.position) {
    case 'inside':
      return t('inside');
    case 'below':
      return t('outside: more towards managing');
    case 'above':
      return t('outside: more towards leading');
  }
}

/** Which way it fell outside, without the "outside:" the tables need. */
export function describeLeanOutside(check: BandCheck, t: Translate): string {
  return check.position === 'below' ? t('more towards managing') : t('more towards leading');
}

export function describeShareCheck(check: BandCheck, t: Translate): string {
  switch (check.position) {
    case 'inside':
      return t('inside');
    case 'below':
      return t('outside: less time');
    case 'above':
      return t('outside: more time');
  }
}

export function describeShareOutside(check: BandCheck, t: Translate): string {
  return check.position === 'below' ? t('less time') : t('more time');
}

/**
 * How many periods in a row each contrast has now been outside its band, counting this one.
 * `previous` is the streak the last note recorded.
 */
export function outsideStreaks(report: BandReport, previous: Readonly<Record<string, number>> | undefined): Record<string, number> {
  return Object.fromEntries(
    report.lean.filter((check) => check.position !== 'inside').map((check) => [check.id, (previous?.[check.id] ?? 0) + 1]),
  );
}
