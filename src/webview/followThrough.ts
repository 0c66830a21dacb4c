import type { FollowThrough } from '../core/note/draft';
import { describePlan, type FocusPlan } from '../core/note/focusPlan';
import { t } from './l10n';
import { h } from './dom';
import { radioGroup, type DraftAccess } from './form';

const answers = (): { value: FollowThrough; label: string }[] => [
  { value: 'yes', label: t('Yes') },
  { value: 'partly', label: t('Partly') },
  { value: 'no', label: t('No') },
];

/**
 * Last period's focus, and "did I follow through?", at the top of the form. A private focus is
 * shown only when the person asks (`onReveal`), and `revealed` is that text once the host sent it.
 */
export function renderFollowThrough(
  previous: { period: string; focus: string | null; plan: FocusPlan | null } | null,
  access: DraftAccess,
  revealed: { focus: string; plan: FocusPlan | null } | null,
  onReveal: () => void,
): HTMLElement[] {
  if (!previous) {
    return [];
  }
  const known = previous.focus !== null ? previous : revealed;
  let shown: HTMLElement;
  if (known) {
    // A plan is quoted as the plan it was; free text beside it follows as written.
    const parts = [known.plan ? describePlan(known.plan, t) : '', known.focus ?? ''].filter((text) => text.trim() !== '');
    shown = h('blockquote', { class: 'focus', id: 'follow-through-focus', tabindex: '-1' }, ...parts.map((text) => h('p', {}, text)));
  } else {
    const reveal = h('button', { type: 'button', class: 'link', id: 'reveal-focus' }, t('Show it'));
    reveal.addEventListener('click', onReveal);
    shown = h('p', { class: 'focus private' }, t('Private text.'), ' ', reveal);
  }
  return [
    h(
      'section',
      { class: 'block follow-through' },
      h('h2', {}, t('Since last time')),
      h('p', { class: 'hint' }, t('Your focus for {0}:', previous.period)),
      shown,
      radioGroup('followThrough', t('Did I follow through?'), answers(), access.get().followThrough, (value) =>
        access.set({ ...access.get(), followThrough: value as FollowThrough }),
        'wide',
      ),
    ),
  ];
}
