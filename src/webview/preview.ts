import { describeLeanCheck, describeShareCheck, evaluateBands, formatLeanBand, formatShareBand, ROLE_NAMES } from '../core/bands';
import type { Draft } from '../core/draft';
import type { Questionnaire, Role } from '../core/questionnaire';
import { scoreDraft } from '../core/scoring';
import { h } from './dom';

/**
 * The stance preview at the top of the form, and the band details under the form. Both poles
 * share one neutral look: neither is "better". Returns the stance in one sentence, for the
 * announcer, which speaks only when that sentence changes.
 */
export function renderPreview(container: HTMLElement, bandsSlot: HTMLElement, draft: Draft, questionnaire: Questionnaire, role: Role): string {
  const scores = scoreDraft(draft, questionnaire);
  const stance = scores.stance ?? 'answer a leading and a managing item to see your stance';
  const outside = outsideBands(draft, questionnaire, role, Object.fromEntries(scores.dimensions.map((dimension) => [dimension.id, dimension.lean])));
  const who = `${ROLE_NAMES[role]} bands`;
  container.replaceChildren(
    h('p', { class: 'stance', 'data-testid': 'stance' }, capitalise(stance)),
    bar('Leading', scores.leading),
    bar('Managing', scores.managing),
    h(
      'p',
      { class: 'answered' },
      `${scores.answered} of ${scores.total} behaviours answered`,
      outside ? ` · ${outside.length === 0 ? `inside the usual ${who}` : `${outside.length} outside the usual ${who}`}` : '',
    ),
  );
  bandsSlot.replaceChildren(
    ...(outside
      ? [
          h(
            'section',
            { class: 'block bands', 'data-testid': 'bands' },
            h('h2', {}, `Against the ${who}`),
            h('p', { class: 'hint' }, `Where a ${ROLE_NAMES[role]}'s period usually falls: information, not a target. Change the role in the leadReview.role setting.`),
            outside.length === 0 ? h('p', {}, 'Everything answered so far is inside.') : h('ul', {}, ...outside.map((entry) => h('li', {}, entry))),
          ),
        ]
      : []),
  );
  return scores.stance === null ? 'No stance yet.' : `${capitalise(scores.stance)}. Leading ${scores.leading}, managing ${scores.managing}.`;
}

/** What falls outside the role's bands so far, or `null` when there are no bands to compare with. */
function outsideBands(draft: Draft, questionnaire: Questionnaire, role: Role, leans: Record<string, number | null>): string[] | null {
  const report = evaluateBands(questionnaire, role, leans, draft.allocation);
  if (!report || report.lean.length + report.allocation.length === 0) {
    return null;
  }
  return [
    ...report.lean.filter((check) => check.position !== 'inside').map((check) => `${check.label}: ${describeLeanCheck(check).replace('outside: ', '')} (${formatLeanBand(check.band)})`),
    ...report.allocation.filter((check) => check.position !== 'inside').map((check) => `${check.label}: ${describeShareCheck(check).replace('outside: ', '')} (${formatShareBand(check.band)})`),
  ];
}

function bar(label: string, value: number | null): HTMLElement {
  const shown = value === null ? '–' : String(value);
  const meter = h('div', {
    class: 'meter',
    role: 'meter',
    'aria-label': `${label} index`,
    'aria-valuemin': '0',
    'aria-valuemax': '100',
    // A meter must have a value; with none yet, its text says so.
    'aria-valuenow': String(value ?? 0),
    'aria-valuetext': value === null ? 'not answered yet' : `${value} out of 100`,
  });
  const fill = h('div', { class: 'meter-fill' });
  fill.style.width = `${value ?? 0}%`;
  meter.append(fill);
  return h('div', { class: 'meter-row' }, h('span', { class: 'meter-label' }, label), meter, h('span', { class: 'meter-value' }, shown));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
