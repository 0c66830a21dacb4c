/**
 * The patterns as sentences, shared by the History tab and the trend report: observations of
 * the person's own numbers, never grades and never causes.
 */
import { formatSigned } from '../util/format';
import { english, type Translate } from '../util/l10n';
import { PERSISTENT_RUN, roundTo1, type LeanSpread, type Patterns } from './patterns';

/** One pattern in words: a short title and one or two plain sentences. */
export interface PatternText {
  readonly title: string;
  readonly text: string;
}

/** The patterns as sentences, shared by the History tab and the trend report. `titles` names contrasts and areas. */
export function describePatterns(patterns: Patterns, titles: (id: string) => string, roleName: string | null, t: Translate = english): PatternText[] {
  const lines: PatternText[] = [];
  const times = (count: number): string => (count === 1 ? t('once') : t('{0} times', count));
  const notes = (count: number): string => (count === 1 ? t('1 note') : t('{0} notes', count));
  const { followThrough, rhythm, spread } = patterns;
  if (followThrough) {
    const unanswered = followThrough.unanswered > 0 ? t(', and left it unanswered {0}', times(followThrough.unanswered)) : '';
    lines.push({
      title: t('Follow-through'),
      text: t(
        'Of the {0} periods after one that named a focus, the note said yes {1}, partly {2} and no {3}{4}.',
        followThrough.basis,
        times(followThrough.yes),
        times(followThrough.partly),
        times(followThrough.no),
        unanswered,
      ),
    });
    if (followThrough.byKind) {
      const { plans, texts } = followThrough.byKind;
      lines.push({
        title: t('Follow-through by kind of focus'),
        text:
          t('After an if-then plan, the note said yes {0} of {1}; after a focus in free text, {2} of {3}.', plans.yes, notes(plans.basis), texts.yes, notes(texts.basis)) +
          ' ' +
          t('This is your own data, not a study: the weeks you wrote a plan may differ in other ways too.'),
      });
    }
  }
  for (const lean of patterns.persistentLeans) {
    const now = lean.current >= PERSISTENT_RUN ? t(', and still is: {0} in a row up to the latest', lean.current) : '';
    lines.push({
      title: t('Persistent lean'),
      text: t('{0} was outside the usual {1} band for {2} periods in a row at most{3} ({4} rated it).', titles(lean.dimension), roleName ?? t('role'), lean.longest, now, notes(lean.basis)),
    });
  }
  for (const entry of patterns.energyByShare) {
    const difference = roundTo1(entry.above.meanEnergy - entry.below.meanEnergy);
    const compared = difference === 0 ? t('the same') : difference > 0 ? t('{0} higher with more', Math.abs(difference)) : t('{0} lower with more', Math.abs(difference));
    lines.push({
      title: t('Energy and where the time went'),
      text:
        t(
          'In the {0} with more than your median share of {1} ({2}%), energy averaged {3} of 5; in the {4} with less, {5}: {6}.',
          notes(entry.above.notes),
          titles(entry.area),
          entry.median,
          entry.above.meanEnergy,
          notes(entry.below.notes),
          entry.below.meanEnergy,
          compared,
        ) +
        ' ' +
        t('This is a co-occurrence in your own notes, not a cause.'),
    });
  }
  if (spread) {
    const range = (entry: LeanSpread): string => t('lean from {0} to {1} over {2}', formatSigned(entry.min), formatSigned(entry.max), notes(entry.basis));
    lines.push({
      title: t('Steadiest and most changeable'),
      text: t('Steadiest: {0} ({1}). Most changeable: {2} ({3}).', titles(spread.steadiest.dimension), range(spread.steadiest), titles(spread.mostChangeable.dimension), range(spread.mostChangeable)),
    });
  }
  if (rhythm) {
    lines.push({
      title: t('Rhythm'),
      text:
        t('{0} of the {1} periods since {2} have a note.', rhythm.written, rhythm.elapsed, rhythm.since) +
        ' ' +
        (rhythm.currentRun === 1 ? t('Current run: 1 period in a row.') : t('Current run: {0} periods in a row.', rhythm.currentRun)),
    });
  }
  for (const entry of patterns.reportVsCalendar) {
    lines.push({
      title: t('Where your report and your calendar differ'),
      text:
        t('In {0} periods in a row ({1}), you reported {2}% {3}; your calendar showed {4}% of its classified time there.', entry.periods.length, entry.periods.join(', '), entry.reported, titles(entry.area), entry.calendar) +
        ' ' +
        t('The two shares have different bases: all your time, against the time in your calendar.'),
    });
  }
  return lines;
}
