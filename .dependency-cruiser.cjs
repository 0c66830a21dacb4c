// @ts-check
/**
 * The architecture as rules (docs/architecture.md explains them). Layers, lowest first:
 *   core → shared → platform → features → host → entries
 * An arrow may only point down or sideways. The webview and the command line stand apart: each
 * sees only core and shared. Bundle roots (src/extension.ts, src/web/, the chunk entries) sit on
 * top and import what their bundle holds.
 */
const LAYERS = {
  core: '^src/core/',
  shared: '^src/shared/',
  platform: '^src/platform/(?!chunks/entries/)',
  features: '^src/features/',
  host: '^src/host/',
  webview: '^src/webview/',
  cli: '^src/cli/',
  roots: '^src/(extension\\.ts|web/|platform/chunks/entries/)',
};

/** A rule that forbids `from` to import any of `to`. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: 'error', from: { path: from }, to: { path: to } });

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles, type-only imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    forbid('core-is-the-bottom', 'core imports only core.', LAYERS.core, `${LAYERS.shared}|${LAYERS.platform}|${LAYERS.features}|${LAYERS.host}|${LAYERS.webview}|${LAYERS.cli}|${LAYERS.roots}`),
    {
      name: 'core-is-pure',
      comment: 'core imports neither vscode nor Node built-ins: the CLI, the web build and the tests share it.',
      severity: 'error',
      from: { path: LAYERS.core },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-has-no-editor',
      severity: 'error',
      from: { path: LAYERS.core },
      // Resolved through @types/vscode, or left as the bare name when the types are not installed.
      to: { path: '^vscode$|node_modules/@types/vscode/' },
    },
    forbid('shared-sees-core-only', 'The protocol between host and webview rests on core alone.', LAYERS.shared, `${LAYERS.platform}|${LAYERS.features}|${LAYERS.host}|${LAYERS.webview}|${LAYERS.cli}|${LAYERS.roots}`),
    forbid('platform-below-features', 'The platform serves features; it never reaches up into them.', LAYERS.platform, `${LAYERS.features}|${LAYERS.host}|${LAYERS.webview}|${LAYERS.cli}|${LAYERS.roots}`),
    forbid('features-below-host', 'Features return outcomes; the host shows them.', LAYERS.features, `${LAYERS.host}|${LAYERS.webview}|${LAYERS.cli}|${LAYERS.roots}`),
    forbid('host-not-webview', 'The host never imports the webview\'s code: they meet in shared/.', LAYERS.host, `${LAYERS.webview}|${LAYERS.cli}|${LAYERS.roots}`),
    forbid('webview-apart', 'The webview runs in a browser frame: core and shared only.', LAYERS.webview, `${LAYERS.platform}|${LAYERS.features}|${LAYERS.host}|${LAYERS.cli}|${LAYERS.roots}`),
    forbid('cli-apart', 'The command line reads notes with the core alone.', LAYERS.cli, `${LAYERS.platform}|${LAYERS.features}|${LAYERS.host}|${LAYERS.webview}|${LAYERS.roots}`),
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.architecture.json' },
    exclude: { path: '\\.d\\.ts$' },
  },
};
