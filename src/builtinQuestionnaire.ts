import builtinYaml from '../questionnaires/default.yaml';
import { loadQuestionnaire } from './core/loadQuestionnaire';
import type { Questionnaire } from './core/questionnaire';

/** The questionnaire shipped in `questionnaires/default.yaml`, bundled as text by esbuild. */
export const BUILTIN_QUESTIONNAIRE_YAML: string = builtinYaml;

let builtin: Questionnaire | undefined;

export function builtinQuestionnaire(): Questionnaire {
  if (!builtin) {
    const loaded = loadQuestionnaire(BUILTIN_QUESTIONNAIRE_YAML);
    if (!loaded.ok) {
      const first = loaded.problems[0]!;
      throw new Error(`The built-in questionnaire is invalid at ${first.line}:${first.column}: ${first.message}`);
    }
    builtin = loaded.questionnaire;
  }
  return builtin;
}
