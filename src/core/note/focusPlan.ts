/**
 * The focus as an if-then plan: "If / when [situation], then I will [action]". Plans in that form
 * are followed through more often than goals alone (implementation intentions, d = 0.65 over 94
 * tests), so the form offers both parts; a single free-text focus stays allowed. The parts are
 * note texts of their own, so everything that keeps, limits or seals free text keeps them too.
 */
import type { Questionnaire } from '../questionnaire/questionnaire';
import type { Translate } from '../util/l10n';

/** The prompt whose answer becomes next period's "did I follow through?" question. */
export const FOCUS_PROMPT_ID = 'focus';
export const FOCUS_IF_ID = `${FOCUS_PROMPT_ID}.if`;
export const FOCUS_THEN_ID = `${FOCUS_PROMPT_ID}.then`;

export interface FocusPlan {
  readonly if: string;
  readonly then: string;
}

/** The ids free text may be kept under: every prompt, and the plan's two parts when there is a focus prompt. */
export function noteIdsOf(questionnaire: Pick<Questionnaire, 'prompts'>): string[] {
  const ids = questionnaire.prompts.map((prompt) => prompt.id);
  return ids.includes(FOCUS_PROMPT_ID) ? [...ids, FOCUS_IF_ID, FOCUS_THEN_ID] : ids;
}

/** The plan in these notes, when both parts are written. */
export function planIn(notes: Readonly<Record<string, string>>): FocusPlan | null {
  const when = (notes[FOCUS_IF_ID] ?? '').trim();
  const then = (notes[FOCUS_THEN_ID] ?? '').trim();
  return when && then ? { if: when, then } : null;
}

/** Whether an id is the focus or one of its parts: private text that holds any of them holds the focus. */
export function isFocusId(id: string): boolean {
  return id === FOCUS_PROMPT_ID || id === FOCUS_IF_ID || id === FOCUS_THEN_ID;
}

/** The plan as one sentence, in the writer's language. */
export function describePlan(plan: FocusPlan, t: Translate): string {
  return t('If {0}, then I will {1}.', plan.if.replace(/[.,;:]+$/, ''), plan.then.replace(/[.;:]+$/, ''));
}
