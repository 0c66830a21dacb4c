import { isPlainObject } from '../note/draft';
import { readOwnFrontMatter, renderFrontMatter } from '../note/ownFrontMatter';
import { markdownInline, markdownQuote } from '../note/markdownText';
import { PRIVATE_SIDECAR_PATTERN } from './privateText';
import type { Questionnaire } from '../questionnaire/questionnaire';
import { describePlan, FOCUS_PROMPT_ID, planIn } from '../note/focusPlan';
import { english, type Translate } from '../util/l10n';

/**
 * The file that holds a note's free text in `local` mode. It has its own small front matter, so
 * Lead Review can read it back, and a body that reads like the note's own sections.
 */
export function renderPrivateSidecar(period: string, noteFileName: string, notes: Readonly<Record<string, string>>, questionnaire: Questionnaire, t: Translate = english): string {
  const lines = [
    renderFrontMatter({ leadReviewPrivateText: 1, period, note: noteFileName, notes }),
    t('# Private text for {0}', period),
    '',
    t('The free text of `{0}`. It stays on this machine: git ignores it, and Lead Review never commits it.', noteFileName),
    '',
  ];
  const plan = planIn(notes);
  for (const prompt of questionnaire.prompts) {
    const planned = prompt.id === FOCUS_PROMPT_ID && plan ? [markdownQuote(describePlan(plan, t)), ''] : [];
    if (prompt.id in notes || planned.length > 0) {
      lines.push(`## ${markdownInline(prompt.label)}`, '', ...planned, ...(prompt.id in notes ? [markdownQuote(notes[prompt.id] ?? ''), ''] : []));
    }
  }
  return lines.join('\n');
}

/** Sidecars are only ever written by Lead Review, so their own front-matter shape is all it reads. */
export function parsePrivateSidecar(text: string): Readonly<Record<string, string>> | null {
  const data = readOwnFrontMatter(text);
  const notes = data && isPlainObject(data) ? data.notes : null;
  return isPlainObject(notes) && Object.values(notes).every((value) => typeof value === 'string') ? (notes as Record<string, string>) : null;
}

/** The notes folder's `.gitignore` with the rule that keeps sidecars out of git; `null` when it is already there. */
export function withSidecarIgnoreRule(existing: string | null): string | null {
  const lines = (existing ?? '').split(/\r?\n/).map((line) => line.trim());
  if (lines.includes(PRIVATE_SIDECAR_PATTERN) || lines.includes(`/${PRIVATE_SIDECAR_PATTERN}`)) {
    return null;
  }
  const before = existing === null || existing === '' ? '' : existing.endsWith('\n') ? existing : `${existing}\n`;
  return `${before}# Lead Review: private text stays on this machine.\n${PRIVATE_SIDECAR_PATTERN}\n`;
}
