import builtin from '../questionnaires/default.yaml';
import builtinGerman from '../questionnaires/default.de.yaml';
import type { Questionnaire } from './core/questionnaire';

/**
 * The questionnaire shipped in `questionnaires/default.yaml`, or its translation for the display
 * language (`default.<lang>.yaml`, same ids and version), as the loader reads it. The build runs
 * the loader on each file and bundles the result, so start-up parses no YAML.
 */
export function builtinQuestionnaire(language: string): Questionnaire {
  return TRANSLATIONS[baseLanguage(language)]?.questionnaire ?? builtin;
}

const TRANSLATIONS: Readonly<Record<string, { questionnaire: Questionnaire; path: readonly string[] }>> = {
  de: { questionnaire: builtinGerman, path: ['questionnaires', 'default.de.yaml'] },
};

/** Where the package keeps the questionnaire's YAML source in that language, for a team to copy and adapt. */
export function builtinQuestionnairePath(language: string): readonly string[] {
  return TRANSLATIONS[baseLanguage(language)]?.path ?? ['questionnaires', 'default.yaml'];
}

function baseLanguage(language: string): string {
  return language.toLowerCase().split('-')[0] ?? '';
}
