// The benchmark's baseline: the least an extension of Lead Review's shape does. One webview view
// whose page is a heading, thrown away when hidden as VS Code does by default, and seven commands.
const vscode = require('vscode');

const COMMANDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven'];

exports.activate = function activate(context) {
  const provider = {
    resolveWebviewView(view) {
      view.webview.options = { enableScripts: false };
      view.webview.html = '<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\';"></head><body><h1 id="baseline">Baseline</h1></body></html>';
    },
  };
  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider('baselineView.page', provider),
    ...COMMANDS.map((name) => vscode.commands.registerCommand(`baselineView.${name}`, () => undefined)),
  );
};

exports.deactivate = function deactivate() {};
