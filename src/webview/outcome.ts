import type { WebviewMessage, WrittenNote } from '../shared/protocol';
import { h } from './dom';
import { t } from './l10n';
import { commitStatus, outcome, writeButton } from './page';

export function showWritten(note: WrittenNote, post: (message: WebviewMessage) => void): void {
  // Committing takes the Commit button away; focus goes to the note's Open rather than to nowhere.
  const hadFocus = outcome.contains(document.activeElement);
  writeButton.removeAttribute('aria-describedby');
  outcome.className = 'outcome written';
  outcome.replaceChildren(...renderWritten(note, post));
  commitStatus.textContent = note.committed === undefined ? '' : t('Committed: {0}', note.committed);
  commitStatus.classList.remove('failed');
  if (hadFocus && !outcome.contains(document.activeElement)) {
    document.getElementById('open-written')?.focus();
  }
}

/** The sidebar's Commit did not commit: why (nothing when cancelled), and Commit is offered again. */
export function showNotCommitted(reason: string | null): void {
  commitStatus.textContent = reason ?? '';
  commitStatus.classList.toggle('failed', reason !== null);
  document.getElementById('commit-written')?.removeAttribute('aria-disabled');
}

/** A written note, as the form shows it: where it is, Open, and Commit where git holds it and it is not committed yet. */
function renderWritten(note: WrittenNote, post: (message: WebviewMessage) => void): Node[] {
  const open = h('button', { type: 'button', class: 'link', id: 'open-written' }, t('Open {0}', note.relativePath));
  open.addEventListener('click', () => post({ type: 'reflection/openWritten' }));
  const links = h('p', { class: 'links' }, open);
  if (note.canCommit && note.committed === undefined) {
    const commit = h('button', { type: 'button', class: 'link', id: 'commit-written' }, t('Commit'));
    commit.addEventListener('click', () => {
      // aria-disabled, not disabled: a disabled button drops the focus the person gave it.
      if (commit.getAttribute('aria-disabled') !== 'true') {
        commit.setAttribute('aria-disabled', 'true');
        post({ type: 'reflection/commitWritten' });
      }
    });
    links.append(' · ', commit);
  }
  return [h('p', {}, t('Saved your reflection for {0}.', note.period)), links, commitStatus];
}

/** Why the note was not written: what the form still needs, or the reason. */
export function renderNotWritten(message: string, missing: readonly string[]): Node[] {
  if (missing.length === 0) {
    return [h('p', {}, message)];
  }
  return [h('p', {}, t('Not written yet. Still needed:')), h('ul', {}, ...missing.map((entry) => h('li', {}, entry)))];
}

export function showNotWritten(message: string, missing: readonly string[]): void {
  outcome.className = 'outcome not-written';
  // Why the note was not written is read with the button that tried.
  writeButton.setAttribute('aria-describedby', 'write-outcome');
  outcome.replaceChildren(...renderNotWritten(message, missing));
}
