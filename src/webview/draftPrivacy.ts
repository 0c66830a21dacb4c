import type { Draft } from '../core/note/draft';
import type { DraftPrivacy } from '../core/note/draftAtRest';
import { NOTE_HARD_CAP } from '../core/note/textLimit';
import { h } from './dom';
import { t } from './l10n';

/**
 * What the form says about where the draft's words rest, when that needs the person: words held
 * in memory only until a passphrase is set, or sealed words this machine cannot open yet.
 */
export function renderDraftPrivacy(privacy: DraftPrivacy, protect: () => void): Node[] {
  if (privacy !== 'heldInMemory' && privacy !== 'locked') {
    return [];
  }
  const button = h('button', { type: 'button', class: 'link', id: 'protect-draft' }, privacy === 'locked' ? t('Unlock them') : t('Set the passphrase'));
  button.addEventListener('click', protect);
  return [
    h(
      'p',
      { class: 'draft-privacy', id: 'draft-privacy' },
      privacy === 'locked'
        ? t("Your draft's words are encrypted, and this machine has no key for them yet. Unlock them with your passphrase; anything you type meanwhile is kept too.")
        : t('Your words are held in memory only, not stored, until you set the passphrase that encrypts them and your notes. Closing VS Code before that loses them.'),
      ' ',
      button,
    ),
  ];
}

/** "Saved" only says what is on disk: with no key yet, the person's own words are not. */
export function savedWords(privacy: DraftPrivacy): string {
  return privacy === 'heldInMemory' || privacy === 'locked' ? t('Answers saved; your own words are not stored yet.') : t('Draft saved.');
}

/** A text longer than the host stores at all (a hard cap for hostile messages, far over the limit a person sees). */
export function beyondStorage(draft: Draft): boolean {
  return Object.values(draft.notes).some((text) => text.length > NOTE_HARD_CAP);
}

/** The host refuses a text that long: the box keeps it, and the form says it is not stored. */
export function notStoredWords(): string {
  return t('Not saved: a text is too long to store. Shorten it; the box keeps it until then.');
}
