import { allocationTotal, ALLOCATION_TOTAL, MAX_NOTE_LENGTH, type Draft } from '../core/draft';
import { formatShareBand, ROLE_NAMES } from '../core/bands';
import type { BehaviourItem, Choice, Dimension, Questionnaire, Role, TitleContext } from '../core/questionnaire';
import { h } from './dom';

/** Where the form reads the current draft and puts every edit: the whole new draft each time. */
export interface DraftAccess {
  get(): Draft;
  set(draft: Draft): void;
}

/**
 * One scrolling form, built once per questionnaire. Every control is a native input with a
 * label, so Tab, the arrow keys and screen readers work without extra code.
 */
export function renderForm(questionnaire: Questionnaire, role: Role, access: DraftAccess): HTMLFormElement {
  const draft = access.get();
  const update = (change: Partial<Draft>): void => access.set({ ...access.get(), ...change });
  const form = h('form', { class: 'questionnaire', 'aria-label': questionnaire.title, novalidate: true });
  form.addEventListener('submit', (event) => event.preventDefault());

  form.append(
    section(
      'Your role',
      null,
      radioGroup(
        'titleContext',
        'Do you hold a management title?',
        questionnaire.titleContext,
        draft.titleContext,
        (value) => update({ titleContext: value as TitleContext }),
        'wide',
      ),
    ),
  );

  const scaleHint = questionnaire.scale.map((choice) => `${choice.value} ${choice.label.toLowerCase()}`).join(' · ');
  form.append(
    section(
      'How often did you…',
      `This period: ${scaleHint}. Skip what does not apply; it counts as unanswered, not as zero.`,
      ...questionnaire.dimensions.map((dimension) =>
        dimensionBlock(dimension, questionnaire.scale, draft, (itemId, value) =>
          update({ answers: { ...access.get().answers, [itemId]: value } }),
        ),
      ),
    ),
  );

  form.append(
    section(
      'Where the time went',
      `Shares of the period, adding up to ${ALLOCATION_TOTAL}%.`,
      allocationBlock(questionnaire, role, draft, (bucketId, share) => {
        const allocation = { ...access.get().allocation };
        if (share === null) {
          delete allocation[bucketId];
        } else {
          allocation[bucketId] = share;
        }
        update({ allocation });
        return access.get();
      }),
    ),
  );

  form.append(
    section(
      'Energy',
      null,
      radioGroup('energy', 'How did the period feel?', questionnaire.energy, draft.energy, (value) =>
        update({ energy: Number(value) }),
      ),
    ),
  );

  form.append(
    section(
      'In your own words',
      'Optional. Saved as you type.',
      ...questionnaire.prompts.map((prompt) => {
        const id = `prompt-${prompt.id}`;
        const area = h('textarea', { id, name: id, rows: '3', maxlength: String(MAX_NOTE_LENGTH), placeholder: prompt.placeholder });
        area.value = draft.notes[prompt.id] ?? '';
        area.addEventListener('input', () => update({ notes: { ...access.get().notes, [prompt.id]: area.value } }));
        return h('div', { class: 'prompt' }, h('label', { for: id }, prompt.label), area);
      }),
    ),
  );
  return form;
}

function section(title: string, hint: string | null, ...content: Node[]): HTMLElement {
  return h('section', { class: 'block' }, h('h2', {}, title), hint ? h('p', { class: 'hint' }, hint) : null, ...content);
}

function dimensionBlock(
  dimension: Dimension,
  scale: readonly Choice<number>[],
  draft: Draft,
  onAnswer: (itemId: string, value: number) => void,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'dimension', 'data-dimension': dimension.id },
    h('legend', {}, dimension.title),
    h('p', { class: 'hint' }, dimension.summary),
    ...dimension.items.map((item) => itemBlock(item, scale, draft.answers[item.id] ?? null, onAnswer)),
  );
}

