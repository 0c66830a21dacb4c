import type { Draft } from '../core/draft';
import type { Questionnaire } from '../core/questionnaire';
import { scoreDraft } from '../core/scoring';
import { h } from './dom';

/** The live stance preview at the top of the form. Both poles share one neutral look: neither is "better". */
export function renderPreview(container: HTMLElement, draft: Draft, questionnaire: Questionnaire): void {
  const scores = scoreDraft(draft, questionnaire);
  const stance = scores.stance ?? 'answer a leading and a managing item to see your stance';
  container.replaceChildren(
    h('p', { class: 'stance', 'data-testid': 'stance' }, capitalise(stance)),
    bar('Leading', scores.leading),
    bar('Managing', scores.managing),
    h('p', { class: 'answered' }, `${scores.answered} of ${scores.total} behaviours answered`),
  );
}

function bar(label: string, value: number | null): HTMLElement {
  const shown = value === null ? '–' : String(value);
  const meter = h('div', {
    class: 'meter',
    role: 'meter',
    'aria-label': `${label} index`,
    'aria-valuemin': '0',
    'aria-valuemax': '100',
    'aria-valuenow': value === null ? undefined : String(value),
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
