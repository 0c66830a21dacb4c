import type { Translate } from '../util/l10n';
import { SKIP_REASONS, type SkipReason } from './model';

/** What the calendar left out and why, in words: "2 all-day, 1 you declined". Empty when nothing was. */
export function describeSkipped(skipped: Readonly<Record<SkipReason, number>>, t: Translate): string {
  return SKIP_REASONS.filter((reason) => skipped[reason] > 0)
    .map((reason) => skipWords(reason, skipped[reason], t))
    .join(', ');
}

function skipWords(reason: SkipReason, count: number, t: Translate): string {
  switch (reason) {
    case 'allDay':
      return t('{0} all-day', count);
    case 'cancelled':
      return t('{0} cancelled', count);
    case 'free':
      return t('{0} marked free', count);
    case 'declined':
      return t('{0} you declined', count);
    case 'unknownTimeZone':
      return t('{0} in an unknown time zone', count);
  }
}
