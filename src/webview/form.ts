import { allocationTotal, ALLOCATION_TOTAL, MAX_NOTE_LENGTH, type Draft } from '../core/draft';
import { formatShareBand, ROLE_NAMES } from '../core/bands';
import { askedInQuickWeek, describeQuickReason, restrictToAsked, type QuickPlan } from '../core/checkIn';
import type { PrivateTextMode } from '../core/privateText';
import type { BehaviourItem, Choice, Dimension, Questionnaire, Role, TitleContext } from '../core/questionnaire';
import { h } from './dom';

const FREE_TEXT_HINTS: Readonly<Record<PrivateTextMode, string>> = {
  off: 'Optional. Saved as you type.',
  encrypted: 'Optional. Private: encrypted with your passphrase before it is written to the note.',
  local: 'Optional. Private: written to a git-ignored file beside the note, never committed.',
};

/** Where the form reads the current draft and puts every edit: the whole new draft each time. */
export interface DraftAccess {
  get(): Draft;
  set(draft: Draft): void;
}

/**
 * One scrolling form, built once per questionnaire. Every control is a native input with a
 * label, so Tab, the arrow keys and screen readers work without extra code. With a quick plan it
 * asks only the quick week's questions; time allocation is then folded away and optional.
 */
export function renderForm(questionnaire: Questionnaire, role: Role, access: DraftAccess, privateText: PrivateTextMode, quick: QuickPlan | null): HTMLFormElement {
  const draft = access.get();
  const update = (change: Partial<Draft>): void => access.set({ ...access.get(), ...change });
  const form = h('form', { class: 'questionnaire', 'aria-label': questionnaire.title, novalidate: true });
  form.addEventListener('submit', (event) => event.preventDefault());
  const asked = quick ? askedInQuickWeek(questionnaire, quick, draft) : null;
  const shown = asked ? restrictToAsked(questionnaire, { ...asked, allocation: true }) : questionnaire;

  const titleQuestion = (): HTMLElement =>
    radioGroup('titleContext', 'Do you hold a management title?', questionnaire.titleContext, access.get().titleContext, (value) => update({ titleContext: value as TitleContext }), 'wide');
  form.append(section('Your role', null, quick?.titleContext && draft.titleContext === null ? carriedTitle(questionnaire, quick.titleContext, titleQuestion) : titleQuestion()));

  const scaleHint = questionnaire.scale.map((choice) => `${choice.value} ${choice.label.toLowerCase()}`).join(' · ');
  const reasons = new Map(quick?.contrasts.map((pick) => [pick.dimension, describeQuickReason(pick.reason)]) ?? []);
  form.append(
    section(
      'How often did you…',
      `This period: ${scaleHint}. Skip what does not apply; it counts as unanswered, not as zero.`,
      ...shown.dimensions.map((dimension) =>
        dimensionBlock(dimension, questionnaire.scale, draft, quick ? reasons.get(dimension.id) ?? 'answered already' : null, (itemId, value) =>
          update({ answers: { ...access.get().answers, [itemId]: value } }),
        ),
      ),
    ),
  );

  const allocation = allocationBlock(questionnaire, role, draft, (bucketId, share) => {
    const shares = { ...access.get().allocation };
    if (share === null) {
      delete shares[bucketId];
    } else {
      shares[bucketId] = share;
    }
    update({ allocation: shares });
    return access.get();
  });
  if (quick) {
    const folded = h('details', { class: 'block optional', open: Object.keys(draft.allocation).length > 0 }, h('summary', {}, 'Where the time went (optional this week)'), h('p', { class: 'hint' }, `Left out of the note unless you fill it in. Shares add up to ${ALLOCATION_TOTAL}%.`), allocation);
    form.append(folded);
  } else {
    form.append(section('Where the time went', `Shares of the period, adding up to ${ALLOCATION_TOTAL}%.`, allocation));
  }

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
      FREE_TEXT_HINTS[privateText],
      ...shown.prompts.map((prompt) => {
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

/** A quick week keeps the last note's title context; one click opens the question. */
function carriedTitle(questionnaire: Questionnaire, carried: NonNullable<QuickPlan['titleContext']>, question: () => HTMLElement): HTMLElement {
  const label = questionnaire.titleContext.find((choice) => choice.value === carried.value)?.label ?? carried.value;
  const change = h('button', { type: 'button', class: 'link', id: 'change-title' }, 'Change');
  const line = h('p', { class: 'carried' }, `Title: ${label} (as in ${carried.period}). `, change);
  change.addEventListener('click', () => {
    const opened = question();
    line.replaceWith(opened);
    opened.querySelector('input')?.focus();
  });
  return line;
}

function section(title: string, hint: string | null, ...content: Node[]): HTMLElement {
  return h('section', { class: 'block' }, h('h2', {}, title), hint ? h('p', { class: 'hint' }, hint) : null, ...content);
}

function dimensionBlock(
  dimension: Dimension,
  scale: readonly Choice<number>[],
  draft: Draft,
  whyAsked: string | null,
  onAnswer: (itemId: string, value: number) => void,
): HTMLElement {
  return h(
    'fieldset',
    { class: 'dimension', 'data-dimension': dimension.id },
    h('legend', {}, dimension.title),
    whyAsked ? h('p', { class: 'why-asked' }, `Asked because: ${whyAsked}`) : null,
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
  const textId = `text-${item.id}`;
  const chosen = h('span', { class: 'chosen', 'aria-hidden': 'true' }, scaleLabel(scale, value));
  const group = radioGroup(`item-${item.id}`, { labelledBy: textId }, scale, value, (raw) => {
    const answer = Number(raw);
    chosen.textContent = scaleLabel(scale, answer);
    onAnswer(item.id, answer);
  }, 'scale');
  return h(
    'div',
    { class: 'item', 'data-item': item.id },
    h('p', { class: 'item-text', id: textId }, h('span', { class: 'pole' }, pole), ' ', item.text),
    group,
    chosen,
  );
}

function scaleLabel(scale: readonly Choice<number>[], value: number | null): string {
  return value === null ? 'Not answered' : scale.find((choice) => choice.value === value)?.label ?? '';
}

/**
 * A native radio group: one Tab stop, arrow keys move the choice. The numbers are the visible
 * face, the words are the accessible names. The group is named by `label`, or by the element
 * `labelledBy` names when the question is already on screen.
 */
export function radioGroup<T extends string | number>(
  name: string,
  label: string | { readonly labelledBy: string },
  choices: readonly Choice<T>[],
  value: T | null,
  onChange: (value: string) => void,
  variant: 'scale' | 'wide' = 'scale',
): HTMLElement {
  const naming = typeof label === 'string' ? { 'aria-label': label } : { 'aria-labelledby': label.labelledBy };
  const group = h('div', { class: `choices ${variant}`, role: 'radiogroup', ...naming });
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
  // Not a live region: every number box points to it, so it is read when a box gets focus.
  const remaining = h('p', { class: 'remaining', id: 'allocation-remaining' });
  const showRemaining = (current: Draft): void => {
    const left = ALLOCATION_TOTAL - allocationTotal(current);
    remaining.textContent =
      left === 0 ? 'All 100% allocated.' : left > 0 ? `${left}% left to allocate.` : `${-left}% over: take some away.`;
    remaining.classList.toggle('off', left !== 0);
  };
  showRemaining(draft);
  const rows = questionnaire.allocation.map((bucket) => {
    const id = `allocation-${bucket.id}`;
    const errorId = `${id}-error`;
    const input = h('input', { type: 'number', id, name: id, min: '0', max: '100', step: '5', inputmode: 'numeric', 'aria-describedby': 'allocation-remaining' });
    const error = h('p', { class: 'field-error', id: errorId, hidden: true }, `Enter a whole number from 0 to ${ALLOCATION_TOTAL}.`);
    const share = draft.allocation[bucket.id];
    input.value = share === undefined ? '' : String(share);
    input.addEventListener('input', () => {
      const parsed = input.value.trim() === '' ? null : Math.round(Number(input.value));
      const valid = parsed === null || (Number.isFinite(parsed) && parsed >= 0 && parsed <= ALLOCATION_TOTAL);
      input.setAttribute('aria-invalid', String(!valid));
      // The error is read with the box, and only while there is one.
      input.setAttribute('aria-describedby', valid ? 'allocation-remaining' : `${errorId} allocation-remaining`);
      error.hidden = valid;
      if (valid) {
        showRemaining(onShare(bucket.id, parsed));
      }
    });
    const band = questionnaire.bands[role]?.allocation[bucket.id];
    const label = h('label', { for: id }, bucket.label, band ? h('span', { class: 'band-hint' }, ` usual for a ${ROLE_NAMES[role]}: ${formatShareBand(band)}`) : null);
    return h('div', { class: 'allocation-row' }, label, h('span', { class: 'percent' }, input, '%'), error);
  });
  return h('div', { class: 'allocation' }, ...rows, remaining);
}
