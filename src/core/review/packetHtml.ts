/**
 * The review packet for print: one standalone HTML file with the chart inlined and a print
 * stylesheet that fits A4 and Letter alike. No script, and a policy that allows none.
 */
import { renderIndexChartSvg } from '../report/indexChart';
import { formatLocalDate } from '../time/localDate';
import { formatSigned } from '../util/format';
import { escapeHtml } from '../util/html';
import type { Translate } from '../util/l10n';
import type { Linked, PacketModel } from './packet';


const STYLE = `
  :root { color-scheme: light; }
  body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; max-width: 46em; margin: 2em auto; padding: 0 1em; }
  h1 { font-size: 18pt; margin: 0 0 .4em; } h2 { font-size: 13pt; margin: 1.4em 0 .4em; break-after: avoid; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .2em .5em; border-bottom: 1px solid #ccc; }
  td.number { text-align: right; font-variant-numeric: tabular-nums; }
  blockquote { margin: .3em 0 1em; padding-left: .8em; border-left: 3px solid #888; white-space: pre-wrap; }
  .private { border: 1px solid #a00; padding: .4em .8em; }
  a { color: inherit; } svg { max-width: 100%; height: auto; }
  section, figure, blockquote, tr { break-inside: avoid; }
  @page { margin: 16mm; }
  @media print { body { margin: 0; max-width: none; font-size: 10pt; } a { text-decoration: none; } }
`;

export function renderPacketHtml(packet: PacketModel, lang: string, t: Translate): string {
  const a = (source: Linked): string => `<a href="${escapeHtml(source.href)}">${escapeHtml(source.label)}</a>`;
  const list = (sources: readonly Linked[]): string => sources.map(a).join(', ');
  const { range, indices } = packet;
  const parts: string[] = [`<h1>${escapeHtml(t('Review packet: {0}', range.label))}</h1>`];
  if (packet.hasPrivate) {
    parts.push(`<p class="private">${escapeHtml(t('This packet holds private text. It is kept out of git; share it only with whom you choose.'))}</p>`);
  }
  parts.push(
    `<p>${escapeHtml(t('{0} to {1}.', formatLocalDate(range.from), formatLocalDate(range.to)))} ${escapeHtml(t('It rests on {0} notes:', packet.notes.length))} ${list(packet.notes)}.</p>`,
    `<section><h2>${escapeHtml(t('Where I stood, and how it moved'))}</h2><figure>${renderIndexChartSvg(packet.chart, t('Leading and managing index, {0}', range.label), t)}</figure>`,
    `<p>${escapeHtml(t('Leading {0} and managing {1} in {2}; leading {3} and managing {4} in {5}. On average: leading {6}, managing {7}.', indices.first.leading, indices.first.managing, '\u0000', indices.last.leading, indices.last.managing, '\u0001', indices.meanLeading, indices.meanManaging)).replace('\u0000', a(indices.first)).replace('\u0001', a(indices.last))}</p>`,
    `<table><thead><tr><th>${escapeHtml(t('Contrast'))}</th><th>${escapeHtml(t('First lean'))}</th><th>${escapeHtml(t('Last lean'))}</th></tr></thead><tbody>`,
    ...packet.contrasts.map(
      (row) =>
        `<tr><td>${escapeHtml(row.title)}</td><td class="number">${row.first ? `${escapeHtml(formatSigned(row.first.lean))} (${a(row.first)})` : '–'}</td><td class="number">${row.last ? `${escapeHtml(formatSigned(row.last.lean))} (${a(row.last)})` : '–'}</td></tr>`,
    ),
    '</tbody></table></section>',
  );
  if (packet.followThrough) {
    const { answered, yes, partly, no, sources } = packet.followThrough;
    parts.push(`<section><h2>${escapeHtml(t('Follow-through'))}</h2><p>${escapeHtml(t('Of {0} periods that looked back at a focus, I followed through {1}, partly {2}, not {3}: {4}.', answered, yes, partly, no, '\u0000')).replace('\u0000', list(sources))}</p></section>`);
  }
  if (packet.patterns.length > 0) {
    parts.push(`<section><h2>${escapeHtml(t('Patterns'))}</h2><ul>${packet.patterns.map((pattern) => `<li><strong>${escapeHtml(pattern.title)}.</strong> ${escapeHtml(pattern.text)} (${list(pattern.sources)})</li>`).join('')}</ul></section>`);
  }
  if (packet.evidence) {
    const { notes, scheduledHours, commits, coAuthored, sources } = packet.evidence;
    parts.push(`<section><h2>${escapeHtml(t('Evidence'))}</h2><p>${escapeHtml(t('In the {0} notes that read a calendar or a repository: {1} h scheduled, {2} commits, {3} with a co-author ({4}).', notes, scheduledHours, commits, coAuthored, '\u0000')).replace('\u0000', list(sources))}</p></section>`);
  }
  if (packet.moments.length > 0) {
    parts.push(`<section><h2>${escapeHtml(t('Moments'))}</h2>`, ...packet.moments.map((moment) => `<p><strong>${escapeHtml(moment.prompt)}</strong>, ${a(moment.source)}${moment.private ? ' ' + escapeHtml(t('(private text)')) : ''}:</p><blockquote>${escapeHtml(moment.text)}</blockquote>`), '</section>');
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(t('Review packet: {0}', range.label))}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...parts,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
