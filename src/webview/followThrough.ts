import type { FollowThrough } from '../core/draft';
import { h } from './dom';
import { radioGroup, type DraftAccess } from './form';

const ANSWERS: { value: FollowThrough; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'partly', label: 'Partly' },
  { value: 'no', label: 'No' },
];

/**
 * Last period's focus, and "did I follow through?", at the top of the form. A private focus is
 * shown only when the person asks (`onReveal`), and `revealed` is that text once the host sent it.
 */
export function renderFollowThrough(
  previous: { period: string; focus: string | null } | null,
  access: DraftAccess,
  revealed: string | null,
  onReveal: () => void,
): HTMLElement[] {
  if (!previous) {
    return [];
  }
  const focus = previous.focus ?? revealed;
  let shown: HTMLElement;
  if (focus !== null) {
    shown = h('blockquote', { class: 'focus', id: 'follow-through-focus', tabindex: '-1' }, focus);
  } else {
    const reveal = h('button', { type: 'button', class: 'link', id: 'reveal-focus' }, 'Show it');
    reveal.addEventListener('click', onReveal);
    shown = h('p', { class: 'focus private' }, 'Private text. ', reveal);
  }
  return [
    h(
      'section',
      { class: 'block follow-through' },
      h('h2', {}, 'Since last time'),
      h('p', { class: 'hint' }, `Your focus for ${previous.period}:`),
      shown,
      radioGroup('followThrough', 'Did I follow through?', ANSWERS, access.get().followThrough, (value) =>
        access.set({ ...access.get(), followThrough: value as FollowThrough }),
        'wide',
      ),
    ),
  ];
}
