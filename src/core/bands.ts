import { formatSigned } from './format';
import type { Band, Questionnaire, Role, RoleBands } from './questionnaire';

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

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  'tech-lead': 'tech lead',
  'engineering-manager': 'engineering manager',
  'staff-engineer': 'staff engineer',
};

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

export function formatLeanBand(band: Band): string {
  return `${formatSigned(band[0])} to ${formatSigned(band[1])}`;
}

export function formatShareBand(band: Band): string {
  return `${band[0]}–${band[1]}%`;
}

/** "inside", or which way it fell outside, in words that do not rank the poles. */
export function describeLeanCheck(check: BandCheck): string {
  switch (check.position) {
    case 'inside':
      return 'inside';
    case 'below':
      return 'outside: more towards managing';
    case 'above':
      return 'outside: more towards leading';
  }
}

export function describeShareCheck(check: BandCheck): string {
  switch (check.position) {
    case 'inside':
      return 'inside';
    case 'below':
      return 'outside: less time';
    case 'above':
      return 'outside: more time';
  }
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
