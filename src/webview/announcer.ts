import { h } from './dom';

/** Announcements wait for this pause in typing or clicking. */
const ANNOUNCE_DELAY_MS = 800;

/**
 * What a screen reader hears about the stance: only a changed stance or index, once typing
 * pauses. The preview itself is not a live region, so a keystroke in a text box announces nothing.
 */
export function createStanceAnnouncer(): { readonly element: HTMLElement; announce(summary: string): void } {
  const element = h('p', { class: 'visually-hidden', role: 'status', id: 'stance-announcer' });
  let lastAnnounced = '';
  let pending: ReturnType<typeof setTimeout> | undefined;
  return {
    element,
    announce(summary: string): void {
      clearTimeout(pending);
      if (lastAnnounced === '') {
        // The first paint sets the baseline: opening the form announces nothing.
        lastAnnounced = summary;
        return;
      }
      pending = setTimeout(() => {
        if (summary !== lastAnnounced) {
          lastAnnounced = summary;
          element.textContent = summary;
        }
      }, ANNOUNCE_DELAY_MS);
    },
  };
}