function itemBlock(
  item: BehaviourItem,
  scale: readonly Choice<number>[],
  value: number | null,
  onAnswer: (itemId: string, value: number) => void,
): HTMLElement {
  const pole = item.pole === 'leading' ? 'Leading' : 'Managing';
  const chosen = h('span', { class: 'chosen', 'aria-hidden': 'true' }, scaleLabel(scale, value));
  const group = radioGroup(`item-${item.id}`, `${pole}: ${item.text}`, scale, value, (raw) => {
    const answer = Number(raw);
    chosen.textContent = scaleLabel(scale, answer);
    onAnswer(item.id, answer);
  }, 'scale');
  return h(
    'div',
    { class: 'item', 'data-item': item.id },
    h('p', { class: 'item-text', id: `text-${item.id}` }, h('span', { class: 'pole' }, pole), ' ', item.text),
    group,
    chosen,
  );
}

function scaleLabel(scale: readonly Choice<number>[], value: number | null): string {
  return value === null ? 'Not answered' : scale.find((choice) => choice.value === value)?.label ?? '';
}

/**
 * A native radio group: one Tab stop, arrow keys move the choice. The numbers are the visible
 * face, the words are the accessible names.
 */
export function radioGroup<T extends string | number>(
  name: string,
  label: string,
  choices: readonly Choice<T>[],
  value: T | null,
  onChange: (value: string) => void,
  variant: 'scale' | 'wide' = 'scale',
): HTMLElement {
  const group = h('div', { class: `choices ${variant}`, role: 'radiogroup', 'aria-label': label });
  for (const choice of choices) {
    const id = `${name}-${choice.value}`;
    const input = h('input', {
      type: 'radio',
      id,
      name,
      value: String(choice.value),
      checked: choice.value === value,
      'aria-label': variant === 'scale' ? `${choice.value}, ${choice.label}` : choice.label,
    });
    input.addEventListener('change', () => onChange(input.value));
    group.append(
      h(
        'label',
        { for: id, title: choice.label, class: 'choice' },
        input,
        h('span', { 'aria-hidden': 'true' }, variant === 'scale' ? String(choice.value) : choice.label),
      ),
    );
  }
  return group;
}

function allocationBlock(
  questionnaire: Questionnaire,
  role: Role,
  draft: Draft,
  onShare: (bucketId: string, share: number | null) => Draft,
): HTMLElement {
  const remaining = h('p', { class: 'remaining', role: 'status', 'aria-live': 'polite' });
  const showRemaining = (current: Draft): void => {
    const left = ALLOCATION_TOTAL - allocationTotal(current);
    remaining.textContent =
      left === 0 ? 'All 100% allocated.' : left > 0 ? `${left}% left to allocate.` : `${-left}% over: take some away.`;
    remaining.classList.toggle('off', left !== 0);
  };
  showRemaining(draft);
  const rows = questionnaire.allocation.map((bucket) => {
    const id = `allocation-${bucket.id}`;
    const input = h('input', { type: 'number', id, name: id, min: '0', max: '100', step: '5', inputmode: 'numeric' });
    const share = draft.allocation[bucket.id];
    input.value = share === undefined ? '' : String(share);
    input.addEventListener('input', () => {
      const parsed = input.value.trim() === '' ? null : Math.round(Number(input.value));
      const valid = parsed === null || (Number.isFinite(parsed) && parsed >= 0 && parsed <= ALLOCATION_TOTAL);
      input.setAttribute('aria-invalid', String(!valid));
      if (valid) {
        showRemaining(onShare(bucket.id, parsed));
      }
    });
    const band = questionnaire.bands[role]?.allocation[bucket.id];
    const label = h('label', { for: id }, bucket.label, band ? h('span', { class: 'band-hint' }, ` usual for a ${ROLE_NAMES[role]}: ${formatShareBand(band)}`) : null);
    return h('div', { class: 'allocation-row' }, label, h('span', { class: 'percent' }, input, '%'));
  });
  return h('div', { class: 'allocation' }, ...rows, remaining);
}
