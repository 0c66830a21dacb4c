import { allocationTotal, ALLOCATION_TOTAL, type Draft } from '../core/note/draft';
import { placeEvidence } from './evidence';
import { formatShareBand, roleName } from '../core/scoring/bands';
import { askedInQuickWeek, describeQuickReason, restrictToAsked, type QuickPlan } from '../core/scoring/checkIn';
import type { PrivateTextMode } from '../core/private/privateText';
import type { BehaviourItem, Choice, Dimension, Questionnaire, Role, TitleContext } from '../core/questionnaire/questionnaire';
import { h } from './dom';
import { promptBoxes } from './focusPlan';
import { t } from './l10n';

function freeTextHint(mode: PrivateTextMode): string {
  switch (mode) {
    case 'off':
      return t('Optional. Saved as you type.');
    case 'encrypted':
      return t('Optional. Private: encrypted with your passphrase before it is written to the note.');
    case 'local':
      return t('Optional. Private: written to a git-ignored file beside the note, never committed.');
  }
}

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
    radioGroup('titleContext', t('Do you hold a management title?'), titleChoices(questionnaire), access.get().titleContext, (value) => update({ titleContext: value as TitleContext }), 'wide');
  form.append(section(t('Your role'), null, quick?.titleContext && draft.titleContext === null ? carriedTitle(questionnaire, quick.titleContext, titleQuestion) : titleQuestion()));

  const scaleHint = questionnaire.scale.map((choice) => `${choice.value} ${choice.label.toLowerCase()}`).join(' · ');
  const reasons = new Map(quick?.contrasts.map((pick) => [pick.dimension, describeQuickReason(pick.reason, t)]) ?? []);
  form.append(
    section(
      t('How often did you…'),
      t('This period: {0}. Skip what does not apply; it counts as unanswered, not as zero.', scaleHint),
      ...shown.dimensions.map((dimension) =>
        dimensionBlock(dimension, questionnaire.scale, draft, quick ? reasons.get(dimension.id) ?? t('answered already') : null, (itemId, value) =>
          update({ answers: { ...access.get().answers, [itemId]: value } }),
        ),
      ),
    ),
  );

  const onShare = (bucketId: string, share: number | null): Draft => {
    const shares = { ...access.get().allocation };
    if (share === null) {
      delete shares[bucketId];
    } else {
      shares[bucketId] = share;
    }
    update({ allocation: shares });
    return access.get();
  };
  let allocation = allocationBlock(questionnaire, role, draft, onShare);
  // Only this click fills the shares from the calendar; the boxes are drawn again with them.
  const evidence = placeEvidence(questionnaire, (shares) => {
    update({ allocation: { ...shares } });
    const filled = allocationBlock(questionnaire, role, access.get(), onShare);
    allocation.replaceWith(filled);
    allocation = filled;
  });
  if (quick) {
    const folded = h('details', { class: 'block optional', open: Object.keys(draft.allocation).length > 0 }, h('summary', {}, t('Where the time went (optional this week)')), h('p', { class: 'hint' }, t('Left out of the note unless you fill it in. Shares add up to {0}%.', ALLOCATION_TOTAL)), allocation, evidence);
    form.append(folded);
  } else {
    form.append(section(t('Where the time went'), t('Shares of the period, adding up to {0}%.', ALLOCATION_TOTAL), allocation, evidence));
  }

  form.append(
    section(
      t('Energy'),
      null,
      radioGroup('energy', t('How did the period feel?'), questionnaire.energy, draft.energy, (value) =>
        update({ energy: Number(value) }),
      ),
    ),
  );

  form.append(
    section(
      t('In your own words'),
      freeTextHint(privateText),
      ...shown.prompts.map((prompt) => promptBoxes(prompt, draft.notes, privateText !== 'off', !quick, (id, text) => update({ notes: { ...access.get().notes, [id]: text } }))),
    ),
  );
  return form;
}

/** The title question's answers in the reader's language; the values stay the same. */
function titleChoices(questionnaire: Questionnaire): Choice<TitleContext>[] {
  const label = (value: TitleContext): string =>
    value === 'manager' ? t('Yes, a management title') : value === 'lead' ? t('A lead title') : t('No');
  return questionnaire.titleContext.map((choice) => ({ ...choice, label: label(choice.value) }));
}

/** A quick week keeps the last note's title context; one click opens the question. */
function carriedTitle(questionnaire: Questionnaire, carried: NonNullable<QuickPlan['titleContext']>, question: () => HTMLElement): HTMLElement {
  const label = titleChoices(questionnaire).find((choice) => choice.value === carried.value)?.label ?? carried.value;
  const change = h('button', { type: 'button', class: 'link', id: 'change-title' }, t('Change'));
  const line = h('p', { class: 'carried' }, t('Title: {0} (as in {1}).', label, carried.period), ' ', change);
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
    whyAsked ? h('p', { class: 'why-asked' }, t('Asked because: {0}', whyAsked)) : null,
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
  const pole = item.pole === 'leading' ? t('Leading') : t('Managing');
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
  return value === null ? t('Not answered') : scale.find((choice) => choice.value === value)?.label ?? '';
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
      left === 0 ? t('All 100% allocated.') : left > 0 ? t('{0}% left to allocate.', left) : t('{0}% over: take some away.', -left);
    remaining.classList.toggle('off', left !== 0);
  };
  showRemaining(draft);
  const rows = questionnaire.allocation.map((bucket) => {
    const id = `allocation-${bucket.id}`;
    const errorId = `${id}-error`;
    const input = h('input', { type: 'number', id, name: id, min: '0', max: '100', step: '5', inputmode: 'numeric', 'aria-describedby': 'allocation-remaining' });
    const error = h('p', { class: 'field-error', id: errorId, hidden: true }, t('Enter a whole number from 0 to {0}.', ALLOCATION_TOTAL));
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
    const label = h('label', { for: id }, bucket.label, band ? h('span', { class: 'band-hint' }, ' ' + t('usual for a {0}: {1}', roleName(role, t), formatShareBand(band))) : null);
    return h('div', { class: 'allocation-row' }, label, h('span', { class: 'percent' }, input, '%'), error);
  });
  return h('div', { class: 'allocation' }, ...rows, remaining);
}
