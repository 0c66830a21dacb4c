import * as assert from 'node:assert/strict';
import { parseReflection } from '../../../../src/core/note/parseReflection';
import { markdownQuote } from '../../../../src/core/note/markdownText';
import { buildPacket, type PacketNote } from '../../../../src/core/review/packet';
import { renderPacketMarkdown } from '../../../../src/core/review/packetMarkdown';
import { renderPacketHtml } from '../../../../src/core/review/packetHtml';
import { escapeHtml } from '../../../../src/core/util/html';
import { fiscalQuarter, startsWithin } from '../../../../src/core/time/fiscal';
import { english, translatorFor } from '../../../../src/core/util/l10n';
import { renderReflectionMarkdown } from '../../../../src/core/note/markdown';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT } from '../../../support/paths';
import { addDays } from '../../../../src/core/time/localDate';
import { periodStart } from '../../../../src/core/time/period';
import type { Reflection } from '../../../../src/core/note/model';
import { DEFAULT_QUESTIONNAIRE } from '../../../support/questionnaire';
import { day, generateNote } from '../../../support/notes';
import { bodyOf, hrefsIn, RENDERERS, textOf } from '../../../support/renderers';

// github-slugger is GitHub's own slugger, an ES module: the packet's anchors are checked against it, not against our code.
const GithubSlugger = (require('github-slugger') as { default: new () => { slug(text: string): string } }).default;

/** A quarter of weekly notes, with moments worth quoting, a follow-through chain and one quick week. */
function quarterOfNotes(): PacketNote[] {
  const notes: PacketNote[] = [];
  let previous: Reflection | null = null;
  for (let week = 0; week < 13; week++) {
    const date = addDays(day('2026-07-01'), week * 7);
    const moment = week % 3 === 0 ? `Week ${week}: unblocked the *payments* team | asked "why" twice\n---\n<b>not bold</b>` : '';
    const note = generateNote(date, 1 + (week % 4), 3 - (week % 3), {
      previous,
      draft: {
        notes: { led: moment, managed: week === 5 ? 'Kept the release train on time.' : '', differently: '', focus: `Focus ${week}` },
        followThrough: previous ? (['yes', 'partly', 'no'] as const)[week % 3]! : null,
      },
    });
    notes.push({ fileName: note.fileName, sequence: 1, text: note.text, reflection: note.reflection });
    previous = note.reflection;
  }
  return notes;
}

