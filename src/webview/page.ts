import { h } from './dom';
import { createStanceAnnouncer } from './announcer';

/** The sidebar page's parts that live as long as the page: made once, filled again on every paint. */
export const preview = h('div', { class: 'preview', role: 'group' });
export const stanceAnnouncer = createStanceAnnouncer();
/** One short summary when the History tab's range changes; the panel itself is not live. */
export const historyAnnouncer = h('p', { class: 'visually-hidden', role: 'status', id: 'history-announcer' });
export const followThroughSlot = h('div', { class: 'follow-through-slot' });
export const checkInSwitch = h('input', { type: 'checkbox', id: 'quick-check-in' });
export const checkInHint = h('span', { class: 'hint', id: 'quick-check-in-hint' });
export const checkInLabel = h('span', {});
export const checkInRow = h('div', { class: 'check-in' }, h('label', { for: 'quick-check-in' }, checkInSwitch, checkInLabel), checkInHint);
export const formSlot = h('div', { class: 'form-slot' });
export const outcome = h('div', { class: 'outcome', role: 'status', id: 'write-outcome' });
export const writeButton = h('button', { type: 'button', class: 'primary', id: 'write' });
export const periodLine = h('p', { class: 'period' });
/** The page's one top heading, for screen readers' heading navigation; the view title shows it visually. */
export const heading = h('h1', { class: 'visually-hidden' });
export const noticeBanner = h('div', { class: 'notice', role: 'status' });
export const bandsSlot = h('div', { class: 'bands-slot' });
export const commitStatus = h('p', { class: 'commit-status' });
export const draftStatus = h('p', { class: 'draft-status', id: 'draft-status' });
export const privacySlot = h('div', { class: 'privacy-slot' });
export const reflectPanel = h(
  'div',
  { class: 'panel' },
  noticeBanner,
  h('header', { class: 'top' }, periodLine, preview),
  checkInRow,
  followThroughSlot,
  formSlot,
  bandsSlot,
  h('div', { class: 'actions' }, writeButton, draftStatus, privacySlot, outcome),
);
export const historyPanel = h('div', { class: 'panel history' });

