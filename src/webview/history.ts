import { roleName } from '../core/scoring/bands';
import { stanceLabel } from '../core/scoring/scoring';
import { directionOf, formatSigned } from '../core/util/format';
import { pointsInRange, shiftBetween, type HistoryPoint, type HistoryRange } from '../core/report/history';
import { localDateOf } from '../core/time/localDate';
import { findPatterns } from '../core/report/patterns';
import { describePatterns } from '../core/report/patternText';
import type { HistoryView } from '../shared/protocol';
import { indexChart, label, leanHeatmap } from './charts';
import { h } from './dom';
import { evidenceHistorySection } from './evidenceHistory';
import { t } from './l10n';

function rangeLabel(range: HistoryRange): string {
  return range === '3m' ? t('Last 3 months') : range === '12m' ? t('Last 12 months') : t('Everything');
}
const RANGES: readonly HistoryRange[] = ['3m', '12m', 'all'];

export interface HistoryHandlers {
  readonly onRange: (range: HistoryRange) => void;
  readonly onOpen: (fileName: string) => void;
}

/** The History tab: where you stood, period by period, and how that moved. */
export function renderHistory(view: HistoryView, range: HistoryRange, handlers: HistoryHandlers): HTMLElement[] {
  if (view.folderLabel === null) {
    return [h('p', { class: 'empty' }, t('Open a folder and write a reflection: your history appears here.'))];
  }
  if (view.points.length === 0) {
    return [
      h(
        'div',
        { class: 'empty', 'data-testid': 'history-empty' },
        h('p', {}, t('No reflections in {0} yet.', view.folderLabel)),
        h('p', {}, t('Fill in the form on the Reflect tab and choose Write reflection. Each note you write adds a point here.')),
      ),
      ...skippedList(view),
    ];
  }
  const points = pointsInRange(view.points, range, localDateOf(new Date()));
  const body: HTMLElement[] = [rangePicker(range, handlers.onRange)];
  if (points.length === 0) {
    body.push(h('p', { class: 'empty' }, t('No reflections in this range. {0} older ones are under Everything.', view.points.length)));
  } else {
    body.push(
      section(t('Leading and managing'), indexChart(points)),
      ...comparison(points, view),
      section(
        t('Lean by contrast'),
        leanHeatmap(points, view.dimensions, view.bands),
        ...(view.bands ? [h('p', { class: 'hint' }, t('A dashed outline marks a lean outside the usual {0} band.', roleName(view.bands.role, t)))] : []),
        ...(points.some((point) => point.quick) ? [h('p', { class: 'hint' }, t('Quick weeks rate only some contrasts; a dot marks a contrast that period did not rate.'))] : []),
      ),
      patternsSection(points, view),
      ...[evidenceHistorySection(points, view)].filter((part): part is HTMLElement => part !== null),
      section(t('Reflections'), noteList(points, handlers.onOpen)),
    );
  }
  return [...body, ...skippedList(view)];
}

/** What the notes in range show when read together; each pattern only once it has enough notes. */
function patternsSection(points: readonly HistoryPoint[], view: HistoryView): HTMLElement {
  const titles = new Map([...view.dimensions.map((entry): [string, string] => [entry.id, entry.title]), ...view.areas.map((entry): [string, string] => [entry.id, entry.label])]);
  const patterns = findPatterns(
    points,
    view.dimensions.map((entry) => entry.id),
    view.areas.map((entry) => entry.id),
    view.bands?.lean ?? null,
    localDateOf(new Date()),
  );
  const lines = describePatterns(patterns, (id) => titles.get(id) ?? id, view.bands ? roleName(view.bands.role, t) : null, t);
  return section(
    t('Patterns'),
    lines.length === 0
      ? h('p', { class: 'hint' }, t('Patterns appear here once there are enough notes in this range to show one.'))
      : h('ul', { class: 'patterns', 'data-testid': 'patterns' }, ...lines.map((line) => h('li', {}, h('strong', {}, `${line.title}. `), line.text))),
    h('p', { class: 'hint' }, t('Observations from your own notes, not grades. Each names how many notes it rests on.')),
  );
}