function slugsOf(text: string): string[] {
  const slugger = new GithubSlugger();
  return [...bodyOf(text).matchAll(/^#{1,6} (.*)$/gm)].map((match) => slugger.slug(match[1]!.replace(/\\(.)/g, '$1')));
}

describe('the review packet', () => {
  const range = fiscalQuarter(day('2026-10-15'), 1, -1);
  const notes = quarterOfNotes().filter((note) => startsWithin(periodStart(note.reflection.period)!, range));
  const moments = (['led', 'managed'] as const).map((promptId) => {
    const note = notes.find((entry) => (entry.reflection.notes[promptId] ?? '') !== '')!;
    return { fileName: note.fileName, promptId, text: note.reflection.notes[promptId]!, private: false };
  });
  const packet = buildPacket(notes, range, DEFAULT_QUESTIONNAIRE, moments, null, day('2026-10-15'), english);
  const markdown = renderPacketMarkdown(packet, 'packet-FY2026-Q3.svg', english);
  const byFile = new Map(notes.map((note) => [note.fileName, note]));

  it('links every claim to an existing note, at a heading that note really has, as GitHub slugs it', () => {
    const targets = [...markdown.matchAll(/\]\((\.\.\/[^)]+)\)/g)].map((match) => match[1]!);
    assert.ok(targets.length > 30, `the packet has its links (${targets.length})`);
    for (const target of targets) {
      const [file, anchor] = target.slice(3).split('#') as [string, string | undefined];
      const note = byFile.get(decodeURIComponent(file));
      assert.ok(note, `${target} names a note of the range`);
      assert.ok(anchor, `${target} goes to a heading`);
      assert.ok(slugsOf(note.text).includes(decodeURIComponent(anchor)), `${target}: ${note.fileName} has a heading "${anchor}"`);
    }
  });

  it('quotes each picked moment exactly as its note has it, under the heading it links to', () => {
    assert.ok(moments.every((moment) => moment.text.length > 20), 'real moments are picked');
    for (const moment of moments) {
      const quote = markdownQuote(moment.text);
      assert.ok(markdown.includes(quote), 'the packet quotes the moment');
      const note = byFile.get(moment.fileName)!;
      const link = new RegExp(`\\]\\(\\.\\./${moment.fileName.replace('.', '\\.')}#([^)]+)\\):\\n\\n${quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(markdown);
      assert.ok(link, `the quote follows its link for ${moment.fileName}`);
      const body = bodyOf(note.text);
      const heading = body.split('\n').find((line) => line.startsWith('## ') && new GithubSlugger().slug(line.slice(3)) === link[1]);
      assert.ok(heading, 'the link names a heading of the note');
      assert.ok(body.slice(body.indexOf(heading)).startsWith(`${heading}\n\n${quote}`), `${moment.fileName}: the quote sits right under "${heading}"`);
    }
  });

  it('states every figure as the linked note holds it', () => {
    for (const match of markdown.matchAll(/Leading (\d+) and managing (\d+) in \[[^\]]+\]\(\.\.\/([^#)]+)#/g)) {
      const parsed = parseReflection(byFile.get(match[3]!)!.text);
      assert.ok(parsed.ok);
      assert.equal(Number(match[1]), parsed.reflection.scores.leading);
      assert.equal(Number(match[2]), parsed.reflection.scores.managing);
    }
    for (const row of markdown.matchAll(/^\| ([^|]+) \| ([+−-]?\d+|0) \(\[[^\]]+\]\(\.\.\/([^#)]+)#[^)]+\)\) \|/gm)) {
      const dimension = DEFAULT_QUESTIONNAIRE.dimensions.find((entry) => entry.title === row[1]!.trim())!;
      const parsed = parseReflection(byFile.get(row[3]!)!.text);
      assert.ok(parsed.ok);
      assert.equal(Number(row[2]!.replace('−', '-').replace('+', '')), parsed.reflection.scores.dimensions[dimension.id]!.lean, `${row[1]} in ${row[3]}`);
    }
    const answered = notes.filter((note) => note.reflection.followThrough?.answer);
    assert.match(markdown, new RegExp(`Of ${answered.length} periods that looked back at a focus, I followed through ${answered.filter((note) => note.reflection.followThrough?.answer === 'yes').length}, partly ${answered.filter((note) => note.reflection.followThrough?.answer === 'partly').length}, not ${answered.filter((note) => note.reflection.followThrough?.answer === 'no').length}:`));
    assert.match(markdown, new RegExp(`It rests on ${notes.length} notes`));
  });

  it('reads right in VS Code\'s preview and on GitHub: the chart and every note link', () => {
    for (const { name, render } of RENDERERS) {
      const html = render(markdown);
      assert.match(html, /<img src="packet-FY2026-Q3\.svg" alt="[^"]+"/, name);
      const hrefs = hrefsIn(html).filter((href) => href.startsWith('../'));
      assert.equal(hrefs.length, [...markdown.matchAll(/\]\(\.\.\//g)].length, `${name}: every note link is a link`);
      assert.ok(textOf(html).includes(moments[0]!.text.split('\n')[0]!), `${name}: the quote reads as typed: ${moments[0]!.text.split('\n')[0]}`);
    }
  });

  it('prints from one standalone HTML file: no script, the chart inlined, every text escaped', () => {
    const html = renderPacketHtml(packet, 'en', english);
    assert.ok(!/<script|\son[a-z]+=|javascript:/i.test(html), 'no script of any kind');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/);
    assert.match(html, /<figure><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(html, /@media print/);
    assert.ok(html.includes(escapeHtml('<b>not bold</b>')) && !html.includes('<b>not bold</b>'));
  });

  it('links to headings written in German, umlauts and all, as GitHub slugs them', () => {
    const german = translatorFor(JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'l10n', 'bundle.l10n.de.json'), 'utf8')) as Record<string, string>, 'de');
    const germanNotes = notes.map((note, index) => ({ ...note, text: renderReflectionMarkdown(note.reflection, DEFAULT_QUESTIONNAIRE, notes[index - 1]?.reflection ?? null, german) }));
    const germanMarkdown = renderPacketMarkdown(buildPacket(germanNotes, range, DEFAULT_QUESTIONNAIRE, moments, null, day('2026-10-15'), german), 'packet.svg', german);
    const anchors = [...germanMarkdown.matchAll(/\]\(\.\.\/([^#)]+)#([^)]+)\)/g)];
    assert.ok(anchors.some((match) => /%C3%|[äöüß]/i.test(match[2]!)), 'some heading has an umlaut, so the test means something');
    for (const [, file, anchor] of anchors) {
      const note = germanNotes.find((entry) => entry.fileName === decodeURIComponent(file!))!;
      assert.ok(slugsOf(note.text).includes(decodeURIComponent(anchor!)), `${file}#${anchor} is a heading of the German note`);
    }
  });
});
