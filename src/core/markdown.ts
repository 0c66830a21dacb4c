import { describeLeanCheck, describeShareCheck, evaluateBands, formatLeanBand, formatShareBand, ROLE_NAMES } from './bands';
import { capitalise, directionOf, formatSigned } from './format';
import { renderFrontMatter } from './frontMatter';
import { shiftBetween } from './history';
import type { Questionnaire } from './questionnaire';
import { questionnaireAsAsked, type Reflection } from './reflection';
import type { PrivateTextRecord } from './privateText';
import { markdownInline, markdownQuote } from './markdownText';
import { isLeadingWithoutTitle, leaningFor } from './scoring';

const TITLE_CONTEXT_WORDS: Readonly<Record<Reflection['titleContext'], string>> = {
  manager: 'a management title',
  lead: 'a lead title',
  none: 'no management title',
};

const FOLLOW_THROUGH_WORDS = { yes: 'Yes.', partly: 'Partly.', no: 'No.' } as const;

/**
 * The note as it lands in the repo: front matter for machines, a body that reads well on GitHub.
 * `previous` is the note it is compared with under "Since last time".
 */
export function renderReflectionMarkdown(reflection: Reflection, questionnaire: Questionnaire, previous: Reflection | null = null): string {
  return [renderFrontMatter(reflection), ...renderBody(reflection, questionnaire, previous)].join('\n');
}

function renderBody(reflection: Reflection, fullQuestionnaire: Questionnaire, previous: Reflection | null): string[] {
  const { scores } = reflection;
  const questionnaire = questionnaireAsAsked(fullQuestionnaire, reflection);
  const energy = questionnaire.energy.find((choice) => choice.value === reflection.energy)?.label ?? String(reflection.energy);
  const lines = [
    `# Lead review ${reflection.period}`,
    '',
    `**${capitalise(scores.stance)}**: leading ${scores.leading}, managing ${scores.managing} (out of 100). ` +
      `${scores.answered} of ${scores.total} behaviours answered. Energy: ${markdownInline(energy)} (${reflection.energy}/5). ` +
      `Written ${reflection.date} with ${TITLE_CONTEXT_WORDS[reflection.titleContext]}.`,
    '',
  ];
  if (isLeadingWithoutTitle(reflection.titleContext, scores.leading)) {
    lines.push('> **Leading without a title.** Much of this period was leading, with no management title behind it.', '');
  }
  lines.push(...renderQuickCheckIn(reflection, fullQuestionnaire, questionnaire));
  lines.push(...renderSinceLastTime(reflection, fullQuestionnaire, previous));
  lines.push(`## ${reflection.checkIn ? 'The contrasts asked' : 'The seven contrasts'}`, '', '| Contrast | Leading | Managing | Lean |', '| --- | ---: | ---: | --- |');
  for (const dimension of questionnaire.dimensions) {
    const score = scores.dimensions[dimension.id];
    lines.push(
      `| ${markdownInline(dimension.title, 'tableCell')} | ${formatScore(score?.leading)} | ${formatScore(score?.managing)} | ${formatLean(score?.lean)} |`,
    );
  }
  lines.push('', 'Leading and managing are scored 0–4 for how often they happened. The lean is leading minus managing.', '');
  if (questionnaire.allocation.length === 0) {
    lines.push('## Time allocation', '', 'Not asked this week.', '');
  } else {
    lines.push('## Time allocation', '', '| Area | Share |', '| --- | ---: |');
    for (const bucket of questionnaire.allocation) {
      lines.push(`| ${markdownInline(bucket.label, 'tableCell')} | ${reflection.allocation[bucket.id] ?? 0}% |`);
    }
    lines.push('');
  }
  lines.push(...renderBands(reflection, questionnaire));
  for (const prompt of questionnaire.prompts) {
    lines.push(`## ${markdownInline(prompt.label)}`, '', freeText(reflection, prompt.id), '');
  }
  return lines;
}

function freeText(reflection: Reflection, promptId: string): string {
  const kept = reflection.privateText;
  return kept?.prompts.includes(promptId) ? privateTextLine(kept) : markdownQuote(reflection.notes[promptId] ?? '');
}

function privateTextLine(kept: PrivateTextRecord): string {
  return kept.storage === 'encrypted'
    ? '_Private text, encrypted. **Lead Review: Read Private Text** opens it with your passphrase._'
    : `_Private text, kept on the writer's machine in \`${kept.file}\`, which git ignores._`;
}

