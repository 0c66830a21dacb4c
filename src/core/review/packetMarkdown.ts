/** The review packet in Markdown: every figure, quote and pattern with a link to the note it comes from. */
import { markdownInline, markdownQuote } from '../note/markdownText';
import { describeIndexChart } from '../report/indexChart';
import { formatLocalDate } from '../time/localDate';
import { formatSigned } from '../util/format';
import type { Translate } from '../util/l10n';
import type { Linked, PacketModel } from './packet';

const link = (source: Linked): string => `[${source.label}](${source.href})`;
const links = (sources: readonly Linked[]): string => sources.map(link).join(', ');

export function renderPacketMarkdown(packet: PacketModel, chartFile: string | null, t: Translate): string {
  const { range, indices } = packet;
  const quick = packet.notes.filter((note) => note.quick);
  const lines = [t('# Review packet: {0}', range.label), ''];
  if (packet.hasPrivate) {
    lines.push(t('> **This packet holds private text.** It is kept out of git; share it only with whom you choose.'), '');
  }
  lines.push(
    t('{0} to {1}. It rests on {2} notes: {3}.', formatLocalDate(range.from), formatLocalDate(range.to), packet.notes.length, links(packet.notes)) +
      (quick.length > 0 ? ' ' + t('Quick weeks, which asked only some contrasts: {0}.', links(quick)) : ''),
    '',
    t('Every figure, quote and pattern below links to the note it comes from. These are the person\'s own notes: observations, not grades.'),
    '',
    t('## Where I stood, and how it moved'),
    '',
  );
  if (chartFile) {
    lines.push(`![${markdownInline(describeIndexChart(packet.chart, t))}](${chartFile})`, '');
  }
  lines.push(
    t('Leading {0} and managing {1} in {2}; leading {3} and managing {4} in {5}. On average: leading {6}, managing {7}.', indices.first.leading, indices.first.managing, link(indices.first), indices.last.leading, indices.last.managing, link(indices.last), indices.meanLeading, indices.meanManaging),
    '',
    t('| Contrast | First lean | Last lean |'),
    '| --- | ---: | ---: |',
    ...packet.contrasts.map((row) => `| ${markdownInline(row.title, 'tableCell')} | ${row.first ? `${formatSigned(row.first.lean)} (${link(row.first)})` : '–'} | ${row.last ? `${formatSigned(row.last.lean)} (${link(row.last)})` : '–'} |`),
    '',
    t('The lean is leading minus managing, from −4 to +4.'),
    '',
  );
  if (packet.followThrough) {
    const { answered, yes, partly, no, sources } = packet.followThrough;
    lines.push(t('## Follow-through'), '', t('Of {0} periods that looked back at a focus, I followed through {1}, partly {2}, not {3}: {4}.', answered, yes, partly, no, links(sources)), '');
  }
  if (packet.patterns.length > 0) {
    lines.push(t('## Patterns'), '', ...packet.patterns.map((pattern) => `- **${markdownInline(pattern.title)}.** ${markdownInline(pattern.text)} (${links(pattern.sources)})`), '');
  }
  if (packet.evidence) {
    const { notes, scheduledHours, commits, coAuthored, sources } = packet.evidence;
    lines.push(t('## Evidence'), '', t('In the {0} notes that read a calendar or a repository: {1} h scheduled, {2} commits, {3} with a co-author ({4}).', notes, scheduledHours, commits, coAuthored, links(sources)), '');
  }
  if (packet.moments.length > 0) {
    lines.push(t('## Moments'), '');
    for (const moment of packet.moments) {
      lines.push(`**${markdownInline(moment.prompt)}**, ${link(moment.source)}${moment.private ? ' ' + t('(private text)') : ''}:`, '', markdownQuote(moment.text), '');
    }
  }
  return lines.join('\n');
}
