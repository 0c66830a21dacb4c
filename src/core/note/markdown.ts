import { describeLeanCheck, describeShareCheck, evaluateBands, formatLeanBand, formatShareBand, roleName } from '../scoring/bands';
import { capitalise, directionOf, formatSigned } from '../util/format';
import { renderFrontMatter } from './frontMatter';
import { shiftBetween } from '../report/history';
import { english, type Translate } from '../util/l10n';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { questionnaireAsAsked } from './reflection';
import type { PrivateTextRecord, Reflection } from './model';
import { markdownInline, markdownQuote } from './markdownText';
import { renderEvidence } from './evidenceMarkdown';
import { describePlan, FOCUS_PROMPT_ID, isFocusId, planIn } from './focusPlan';
import { isLeadingWithoutTitle, leanLabel, stanceLabel } from '../scoring/scoring';

function titleContextWords(titleContext: Reflection['titleContext'], t: Translate): string {
  switch (titleContext) {
    case 'manager':
      return t('a management title');
    case 'lead':
      return t('a lead title');
    case 'none':
      return t('no management title');
  }
}

function followThroughWords(answer: 'yes' | 'partly' | 'no', t: Translate): string {
  return answer === 'yes' ? t('Yes.') : answer === 'partly' ? t('Partly.') : t('No.');
}

/**
 * The note as it lands in the repo: front matter for machines, a body that reads well on GitHub,
 * in the writer's language (`t`). The front matter is the same in every language, so notes
 * written in different languages still make one history. `previous` is the note it is compared
 * with under "Since last time".
 */
export function renderReflectionMarkdown(reflection: Reflection, questionnaire: Questionnaire, previous: Reflection | null = null, t: Translate = english): string {
  return [renderFrontMatter(reflection), ...renderBody(reflection, questionnaire, previous, t)].join('\n');
}

function renderBody(reflection: Reflection, fullQuestionnaire: Questionnaire, previous: Reflection | null, t: Translate): string[] {
  const { scores } = reflection;
  const questionnaire = questionnaireAsAsked(fullQuestionnaire, reflection);
  const energy = questionnaire.energy.find((choice) => choice.value === reflection.energy)?.label ?? String(reflection.energy);
  const lines = [
    t('# Lead review {0}', reflection.period),
    '',
    t('**{0}**: leading {1}, managing {2} (out of 100).', capitalise(stanceLabel(scores.stance, t)), scores.leading, scores.managing) +
      ' ' +
      t('{0} of {1} behaviours answered.', scores.answered, scores.total) +
      ' ' +
      t('Energy: {0} ({1}/5).', markdownInline(energy), reflection.energy) +
      ' ' +
      t('Written {0} with {1}.', reflection.date, titleContextWords(reflection.titleContext, t)),
    '',
  ];
  if (isLeadingWithoutTitle(reflection.titleContext, scores.leading)) {
    lines.push(t('> **Leading without a title.** Much of this period was leading, with no management title behind it.'), '');
  }
  lines.push(...renderQuickCheckIn(reflection, fullQuestionnaire, questionnaire, t));
  lines.push(...renderSinceLastTime(reflection, fullQuestionnaire, previous, t));
  lines.push(
    reflection.checkIn ? t('## The contrasts asked') : t('## The seven contrasts'),
    '',
    t('| Contrast | Leading | Managing | Lean |'),
    '| --- | ---: | ---: | --- |',
  );
  for (const dimension of questionnaire.dimensions) {
    const score = scores.dimensions[dimension.id];
    lines.push(
      `| ${markdownInline(dimension.title, 'tableCell')} | ${formatScore(score?.leading)} | ${formatScore(score?.managing)} | ${formatLean(score?.lean, t)} |`,
    );
  }
  lines.push('', t('Leading and managing are scored 0–4 for how often they happened. The lean is leading minus managing.'), '');
  if (questionnaire.allocation.length === 0) {
    lines.push(t('## Time allocation'), '', t('Not asked this week.'), '');
  } else {
    lines.push(t('## Time allocation'), '', t('| Area | Share |'), '| --- | ---: |');
    for (const bucket of questionnaire.allocation) {
      lines.push(`| ${markdownInline(bucket.label, 'tableCell')} | ${reflection.allocation[bucket.id] ?? 0}% |`);
    }
    lines.push('');
  }
  lines.push(...renderBands(reflection, questionnaire, t), ...renderEvidence(reflection, questionnaire, t));
  for (const prompt of questionnaire.prompts) {
    lines.push(`## ${markdownInline(prompt.label)}`, '', ...planLines(reflection, prompt.id, t), freeText(reflection, prompt.id, t), '');
  }
  return lines;
}

function freeText(reflection: Reflection, promptId: string, t: Translate): string {
  const kept = reflection.privateText;
  if (kept && (kept.prompts.includes(promptId) || (promptId === FOCUS_PROMPT_ID && kept.prompts.some(isFocusId)))) {
    return privateTextLine(kept, t);
  }
  // A plan without free text beside it needs no "no answer" line.
  const text = reflection.notes[promptId] ?? '';
  return promptId === FOCUS_PROMPT_ID && text.trim() === '' && planIn(reflection.notes) ? '' : markdownQuote(text, t('_No answer._'));
}

