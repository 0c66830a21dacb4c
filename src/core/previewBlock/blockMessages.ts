/** What a block says in place when it cannot draw: a mistake in it, or notes not read yet. */
import { escapeHtml } from '../util/html';
import type { Translate } from '../util/l10n';

export function renderBlockError(message: string, t: Translate): string {
  return `<div class="lead-review-block lr-error" role="note"><p>${escapeHtml(t('Lead Review block: {0}', message))}</p></div>\n`;
}

export function renderBlockPlaceholder(t: Translate): string {
  return `<div class="lead-review-block lr-placeholder"><p>${escapeHtml(t('Lead Review is reading your notes…'))}</p></div>\n`;
}
