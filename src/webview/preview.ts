import { describeLeanOutside, describeShareOutside, evaluateBands, formatLeanBand, formatShareBand, roleName } from '../core/scoring/bands';
import type { Draft } from '../core/note/draft';
import type { Questionnaire, Role } from '../core/questionnaire/questionnaire';
import { capitalise } from '../core/util/format';
import { scoreDraft, stanceLabel } from '../core/scoring/scoring';
import { t } from './l10n';
import { h } from './dom';

/**
 * The stance preview at the top of the form, and the band details under the form. Both poles
 * share one neutral look: neither is "better". Returns the stance in one sentence, for the
 * announcer, which speaks only when that sentence changes.
 */
export function renderPreview(container: HTMLElement, bandsSlot: HTMLElement, draft: Draft, questionnaire: Questionnaire, role: Role): string {
  const scores = scoreDraft(draft, questionnaire);
  const stance = scores.stance ? stanceLabel(scores.stance, t) : t('answer a leading and a managing item to see your stance');
  const outside = outsideBands(draft, questionnaire, role, Object.fromEntries(scores.dimensions.map((dimension) => [dimension.id, dimension.lean])));
  const roleWords = roleName(role, t);
  container.replaceChildren(
    h('p', { class: 'stance', 'data-testid': 'stance' }, capitalise(stance)),
    bar(t('Leading'), t('Leading index'), scores.leading),
    bar(t('Managing'), t('Managing index'), scores.managing),
    h(
      'p',
      { class: 'answered' },
      t('{0} of {1} behaviours answered', scores.answered, scores.total),
      outside ? ` · ${outside.length === 0 ? t('inside the usual {0} bands', roleWords) : t('{0} outside the usual {1} bands', outside.length, roleWords)}` : '',
    ),
  );
  bandsSlot.replaceChildren(
    ...(outside
      ? [
          h(
            'section',
            { class: 'block bands', 'data-testid': 'bands' },
            h('h2', {}, t('Against the {0} bands', roleWords)),
            h('p', { class: 'hint' }, t("Where a {0}'s period usually falls: information, not a target. Change the role in the leadReview.role setting.", roleWords)),
            outside.length === 0 ? h('p', {}, t('Everything answered so far is inside.')) : h('ul', {}, ...outside.map((entry) => h('li', {}, entry))),
          ),
        ]
      : []),
  );
  return scores.stance === null ? t('No stance yet.') : t('{0}. Leading {1}, managing {2}.', capitalise(stance), scores.leading ?? 0, scores.managing ?? 0);
}

/** What falls outside the role's bands so far, or `null` when there are no bands to compare with. */
function outsideBands(draft: Draft, questionnaire: Questionnaire, role: Role, leans: Record<string, number | null>): string[] | null {
  const report = evaluateBands(questionnaire, role, leans, draft.allocation);
  if (!report || report.lean.length + report.allocation.length === 0) {
    return null;
  }
  return [
    ...report.lean.filter((check) => check.position !== 'inside').map((check) => `${check.label}: ${describeLeanOutside(check, t)} (${formatLeanBand(check.band, t)})`),
    ...report.allocation.filter((check) => check.position !== 'inside').map((check) => `${check.label}: ${describeShareOutside(check, t)} (${formatShareBand(check.band)})`),
  ];
}

function bar(label: string, name: string, value: number | null): HTMLElement {
  const shown = value === null ? '–' : String(value);
  const meter = h('div', {
    class: 'meter',
    role: 'meter',
    'aria-label': name,
    'aria-valuemin': '0',
    'aria-valuemax': '100',
    // A meter must have a value; with none yet, its text says so.
    'aria-valuenow': String(value ?? 0),
    'aria-valuetext': value === null ? t('not answered yet') : t('{0} out of 100', value),
  });
  const fill = h('div', { class: 'meter-fill' });
  fill.style.width = `${value ?? 0}%`;
  meter.append(fill);
  return h('div', { class: 'meter-row' }, h('span', { class: 'meter-label' }, label), meter, h('span', { class: 'meter-value' }, shown));
}
