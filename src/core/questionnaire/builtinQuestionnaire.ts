import builtin from '../../../questionnaires/default.yaml';
import type { Questionnaire } from './questionnaire';

/**
 * The questionnaire shipped in `questionnaires/default.yaml`, as the loader reads it. The build
 * runs the loader on the file and bundles the result, so start-up parses no YAML.
 */
export function builtinQuestionnaire(): Questionnaire {
  return builtin;
}

/** Display languages with a translated built-in questionnaire (`questionnaires/default.<lang>.yaml`). */
const TRANSLATED = ['de'];

export function translationOf(language: string): string | undefined {
  const base = language.toLowerCase().split('-')[0] ?? '';
  return TRANSLATED.includes(base) ? base : undefined;
}

/** Where the package keeps the questionnaire's YAML source in that language, for a team to copy and adapt. */
export function builtinQuestionnairePath(language: string): readonly string[] {
  const translation = translationOf(language);
  return ['questionnaires', translation ? `default.${translation}.yaml` : 'default.yaml'];
}
