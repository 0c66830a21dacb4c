import * as vscode from 'vscode';
import { builtinQuestionnaire, translationOf } from '../builtinQuestionnaire';
import type { Questionnaire } from '../core/questionnaire';

/**
 * The built-in questionnaire in the display language: same ids and version, translated words.
 * Translations are precompiled by the build to `dist/questionnaire.<lang>.json` and read when
 * needed, so the bundles carry only the English one.
 */
export async function builtinQuestionnaireIn(language: string, extensionUri: vscode.Uri): Promise<Questionnaire> {
  const translation = translationOf(language);
  if (!translation) {
    return builtinQuestionnaire();
  }
  try {
    return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', `questionnaire.${translation}.json`)))) as Questionnaire;
  } catch {
    return builtinQuestionnaire();
  }
}