function renderQuickCheckIn(reflection: Reflection, fullQuestionnaire: Questionnaire, asked: Questionnaire): string[] {
  if (!reflection.checkIn) {
    return [];
  }
  const askedIds = new Set(asked.dimensions.map((dimension) => dimension.id));
  const titles = (dimensions: readonly { title: string }[]): string => dimensions.map((dimension) => markdownInline(dimension.title)).join(', ');
  const notAsked = fullQuestionnaire.dimensions.filter((dimension) => !askedIds.has(dimension.id));
  return [
    `**Quick check-in.** Asked: ${titles(asked.dimensions)}.${notAsked.length > 0 ? ` Not asked this week: ${titles(notAsked)}.` : ''}`,
    '',
  ];
}

function renderSinceLastTime(reflection: Reflection, questionnaire: Questionnaire, previous: Reflection | null): string[] {
  if (!previous && !reflection.followThrough) {
    return [];
  }
  const lines = ['## Since last time', ''];
  if (previous) {
    const shift = shiftBetween(previous, reflection);
    const { scores } = reflection;
    let summary =
      `Compared with ${previous.period}: leading ${formatSigned(shift.leading)} (${previous.scores.leading} → ${scores.leading}), ` +
      `managing ${formatSigned(shift.managing)} (${previous.scores.managing} → ${scores.managing}).`;
    if (shift.movedMost) {
      const { dimension, from, to } = shift.movedMost;
      const title = questionnaire.dimensions.find((entry) => entry.id === dimension)?.title ?? dimension;
      summary += ` Moved most: ${markdownInline(title)}, lean ${formatSigned(from)} → ${formatSigned(to)} (${directionOf(from, to)}).`;
    }
    lines.push(summary, '');
  }
  const followThrough = reflection.followThrough;
  if (followThrough) {
    // An empty focus is one that is private text in its own note.
    lines.push(`Focus set for ${followThrough.period}:`, '', followThrough.focus === '' ? '_Private text, in that period\'s note._' : markdownQuote(followThrough.focus), '');
    lines.push(`Did I follow through? ${followThrough.answer ? `**${FOLLOW_THROUGH_WORDS[followThrough.answer]}**` : '_Not answered._'}`, '');
  }
  return lines;
}

function renderBands(reflection: Reflection, questionnaire: Questionnaire): string[] {
  if (!reflection.bands) {
    return [];
  }
  const leans = Object.fromEntries(Object.entries(reflection.scores.dimensions).map(([id, score]) => [id, score.lean]));
  const report = evaluateBands(questionnaire, reflection.bands.role, leans, reflection.allocation);
  if (!report || (report.lean.length === 0 && report.allocation.length === 0)) {
    return [];
  }
  const role = ROLE_NAMES[report.role];
  const lines = [`## Against the ${role} bands`, '', `Where a ${role}'s period usually falls. Information, not a target to hit.`, ''];
  if (report.lean.length > 0) {
    lines.push('| Contrast | Lean | Band | Where |', '| --- | ---: | ---: | --- |');
    for (const check of report.lean) {
      lines.push(`| ${markdownInline(check.label, 'tableCell')} | ${formatSigned(check.value)} | ${formatLeanBand(check.band)} | ${describeLeanCheck(check)} |`);
    }
    lines.push('');
  }
  if (report.allocation.length > 0) {
    lines.push('| Area | Share | Band | Where |', '| --- | ---: | ---: | --- |');
    for (const check of report.allocation) {
      lines.push(`| ${markdownInline(check.label, 'tableCell')} | ${check.value}% | ${formatShareBand(check.band)} | ${describeShareCheck(check)} |`);
    }
    lines.push('');
  }
  for (const [id, streak] of Object.entries(reflection.bands.outside)) {
    if (streak >= 2) {
      const title = questionnaire.dimensions.find((dimension) => dimension.id === id)?.title ?? id;
      lines.push(`- ${markdownInline(title)} has been outside the ${role} band for ${streak} periods in a row.`);
    }
  }
  if (Object.values(reflection.bands.outside).some((streak) => streak >= 2)) {
    lines.push('');
  }
  return lines;
}

function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : String(value);
}

function formatLean(lean: number | null | undefined): string {
  return lean === null || lean === undefined ? 'not answered' : `${leaningFor(lean)} (${formatSigned(lean)})`;
}
