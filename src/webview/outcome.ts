import type { WebviewMessage, WrittenNote } from '../shared/protocol';
import { h } from './dom';
import { t } from './l10n';
import { outcome, writeButton } from './page';

/** A written note, as the form shows it: where it is, Open, and Commit where git holds it. */
export function renderWritten(note: WrittenNote, commitStatus: HTMLElement, post: (message: WebviewMessage) => void): Node[] {
  const open = h('button', { type: 'button', class: 'link', id: 'open-written' }, t('Open {0}', note.relativePath));
  open.addEventListener('click', () => post({ type: 'reflection/openWritten' }));
  const links = h('p', { class: 'links' }, open);
  if (note.canCommit) {
    const commit = h('button', { type: 'button', class: 'link', id: 'commit-written' }, t('Commit'));
    commit.addEventListener('click', () => {
      commit.disabled = true;
      post({ type: 'reflection/commitWritten' });
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
