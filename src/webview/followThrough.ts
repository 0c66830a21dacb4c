import type { FollowThrough } from '../core/draft';
import { h } from './dom';
import { radioGroup, type DraftAccess } from './form';

const ANSWERS: { value: FollowThrough; label: string }[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'partly', label: 'Partly' },
  { value: 'no', label: 'No' },
];

/** Last period's focus, and "did I follow through?", at the top of the form. */
export function renderFollowThrough(previous: { period: string; focus: string } | null, access: DraftAccess): HTMLElement[] {
  if (!previous) {
    return [];
  }
  return [
    h(
      'section',
      { class: 'block follow-through' },
      h('h2', {}, 'Since last time'),
      h('p', { class: 'hint' }, `Your focus for ${previous.period}:`),
      h('blockquote', { class: 'focus' }, previous.focus),
      radioGroup('followThrough', 'Did I follow through?', ANSWERS, access.get().followThrough, (value) =>
        access.set({ ...access.get(), followThrough: value as FollowThrough }),
        'wide',
      ),
    ),
  ];
}
