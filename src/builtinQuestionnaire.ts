import builtin from '../questionnaires/default.yaml';
import type { Questionnaire } from './core/questionnaire';

/**
 * The questionnaire shipped in `questionnaires/default.yaml`, as the loader reads it. The build
 * runs the loader on the file and bundles the result, so start-up parses no YAML.
 */
export function builtinQuestionnaire(): Questionnaire {
  return builtin;
}

/** Where the package keeps the questionnaire's YAML source, for a team to copy and adapt. */
export const BUILTIN_QUESTIONNAIRE_PATH = ['questionnaires', 'default.yaml'] as const;
