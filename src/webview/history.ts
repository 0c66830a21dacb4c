import { ROLE_NAMES } from '../core/bands';
import { directionOf, formatSigned } from '../core/format';
import { pointsInRange, shiftBetween, type HistoryPoint, type HistoryRange } from '../core/history';
import { localDateOf } from '../core/localDate';
import { describePatterns, findPatterns } from '../core/patterns';
import type { HistoryView } from '../shared/protocol';
import { indexChart, label, leanHeatmap } from './charts';
import { h } from './dom';

const RANGE_LABELS: Record<HistoryRange, string> = { '3m': 'Last 3 months', '12m': 'Last 12 months', all: 'Everything' };

export interface HistoryHandlers {
  readonly onRange: (range: HistoryRange) => void;
  readonly onOpen: (fileName: string) => void;
}

/** The History tab: where you stood, period by period, and how that moved. */
export function renderHistory(view: HistoryView, range: HistoryRange, handlers: HistoryHandlers): HTMLElement[] {
  if (view.folderLabel === null) {
    return [h('p', { class: 'empty' }, 'Open a folder and write a reflection: your history appears here.')];
  }
  if (view.points.length === 0) {
    return [
      h(
        'div',
        { class: 'empty', 'data-testid': 'history-empty' },
        h('p', {}, `No reflections in ${view.folderLabel} yet.`),
        h('p', {}, 'Fill in the form on the Reflect tab and choose Write reflection. Each note you write adds a point here.'),
      ),
      ...skippedList(view),
    ];
  }
  const points = pointsInRange(view.points, range, localDateOf(new Date()));
  const body: HTMLElement[] = [rangePicker(range, handlers.onRange)];
  if (points.length === 0) {
    body.push(h('p', { class: 'empty' }, `No reflections in this range. ${view.points.length} older ones are under Everything.`));
  } else {
    body.push(
      section('Leading and managing', indexChart(points)),
      ...comparison(points, view),
      section(
        'Lean by contrast',
        leanHeatmap(points, view.dimensions, view.bands),
        ...(view.bands ? [h('p', { class: 'hint' }, `A dashed outline marks a lean outside the usual ${ROLE_NAMES[view.bands.role]} band.`)] : []),
        ...(points.some((point) => point.quick) ? [h('p', { class: 'hint' }, 'Quick weeks rate only some contrasts; a dot marks a contrast that period did not rate.')] : []),
      ),
      patternsSection(points, view),
      section('Reflections', noteList(points, handlers.onOpen)),
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
  const lines = describePatterns(patterns, (id) => titles.get(id) ?? id, view.bands ? ROLE_NAMES[view.bands.role] : null);
  return section(
    'Patterns',
    lines.length === 0
      ? h('p', { class: 'hint' }, 'Patterns appear here once there are enough notes in this range to show one.')
      : h('ul', { class: 'patterns', 'data-testid': 'patterns' }, ...lines.map((line) => h('li', {}, h('strong', {}, `${line.title}. `), line.text))),
    h('p', { class: 'hint' }, 'Observations from your own notes, not grades. Each names how many notes it rests on.'),
  );
}

/** One sentence for a screen reader when the range changes. */
export function describeRange(view: HistoryView | null, range: HistoryRange): string {
  const count = view ? pointsInRange(view.points, range, localDateOf(new Date())).length : 0;
  return `${RANGE_LABELS[range]}: ${count} reflection${count === 1 ? '' : 's'}.`;
}

function section(title: string, ...content: HTMLElement[]): HTMLElement {
  return h('section', { class: 'block' }, h('h2', {}, title), ...content);
}

function rangePicker(range: HistoryRange, onRange: (range: HistoryRange) => void): HTMLElement {
  const select = h('select', { id: 'history-range' }, ...Object.entries(RANGE_LABELS).map(([value, text]) => h('option', { value, selected: value === range }, text)));
  select.addEventListener('change', () => onRange(select.value as HistoryRange));
  return h('div', { class: 'range' }, h('label', { for: 'history-range' }, 'Show'), select);
}

function comparison(points: readonly HistoryPoint[], view: HistoryView): HTMLElement[] {
  const latest = points[points.length - 1]!;
  const before = points[points.length - 2];
  if (!before) {
    return [section('Latest', h('p', {}, `${label(latest)}: ${latest.scores.stance}, leading ${latest.scores.leading}, managing ${latest.scores.managing}.`))];
  }
  const shift = shiftBetween(before, latest);
  const lines = [
    h('p', {}, `${label(latest)} against ${label(before)}:`),
    h(
      'ul',
      { class: 'changes' },
      h('li', {}, `Leading ${latest.scores.leading} (${formatSigned(shift.leading)})`),
      h('li', {}, `Managing ${latest.scores.managing} (${formatSigned(shift.managing)})`),
      h('li', {}, `Stance: ${latest.scores.stance}${latest.scores.stance === before.scores.stance ? ', as before' : `, was ${before.scores.stance}`}`),
    ),
  ];
  if (shift.movedMost) {
    const { dimension, from, to } = shift.movedMost;
    const title = view.dimensions.find((entry) => entry.id === dimension)?.title ?? dimension;
    lines.push(h('p', {}, `Moved most: ${title}, ${formatSigned(from)} → ${formatSigned(to)} (${directionOf(from, to)}).`));
  }
  return [section('Latest against the one before', ...lines)];
}

function noteList(points: readonly HistoryPoint[], onOpen: (fileName: string) => void): HTMLElement {
  const newestFirst = [...points].reverse();
  return h(
    'ul',
    { class: 'notes' },
    ...newestFirst.map((point, index) => {
      const older = newestFirst[index + 1];
      const open = h('button', { type: 'button', class: 'link', title: `Open ${point.fileName}` }, label(point));
      open.addEventListener('click', () => onOpen(point.fileName));
      return h(
        'li',
        {},
        open,
        h('span', { class: 'note-meta' }, ` ${point.scores.stance} · leading ${point.scores.leading}, managing ${point.scores.managing}`),
        older && older.questionnaire !== point.questionnaire ? h('span', { class: 'tag', title: `${older.questionnaire} → ${point.questionnaire}` }, 'new question set') : null,
        point.quick ? h('span', { class: 'tag', title: `A quick check-in: ${point.scores.total} of the behaviours were asked` }, 'quick') : null,
        point.privateText ? h('span', { class: 'tag', title: point.privateText === 'encrypted' ? 'Its free text is encrypted' : 'Its free text is in a file on this machine' }, 'private text') : null,
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
      h('h2', {}, `Skipped ${view.skipped.length === 1 ? 'one file' : `${view.skipped.length} files`}`),
      h('ul', {}, ...view.skipped.map((file) => h('li', {}, h('code', {}, `${file.fileName}:${file.line}`), ` ${file.reason}`))),
    ),
  ];
}
