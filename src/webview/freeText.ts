import { NOTE_LIMIT, roomIn } from '../core/note/textLimit';
import type { Prompt } from '../core/questionnaire/questionnaire';
import { h } from './dom';
import { t } from './l10n';

/**
 * One free-text box. No `maxlength`: it would drop typed or pasted text without a word. The box
 * keeps everything, and the line under it says how much room is left near the limit, or how far
 * over it the text is; Write refuses an over-long text with the same words.
 */
export function freeTextBox(prompt: Prompt, text: string, isPrivate: boolean, onInput: (text: string) => void): HTMLElement {
  const id = `prompt-${prompt.id}`;
  const roomId = `${id}-room`;
  // Private words are not offered to the browser's form memory (a browser keeps autocomplete fields for session restore).
  const area = h('textarea', { id, name: id, rows: '3', placeholder: prompt.placeholder, autocomplete: isPrivate ? 'off' : undefined });
  area.value = text;
  const room = h('p', { class: 'room', id: roomId });
  const showRoom = (): void => {
    const state = roomIn(area.value);
    room.hidden = state.kind === 'plenty';
    room.classList.toggle('over', state.kind === 'over');
    room.textContent =
      state.kind === 'over'
        ? t('{0} characters over the limit of {1}. The whole text is kept, but the note cannot be written until it is shortened.', state.over, NOTE_LIMIT)
        : state.kind === 'left'
          ? t('{0} characters left.', state.left)
          : '';
    if (state.kind === 'over') {
      area.setAttribute('aria-invalid', 'true');
      area.setAttribute('aria-describedby', roomId);
    } else {
      area.removeAttribute('aria-invalid');
      area.removeAttribute('aria-describedby');
    }
  };
  showRoom();
  area.addEventListener('input', () => {
    showRoom();
    onInput(area.value);
  });
  return h('div', { class: 'prompt' }, h('label', { for: id }, prompt.label), area, room);
}
