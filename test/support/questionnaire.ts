import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadQuestionnaire } from '../../src/core/questionnaire/loadQuestionnaire';
import type { Questionnaire } from '../../src/core/questionnaire/questionnaire';
import { PROJECT_ROOT } from './paths';

export const BUILTIN_YAML_PATH = path.join(PROJECT_ROOT, 'questionnaires', 'default.yaml');

function loadBuiltin(): Questionnaire {
  const loaded = loadQuestionnaire(readFileSync(BUILTIN_YAML_PATH, 'utf8'));
  if (!loaded.ok) {
    throw new Error(`questionnaires/default.yaml is invalid: ${JSON.stringify(loaded.problems)}`);
  }
  return loaded.questionnaire;
}

/** The shipped questionnaire, read from its YAML resource exactly as the extension reads it. */
export const DEFAULT_QUESTIONNAIRE: Questionnaire = loadBuiltin();
