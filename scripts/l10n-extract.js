#!/usr/bin/env node
/**
 * Finds every message Lead Review shows people: the first argument of each `t('…')`,
 * `vscode.l10n.t('…')` and `hostWords('…')` call in src/, a plain string literal with `{0}` placeholders. Run as
 * `npm run l10n` to rewrite l10n/bundle.l10n.json, the English bundle every translation mirrors;
 * a unit test fails when that file and the source disagree.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const CALL = /(?<![\w.$])(?:(?:vscode\.l10n\.)?t|hostWords)\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|(`))/g;

function sourceFiles(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(file) : entry.name.endsWith('.ts') ? [file] : [];
  });
}

function unescapeLiteral(text) {
  return text.replace(/\\(.)/g, (_, character) => ({ n: '\n', t: '\t' })[character] ?? character);
}

/** Every message, and every call whose message is not a plain literal (a template literal, say). */
function extractMessages(root = ROOT) {
  const messages = new Set();
  const problems = [];
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(CALL)) {
      if (match[3]) {
        problems.push(`${path.relative(root, file)}: a message must be a plain string literal, not a template: ${text.slice(match.index, match.index + 60)}`);
      } else {
        messages.add(unescapeLiteral(match[1] ?? match[2]));
      }
    }
  }
  return { messages: [...messages].sort(), problems };
}

function englishBundle(messages) {
  return `${JSON.stringify(Object.fromEntries(messages.map((message) => [message, message])), null, 2)}\n`;
}

module.exports = { extractMessages, englishBundle };

if (require.main === module) {
  const { messages, problems } = extractMessages();
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  fs.mkdirSync(path.join(ROOT, 'l10n'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.json'), englishBundle(messages));
  console.log(`l10n/bundle.l10n.json: ${messages.length} messages.`);
}
