import * as vscode from 'vscode';
import { builtinQuestionnairePath } from '../../core/questionnaire/builtinQuestionnaire';
import { relativeToWorkspace, type NoteLocator } from '../../platform/location/noteLocation';
import { locationNotice, type Notice } from '../../platform/notice';
import { writeGuarded } from '../../platform/storage/guardedWrite';
import { WORKSPACE_QUESTIONNAIRE_PATH } from './questionnaireSource';
import { readText } from '../../platform/storage/files';

export type CustomizeOutcome =
  | { readonly kind: 'created'; readonly uri: vscode.Uri }
  /** The file was there already: it is opened, never overwritten. */
  | { readonly kind: 'exists'; readonly uri: vscode.Uri }
  /** `notice`: what the person is told, when there is something to tell. */
  | { readonly kind: 'notCreated'; readonly reason: string; readonly notice?: Notice };

const HEADER = `# Your team's Lead Review questionnaire. Give it your own id (for example "acme/tech-leads")
# and raise the version whenever a question changes meaning: every note records the id@version it
# was answered with, and old notes keep the scores they were written with.
`;

/** `Lead Review: Customize Questionnaire`: a copy of the built-in set to adapt, never over an existing file. */
export async function customizeQuestionnaire(locator: NoteLocator, extensionUri: vscode.Uri): Promise<CustomizeOutcome> {
  const located = await locator.locate({ ask: true });
  if (located.kind === 'cancelled') {
    return { kind: 'notCreated', reason: vscode.l10n.t('No workspace folder was chosen.') };
  }
  if (located.kind === 'noFolder') {
    const notice = locationNotice(located);
    return { kind: 'notCreated', reason: notice.message, notice };
  }
  // A refused notes folder does not matter here: the copy goes to the workspace folder's own .lead-review.
  const workspaceFolder = located.kind === 'found' ? located.location.workspaceFolder : located.workspaceFolder;
  const uri = vscode.Uri.joinPath(workspaceFolder.uri, ...WORKSPACE_QUESTIONNAIRE_PATH);
  const relative = relativeToWorkspace({ workspaceFolder }, uri);
  const source = await readText(vscode.Uri.joinPath(extensionUri, ...builtinQuestionnairePath(vscode.env.language)));
  const written = await writeGuarded(workspaceFolder.uri, uri, HEADER + source.replace(/^(#.*\n)+/, ''), { replace: false });
  switch (written.kind) {
    case 'written':
      return { kind: 'created', uri };
    case 'exists':
    case 'displaced':
      return { kind: 'exists', uri };
    case 'refused':
    case 'failed': {
      const reason = vscode.l10n.t('Could not create {0}: {1}', relative, written.reason);
      return { kind: 'notCreated', reason, notice: { message: reason } };
    }
  }
}
