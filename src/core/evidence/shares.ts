import { OTHER_AREA, type CalendarFigures } from './model';

/**
 * The calendar's classified hours as whole-number shares of the given areas that add up to 100,
 * by the largest remainder: each area gets its rounded-down share, and the points left go to the
 * largest fractions. `null` when no classified hour falls in those areas.
 */
export function calendarShares(figures: Pick<CalendarFigures, 'hours'>, areas: readonly string[]): Record<string, number> | null {
  const hours = areas.map((area) => (area === OTHER_AREA ? 0 : figures.hours[area] ?? 0));
  const total = hours.reduce((sum, value) => sum + value, 0);
  if (total <= 0) {
    return null;
  }
  const exact = hours.map((value) => (value / total) * 100);
  const whole = exact.map(Math.floor);
  let left = 100 - whole.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) {
      break;
    }
    whole[index]! += 1;
    left -= 1;
  }
  return Object.fromEntries(areas.map((area, index) => [area, whole[index]!]));
}

/** Hours placed in one of the areas, leaving out `other`. */
export function classifiedHours(figures: Pick<CalendarFigures, 'hours'>, areas: readonly string[]): number {
  return areas.reduce((sum, area) => sum + (area === OTHER_AREA ? 0 : figures.hours[area] ?? 0), 0);
}
