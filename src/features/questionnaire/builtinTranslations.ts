import * as vscode from 'vscode';
import { builtinQuestionnaire } from '../../core/questionnaire/builtinQuestionnaire';
import type { Questionnaire } from '../../core/questionnaire/questionnaire';
import { readText } from '../../platform/storage/files';

/**
 * The built-in questionnaire in the display language: same ids and version, translated words.
 * Translations are precompiled by the build to `dist/questionnaire.<lang>.json` and read when
 * needed, so the bundles carry only the English one. The file for the whole language tag is
 * looked for first (`pt-br`), then for its base language (`pt`): a translation is found by what
 * the package holds, not by a list in the code.
 */
export async function builtinQuestionnaireIn(language: string, extensionUri: vscode.Uri): Promise<Questionnaire> {
  const tag = language.toLowerCase();
  const base = tag.split('-')[0] ?? tag;
  if (base === 'en' && tag === base) {
    return builtinQuestionnaire();
  }
  for (const candidate of new Set([tag, base])) {
    try {
      return JSON.parse(await readText(vscode.Uri.joinPath(extensionUri, 'dist', `questionnaire.${candidate}.json`))) as Questionnaire;
    } catch {
      // No translation for this tag: try the next, then English.
    }
  }
  return builtinQuestionnaire();
}
