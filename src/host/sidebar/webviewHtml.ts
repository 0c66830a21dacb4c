import { toBase64 } from '../../core/private/privateText';
import * as vscode from 'vscode';
import type { FormModel } from '../../shared/protocol';

/**
 * The sidebar page: no inline script or style, a fresh nonce per render, and a CSP that only
 * admits our own bundle and stylesheet. The form's first state rides along as data on the page,
 * so the form paints as soon as the script runs, without waiting for a message from the host.
 */
export function renderWebviewHtml(webview: vscode.Webview, extensionUri: vscode.Uri, initial: FormModel): string {
  // WebCrypto, not node:crypto: the same code runs in the web worker extension host.
  const nonce = toBase64(globalThis.crypto.getRandomValues(new Uint8Array(16)));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'sidebar.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(vscode.env.language)}">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="stylesheet" href="${style.toString()}">
  <title>Lead Review</title>
</head>
<body>
  <main id="app" aria-busy="true" data-initial-state="${escapeAttribute(JSON.stringify(initial))}"><p class="loading">${escapeAttribute(vscode.l10n.t('Loading the questionnaire…'))}</p></main>
  <script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
