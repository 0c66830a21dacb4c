import type { HistoryPoint } from '../core/report/history';
import { evidenceRows } from '../core/report/evidenceTable';
import type { HistoryView } from '../shared/protocol';
import { h } from './dom';
import { t } from './l10n';

/** "Reported and calendar" in the History tab: only when some note in range read a calendar. */
export function evidenceHistorySection(points: readonly HistoryPoint[], view: HistoryView): HTMLElement | null {
  const rows = evidenceRows(points, view.areas.map((area) => area.id));
  if (rows.length === 0) {
    return null;
  }
  const head = h('tr', {}, h('th', { scope: 'col' }, t('Period')), ...view.areas.map((area) => h('th', { scope: 'col' }, area.label)));
  const body = rows.map((row) =>
    h('tr', {}, h('th', { scope: 'row' }, row.period), ...view.areas.map((area) => h('td', {}, t('{0} / {1}', row.reported[area.id] ?? 0, row.calendar[area.id] ?? 0)))),
  );
  return h(
    'section',
    { class: 'block', 'data-testid': 'reported-and-calendar' },
    h('h2', {}, t('Reported and calendar')),
    h('p', { class: 'hint', id: 'evidence-table-hint' }, t('Each cell is the share you reported, then the calendar\'s share of the time it classified, in percent: different bases, shown side by side.')),
    // A narrow sidebar scrolls the table sideways rather than cutting off an area.
    h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'evidence-table-hint' }, h('table', { class: 'evidence-table' }, h('thead', {}, head), h('tbody', {}, ...body))),
  );
}
