import * as vscode from 'vscode';
import { BUILTIN_QUESTIONNAIRE_YAML } from '../builtinQuestionnaire';
import type { Prompts } from '../prompts';
import { describeFileError, exists, writeText } from '../storage/files';
import { chooseWorkspaceFolder, NO_FOLDER_MESSAGE } from '../storage/reflectionFolder';
import { WORKSPACE_QUESTIONNAIRE_PATH } from './questionnaireSource';

export type CustomizeOutcome =
  | { readonly kind: 'created'; readonly uri: vscode.Uri }
  /** The file was there already: it is opened, never overwritten. */
  | { readonly kind: 'exists'; readonly uri: vscode.Uri }
  | { readonly kind: 'notCreated'; readonly reason: string };

const HEADER = `# Your team's Lead Review questionnaire. Give it your own id (for example "acme/tech-leads")
# and raise the version whenever a question changes meaning: every note records the id@version it
# was answered with, and old notes keep the scores they were written with.
`;

/** `Lead Review: Customize Questionnaire`: a copy of the built-in set to adapt, never over an existing file. */
export async function customizeQuestionnaire(state: vscode.Memento, prompts: Prompts): Promise<CustomizeOutcome> {
  const folder = await chooseWorkspaceFolder(state, prompts);
  if (folder === 'none' || folder === undefined) {
    const reason = folder === 'none' ? NO_FOLDER_MESSAGE : 'No workspace folder was chosen.';
    if (folder === 'none') {
      void vscode.window.showWarningMessage(reason);
    }
    return { kind: 'notCreated', reason };
  }
  const uri = vscode.Uri.joinPath(folder.uri, ...WORKSPACE_QUESTIONNAIRE_PATH);
  if (await exists(uri)) {
    void vscode.window.showInformationMessage(`${vscode.workspace.asRelativePath(uri)} already exists. Lead Review never overwrites it; it is open for editing.`);
    await vscode.window.showTextDocument(uri);
    return { kind: 'exists', uri };
  }
  try {
    await writeText(uri, HEADER + BUILTIN_QUESTIONNAIRE_YAML.replace(/^(#.*\n)+/, ''));
  } catch (error) {
    const reason = `Could not create ${vscode.workspace.asRelativePath(uri)}: ${describeFileError(error)}.`;
    void vscode.window.showErrorMessage(reason);
    return { kind: 'notCreated', reason };
  }
  await vscode.window.showTextDocument(uri);
  return { kind: 'created', uri };
}
