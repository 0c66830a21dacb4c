import { renderFrontMatter } from './frontMatter';
import type { Questionnaire } from './questionnaire';
import type { Reflection } from './reflection';
import { isLeadingWithoutTitle, leaningFor } from './scoring';

const TITLE_CONTEXT_WORDS: Readonly<Record<Reflection['titleContext'], string>> = {
  manager: 'a management title',
  lead: 'a lead title',
  none: 'no management title',
};

/** The note as it lands in the repo: front matter for machines, a body that reads well on GitHub. */
export function renderReflectionMarkdown(reflection: Reflection, questionnaire: Questionnaire): string {
  return [renderFrontMatter(reflection), ...renderBody(reflection, questionnaire)].join('\n');
}

function renderBody(reflection: Reflection, questionnaire: Questionnaire): string[] {
  const { scores } = reflection;
  const energy = questionnaire.energy.find((choice) => choice.value === reflection.energy)?.label ?? String(reflection.energy);
  const lines = [
    `# Lead review ${reflection.period}`,
    '',
    `**${capitalise(scores.stance)}**: leading ${scores.leading}, managing ${scores.managing} (out of 100). ` +
      `${scores.answered} of ${scores.total} behaviours answered. Energy: ${energy} (${reflection.energy}/5). ` +
      `Written ${reflection.date} with ${TITLE_CONTEXT_WORDS[reflection.titleContext]}.`,
    '',
  ];
  if (isLeadingWithoutTitle(reflection.titleContext, scores.leading)) {
    lines.push('> **Leading without a title.** Much of this period was leading, with no management title behind it.', '');
  }
  lines.push('## The seven contrasts', '', '| Contrast | Leading | Managing | Lean |', '| --- | ---: | ---: | --- |');
  for (const dimension of questionnaire.dimensions) {
    const score = scores.dimensions[dimension.id];
    lines.push(
      `| ${escapeTableCell(dimension.title)} | ${formatScore(score?.leading)} | ${formatScore(score?.managing)} | ${formatLean(score?.lean)} |`,
    );
  }
  lines.push('', 'Leading and managing are scored 0–4 for how often they happened. The lean is leading minus managing.', '');
  lines.push('## Time allocation', '', '| Area | Share |', '| --- | ---: |');
  for (const bucket of questionnaire.allocation) {
    lines.push(`| ${escapeTableCell(bucket.label)} | ${reflection.allocation[bucket.id] ?? 0}% |`);
  }
  lines.push('');
  for (const prompt of questionnaire.prompts) {
    lines.push(`## ${escapeInline(prompt.label)}`, '', quoteUserText(reflection.notes[prompt.id] ?? ''), '');
  }
  return lines;
}

/**
 * Shows the person's text as a block quote that Markdown cannot reinterpret: no headings,
 * rules, tables, lists, HTML or code spans sneak out of it. The exact text lives in the front matter.
 */
export function quoteUserText(text: string): string {
  if (text.trim() === '') {
    return '_No answer._';
  }
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${escapeLineStart(escapeInline(line))}`))
    .join('\n');
}

function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~&]/g, (character) => `\\${character}`);
}

function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)([-+=])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

function escapeTableCell(text: string): string {
  return escapeInline(text).replace(/\r?\n/g, ' ');
}

function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : String(value);
}

function formatLean(lean: number | null | undefined): string {
  if (lean === null || lean === undefined) {
    return 'not answered';
  }
  const signed = lean > 0 ? `+${lean}` : lean < 0 ? `−${Math.abs(lean)}` : '0';
  return `${leaningFor(lean)} (${signed})`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