/** One sentence for a screen reader when the range changes. */
export function describeRange(view: HistoryView | null, range: HistoryRange): string {
  const count = view ? pointsInRange(view.points, range, localDateOf(new Date())).length : 0;
  return count === 1 ? t('{0}: 1 reflection.', rangeLabel(range)) : t('{0}: {1} reflections.', rangeLabel(range), count);
}

function section(title: string, ...content: HTMLElement[]): HTMLElement {
  return h('section', { class: 'block' }, h('h2', {}, title), ...content);
}

function rangePicker(range: HistoryRange, onRange: (range: HistoryRange) => void): HTMLElement {
  const select = h('select', { id: 'history-range' }, ...RANGES.map((value) => h('option', { value, selected: value === range }, rangeLabel(value))));
  select.addEventListener('change', () => onRange(select.value as HistoryRange));
  return h('div', { class: 'range' }, h('label', { for: 'history-range' }, t('Show')), select);
}

function comparison(points: readonly HistoryPoint[], view: HistoryView): HTMLElement[] {
  const latest = points[points.length - 1]!;
  const before = points[points.length - 2];
  if (!before) {
    return [section(t('Latest'), h('p', {}, t('{0}: {1}, leading {2}, managing {3}.', label(latest), stanceLabel(latest.scores.stance, t), latest.scores.leading, latest.scores.managing)))];
  }
  const shift = shiftBetween(before, latest);
  const lines = [
    h('p', {}, t('{0} against {1}:', label(latest), label(before))),
    h(
      'ul',
      { class: 'changes' },
      h('li', {}, t('Leading {0} ({1})', latest.scores.leading, formatSigned(shift.leading))),
      h('li', {}, t('Managing {0} ({1})', latest.scores.managing, formatSigned(shift.managing))),
      h(
        'li',
        {},
        latest.scores.stance === before.scores.stance
          ? t('Stance: {0}, as before', stanceLabel(latest.scores.stance, t))
          : t('Stance: {0}, was {1}', stanceLabel(latest.scores.stance, t), stanceLabel(before.scores.stance, t)),
      ),
    ),
  ];
  if (shift.movedMost) {
    const { dimension, from, to } = shift.movedMost;
    const title = view.dimensions.find((entry) => entry.id === dimension)?.title ?? dimension;
    lines.push(h('p', {}, t('Moved most: {0}, {1} → {2} ({3}).', title, formatSigned(from), formatSigned(to), directionOf(from, to, t))));
  }
  return [section(t('Latest against the one before'), ...lines)];
}

function noteList(points: readonly HistoryPoint[], onOpen: (fileName: string) => void): HTMLElement {
  const newestFirst = [...points].reverse();
  return h(
    'ul',
    { class: 'notes' },
    ...newestFirst.map((point, index) => {
      const older = newestFirst[index + 1];
      const open = h('button', { type: 'button', class: 'link', title: t('Open {0}', point.fileName) }, label(point));
      open.addEventListener('click', () => onOpen(point.fileName));
      return h(
        'li',
        {},
        open,
        h('span', { class: 'note-meta' }, ' ' + t('{0} · leading {1}, managing {2}', stanceLabel(point.scores.stance, t), point.scores.leading, point.scores.managing)),
        older && older.questionnaire !== point.questionnaire ? h('span', { class: 'tag', title: `${older.questionnaire} → ${point.questionnaire}` }, t('new question set')) : null,
        point.quick ? h('span', { class: 'tag', title: t('A quick check-in: {0} of the behaviours were asked', point.scores.total) }, t('quick')) : null,
        point.privateText
          ? h('span', { class: 'tag', title: point.privateText === 'encrypted' ? t('Its free text is encrypted') : t('Its free text is in a file on this machine') }, t('private text'))
          : null,
      );
    }),
  );
}

function skippedList(view: HistoryView): HTMLElement[] {
  if (view.skipped.length === 0) {
    return [];
  }
  return [
    h(
      'section',
      { class: 'block skipped', role: 'note' },
      h('h2', {}, view.skipped.length === 1 ? t('Skipped one file') : t('Skipped {0} files', view.skipped.length)),
      h('ul', {}, ...view.skipped.map((file) => h('li', {}, h('code', {}, `${file.fileName}:${file.line}`), ` ${file.reason}`))),
    ),
  ];
}