/** The focus written as an if-then plan, above any free text. */
function planLines(reflection: Reflection, promptId: string, t: Translate): string[] {
  const plan = promptId === FOCUS_PROMPT_ID && !reflection.privateText ? planIn(reflection.notes) : null;
  return plan ? [markdownQuote(describePlan(plan, t)), ''] : [];
}

function privateTextLine(kept: PrivateTextRecord, t: Translate): string {
  return kept.storage === 'encrypted'
    ? t('_Private text, encrypted. **Lead Review: Read Private Text** opens it with your passphrase._')
    : t("_Private text, kept on the writer's machine in `{0}`, which git ignores._", kept.file);
}

function renderQuickCheckIn(reflection: Reflection, fullQuestionnaire: Questionnaire, asked: Questionnaire, t: Translate): string[] {
  if (!reflection.checkIn) {
    return [];
  }
  const askedIds = new Set(asked.dimensions.map((dimension) => dimension.id));
  const titles = (dimensions: readonly { title: string }[]): string => dimensions.map((dimension) => markdownInline(dimension.title)).join(', ');
  const notAsked = fullQuestionnaire.dimensions.filter((dimension) => !askedIds.has(dimension.id));
  return [t('**Quick check-in.** Asked: {0}.', titles(asked.dimensions)) + (notAsked.length > 0 ? ' ' + t('Not asked this week: {0}.', titles(notAsked)) : ''), ''];
}

function renderSinceLastTime(reflection: Reflection, questionnaire: Questionnaire, previous: Reflection | null, t: Translate): string[] {
  if (!previous && !reflection.followThrough) {
    return [];
  }
  const lines = [t('## Since last time'), ''];
  if (previous) {
    const shift = shiftBetween(previous, reflection);
    const { scores } = reflection;
    let summary = t(
      'Compared with {0}: leading {1} ({2} → {3}), managing {4} ({5} → {6}).',
      previous.period,
      formatSigned(shift.leading),
      previous.scores.leading,
      scores.leading,
      formatSigned(shift.managing),
      previous.scores.managing,
      scores.managing,
    );
    if (shift.movedMost) {
      const { dimension, from, to } = shift.movedMost;
      const title = questionnaire.dimensions.find((entry) => entry.id === dimension)?.title ?? dimension;
      summary += ' ' + t('Moved most: {0}, lean {1} → {2} ({3}).', markdownInline(title), formatSigned(from), formatSigned(to), directionOf(from, to, t));
    }
    lines.push(summary, '');
  }
  const followThrough = reflection.followThrough;
  if (followThrough) {
    // An empty focus is one that is private text in its own note.
    const quoted = [followThrough.plan ? describePlan(followThrough.plan, t) : '', followThrough.focus].filter((text) => text !== '').join('\n\n');
    lines.push(t('Focus set for {0}:', followThrough.period), '', quoted === '' ? t("_Private text, in that period's note._") : markdownQuote(quoted), '');
    lines.push(t('Did I follow through? {0}', followThrough.answer ? `**${followThroughWords(followThrough.answer, t)}**` : t('_Not answered._')), '');
  }
  return lines;
}

function renderBands(reflection: Reflection, questionnaire: Questionnaire, t: Translate): string[] {
  if (!reflection.bands) {
    return [];
  }
  const leans = Object.fromEntries(Object.entries(reflection.scores.dimensions).map(([id, score]) => [id, score.lean]));
  const report = evaluateBands(questionnaire, reflection.bands.role, leans, reflection.allocation);
  if (!report || (report.lean.length === 0 && report.allocation.length === 0)) {
    return [];
  }
  const role = roleName(report.role, t);
  const lines = [t('## Against the {0} bands', role), '', t("Where a {0}'s period usually falls. Information, not a target to hit.", role), ''];
  if (report.lean.length > 0) {
    lines.push(t('| Contrast | Lean | Band | Where |'), '| --- | ---: | ---: | --- |');
    for (const check of report.lean) {
      lines.push(`| ${markdownInline(check.label, 'tableCell')} | ${formatSigned(check.value)} | ${formatLeanBand(check.band, t)} | ${describeLeanCheck(check, t)} |`);
    }
    lines.push('');
  }
  if (report.allocation.length > 0) {
    lines.push(t('| Area | Share | Band | Where |'), '| --- | ---: | ---: | --- |');
    for (const check of report.allocation) {
      lines.push(`| ${markdownInline(check.label, 'tableCell')} | ${check.value}% | ${formatShareBand(check.band)} | ${describeShareCheck(check, t)} |`);
    }
    lines.push('');
  }
  for (const [id, streak] of Object.entries(reflection.bands.outside)) {
    if (streak >= 2) {
      const title = questionnaire.dimensions.find((dimension) => dimension.id === id)?.title ?? id;
      lines.push(t('- {0} has been outside the {1} band for {2} periods in a row.', markdownInline(title), role, streak));
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

function formatLean(lean: number | null | undefined, t: Translate): string {
  return lean === null || lean === undefined ? t('not answered') : `${leanLabel(lean, t)} (${formatSigned(lean)})`;
}
