import * as vscode from 'vscode';
import { BLOCK_INFO } from '../../core/previewBlock/fencePlugin';
import { SHOWS } from '../../core/previewBlock/blockSpec';

export type InsertOutcome = { readonly kind: 'inserted' } | { readonly kind: 'notInserted'; readonly reason: string };

/**
 * Insert Chart Block: the same snippet as `lead-review` in the snippet list, for Markdown files,
 * where VS Code turns quick suggestions off and a snippet alone is seldom found.
 */
export async function insertChartBlock(): Promise<InsertOutcome> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') {
    return { kind: 'notInserted', reason: vscode.l10n.t('Open a Markdown file, then insert a Lead Review chart block where the cursor is.') };
  }
  const snippet = new vscode.SnippetString(`\`\`\`${BLOCK_INFO}\nshow: `).appendChoice([...SHOWS]).appendText('\nrange: ').appendPlaceholder('last 12 weeks').appendText('\n```\n').appendTabstop(0);
  const inserted = await editor.insertSnippet(snippet);
  return inserted ? { kind: 'inserted' } : { kind: 'notInserted', reason: vscode.l10n.t('The editor did not take the block. Try again.') };
}
