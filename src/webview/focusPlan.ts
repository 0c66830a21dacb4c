import { FOCUS_IF_ID, FOCUS_PROMPT_ID, FOCUS_THEN_ID } from '../core/note/focusPlan';
import type { Prompt } from '../core/questionnaire/questionnaire';
import { h } from './dom';
import { freeTextBox } from './freeText';
import { t } from './l10n';

/**
 * One prompt's boxes. The focus, in a full week, offers an if-then plan in two lines above its
 * free-text box; either may be used. A quick week keeps the single box, so it asks no more.
 */
export function promptBoxes(prompt: Prompt, notes: Readonly<Record<string, string>>, isPrivate: boolean, withPlan: boolean, setNote: (id: string, text: string) => void): HTMLElement {
  const planned = prompt.id === FOCUS_PROMPT_ID && withPlan;
  // Under the plan, the free-text box is the other way to write the same focus; the legend names it.
  const box = freeTextBox(planned ? { ...prompt, label: t('Or in your own words') } : prompt, notes[prompt.id] ?? '', isPrivate, (text) => setNote(prompt.id, text));
  if (!planned) {
    return box;
  }
  const line = (id: string, label: string, placeholder: string): HTMLElement => {
    const inputId = `prompt-${id.replace('.', '-')}`;
    const input = h('input', { type: 'text', id: inputId, name: inputId, placeholder, autocomplete: isPrivate ? 'off' : undefined });
    input.value = notes[id] ?? '';
    input.addEventListener('input', () => setNote(id, input.value));
    return h('div', { class: 'plan-line' }, h('label', { for: inputId }, label), input);
  };
  return h(
    'fieldset',
    { class: 'focus-plan' },
    h('legend', {}, prompt.label),
    h('p', { class: 'hint', id: 'focus-plan-hint' }, t('As an if-then plan, or in your own words below, or both.')),
    line(FOCUS_IF_ID, t('If / when …'), t('the design review slips again')),
    line(FOCUS_THEN_ID, t('then I will …'), t('pair with Sam on the RFC first thing')),
    box,
  );
}
