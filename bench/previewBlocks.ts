/**
 * Rendering a note with three `lead-review` blocks over 520 notes, against rendering the same
 * note with the blocks as plain code: markdown-it configured as VS Code's preview configures it.
 */
import MarkdownIt from 'markdown-it';
import { renderBlock, type BlockData } from '../src/core/previewBlock/blockRender';
import { readBlock } from '../src/core/previewBlock/blockSpec';
import { leadReviewBlocks } from '../src/core/previewBlock/fencePlugin';
import { BlockCache } from '../src/core/previewBlock/blockCache';
import { toHistoryPoint } from '../src/core/report/history';
import { addDays } from '../src/core/time/localDate';
import { english } from '../src/core/util/l10n';
import { day, generateNote } from '../test/support/notes';
import { DEFAULT_QUESTIONNAIRE } from '../test/support/questionnaire';
import { median, timed, type Figure } from './stats';

const ROUNDS = 25;
const NOTES = 520;

function note(info: string): string {
  const block = (show: string): string[] => [`\`\`\`${info}`, `show: ${show}`, 'range: last 520 weeks', '```', ''];
  return ['# 1:1 with my manager', '', '- Hiring plan', '- Where my time went', '', ...block('chart'), ...block('leans'), ...block('patterns'), 'Next time: the roadmap.', ''].join('\n');
}

export async function measurePreviewBlocks(): Promise<Figure[]> {
  const today = day('2026-11-27');
  const points = Array.from({ length: NOTES }, (_, index) => {
    const generated = generateNote(addDays(today, -7 * (NOTES - 1 - index)), 1 + (index % 4), 3 - (index % 3));
    return toHistoryPoint({ fileName: generated.fileName, sequence: 1, reflection: generated.reflection });
  });
  const data: BlockData = {
    points,
    dimensions: DEFAULT_QUESTIONNAIRE.dimensions.map(({ id, title }) => ({ id, title })),
    areas: DEFAULT_QUESTIONNAIRE.allocation.map(({ id, label }) => ({ id, label })),
    leanBands: DEFAULT_QUESTIONNAIRE.bands['tech-lead']!.lean,
    roleName: 'tech lead',
    today,
    fiscalYearStart: 1,
  };
  const plain = new MarkdownIt({ html: true, linkify: true });
  // As the extension draws them: each snapshot of the notes keeps the blocks drawn from it.
  let snapshot = { data };
  const cache = new BlockCache<{ data: BlockData }>();
  const withBlocks = leadReviewBlocks(new MarkdownIt({ html: true, linkify: true }), (body, index) =>
    cache.get(snapshot, `${body}\u0000${index}`, () => {
      const read = readBlock(body, english);
      return read.ok ? renderBlock(read.spec, snapshot.data, `lead-review-${index}`, english) : '';
    }),
  );
  const [blockNote, plainNote] = [note('lead-review'), note('yaml')];
  const typing: number[] = [];
  const changed: number[] = [];
  const alone: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    alone.push(await timed(() => plain.render(plainNote)));
    typing.push(await timed(() => withBlocks.render(blockNote)));
    // A new snapshot, as after a note is written: every block is drawn again.
    snapshot = { data };
    changed.push(await timed(() => withBlocks.render(blockNote)));
  }
  const baseline = { name: 'the same note, blocks as plain code', value: median(alone) };
  return [
    { name: `Rendering a note with three lead-review blocks over ${NOTES} notes, while typing in it`, value: median(typing), unit: 'ms', baseline, target: '≤ 3×' },
    { name: `The same, right after the notes changed (every block drawn again)`, value: median(changed), unit: 'ms', baseline },
  ];
}
