import { DEFAULT_QUESTIONNAIRE } from './questionnaire';
import type { Draft } from '../../src/core/note/draft';

/** Free text that has broken Markdown notes elsewhere: every case must survive a round trip. */
export const HOSTILE_TEXTS: readonly string[] = [
  'a | pipe | table',
  'before\n---\nafter',
  '---',
  '<script>alert("x")</script>',
  '<!-- comment --> <b>bold</b> &amp;',
  '# not a heading',
  '```\ncode fence\n```',
  'back`tick` and \\backslash\\',
  'windows\r\nline\r\nends\r\n',
  'emoji 🚀 👩🏽‍💻 and ünïcödé',
  '- a list?\n1. numbered?\n> quoted?',
  '  leading and trailing spaces  ',
  "key: value\n'quotes' \"double\"",
  '...',
];

/** A complete draft whose answers vary by dimension, with hostile free text. */
export function completeDraft(overrides: Partial<Draft> = {}): Draft {
  const answers: Record<string, number> = {};
  DEFAULT_QUESTIONNAIRE.dimensions.forEach((dimension, index) => {
    for (const item of dimension.items) {
      answers[item.id] = item.pole === 'leading' ? (index + 1) % 5 : (index + 3) % 5;
    }
  });
  return {
    answers,
    allocation: { people: 30, process: 20, technical: 40, direction: 10 },
    energy: 4,
    titleContext: 'lead',
    followThrough: null,
    checkIn: null,
    notes: {
      led: 'Ran the | incident review\n---\n<script>alert(1)</script> 🚀',
      managed: '# not a heading',
      differently: 'Say no sooner.\r\nAnd `earlier`.',
      focus: 'Delegate the release train.',
    },
    ...overrides,
  };
}
