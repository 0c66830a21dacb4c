// The bundles: the extension host (Node, CommonJS, `vscode` left to the editor), the `yaml` parser
// on its own (loaded by the host only when needed), the `lead-review` CLI (Node, from the same
// src/core) and the sidebar webview (browser).
const fs = require('node:fs');
const esbuild = require('esbuild');

const path = require('node:path');
/** The chunk registry: every chunk's entry and file, and the module that registers the YAML chunk in the web worker. */
const registry = require('./src/platform/chunks/registry.json');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shared = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'info',
  legalComments: 'none',
};

/**
 * `questionnaires/default.yaml` stays the source of truth, but the bundles get the questionnaire
 * the loader makes of it at build time, as JSON: no YAML parse when the extension starts.
 */
const precompiledQuestionnaire = {
  name: 'precompiled-questionnaire',
  setup(build) {
    build.onLoad({ filter: /questionnaires[\\/]default\.yaml$/ }, async (args) => {
      const { loadQuestionnaire } = await loadTypeScript(LOADER);
      const loaded = loadQuestionnaire(fs.readFileSync(args.path, 'utf8'));
      if (!loaded.ok) {
        return { errors: loaded.problems.map((problem) => ({ text: problem.message, location: { file: args.path, line: problem.line, column: problem.column - 1 } })) };
      }
      return { contents: JSON.stringify(loaded.questionnaire), loader: 'json', watchFiles: [args.path] };
    });
  },
};

/**
 * In the host bundles, `yaml` and the questionnaire loader become a stand-in that reaches
 * `dist/yaml.js` only when used. Lead Review's own notes and the built-in questionnaire never need
 * it; a team's questionnaire or calendar rules file, or a hand-edited note, does. On the desktop the stand-in requires
 * the chunk on first use; in the web worker host, which cannot require files, it asks the module
 * the registry names as `yamlRegistry`, which webChunks.ts fills at start-up.
 */
const lazyYaml = (chunk) => ({
  name: 'lazy-yaml',
  setup(build) {
    build.onResolve({ filter: /^yaml$|[\\/]loadQuestionnaire$|[\\/]evidence[\\/]rulesFile$/ }, (args) =>
      path.resolve(args.importer) === YAML_REGISTRY ? undefined : { path: 'yaml-chunk', namespace: 'lazy-yaml' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-yaml' }, () => ({
      loader: 'js',
      resolveDir: __dirname,
      contents: `
        ${chunk}
        export const parseDocument = (...args) => chunk().parseDocument(...args);
        export const isMap = (node) => chunk().isMap(node);
        export const isScalar = (node) => chunk().isScalar(node);
        export const isSeq = (node) => chunk().isSeq(node);
        export function LineCounter() { return new (chunk().LineCounter)(); }
        export const loadQuestionnaire = (text) => chunk().loadQuestionnaire(text);
        export const loadRules = (text, areas) => chunk().loadRules(text, areas);
      `,
    }));
  },
});
const requiredYaml = lazyYaml("let loaded; const chunk = () => (loaded ??= require('./yaml.js'));");
const registeredYaml = lazyYaml(`import { yamlChunk as chunk } from ${JSON.stringify(`./${registry.yamlRegistry}`)};`);
const YAML_REGISTRY = path.resolve(__dirname, registry.yamlRegistry);
const LOADER = 'src/core/questionnaire/loadQuestionnaire.ts';
if (!fs.existsSync(YAML_REGISTRY)) {
  throw new Error(`The chunk registry names ${registry.yamlRegistry}, which does not exist.`);
}

/**
 * Every `import * as vscode from 'vscode'` in a CommonJS bundle becomes its own copy of the
 * API's hundreds of properties, made at load time, once per module. Routing them through one
 * re-exporting module makes that one copy.
 */
const singleVscodeImport = {
  name: 'single-vscode-import',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-api' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-api' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-api' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

/** Runs one TypeScript module of this project in the build script itself. */
async function loadTypeScript(entry) {
  const result = await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', write: false, logLevel: 'silent' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, require);
  return module.exports;
}

/**
 * A chunk that loads in both hosts is built for the browser: plain JavaScript with no Node
 * built-ins, CommonJS for Node's `require` and the web loader alike, `vscode` its only import.
 * A Node-only chunk is built for Node.
 */
function chunk({ entry, file, hosts }) {
  const platform = hosts.includes('web') ? { platform: 'browser', target: 'es2022' } : { platform: 'node', target: 'node20' };
  return { ...shared, ...platform, entryPoints: [entry], outfile: `dist/${file}`, format: 'cjs', external: ['vscode'], plugins: [singleVscodeImport] };
}

const builds = [
  {
    ...shared,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', ...registry.chunks.map((entry) => `./${entry.file}`)],
    plugins: [precompiledQuestionnaire, requiredYaml, singleVscodeImport],
  },
  {
    // The same extension for the web worker extension host: no Node, no files but its own.
    ...shared,
    entryPoints: ['src/web/extension.ts'],
    outfile: 'dist/web.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    plugins: [precompiledQuestionnaire, registeredYaml, singleVscodeImport],
  },
  ...registry.chunks.map(chunk),
  {
    ...shared,
    entryPoints: ['src/cli/bin.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [precompiledQuestionnaire],
  },
  {
    ...shared,
    entryPoints: ['src/webview/main.ts'],
    outfile: 'dist/webview.js',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

/** Translated built-in questionnaires, precompiled like the English one, read only in their language. */
async function writeTranslatedQuestionnaires() {
  const { loadQuestionnaire } = await loadTypeScript(LOADER);
  for (const name of fs.readdirSync('questionnaires').filter((file) => /^default\.[a-z-]+\.yaml$/.test(file))) {
    const loaded = loadQuestionnaire(fs.readFileSync(`questionnaires/${name}`, 'utf8'));
    if (!loaded.ok) {
      throw new Error(`questionnaires/${name}: ${loaded.problems.map((problem) => `line ${problem.line}: ${problem.message}`).join('; ')}`);
    }
    fs.mkdirSync('dist', { recursive: true });
    fs.writeFileSync(`dist/questionnaire.${name.split('.')[1]}.json`, JSON.stringify(loaded.questionnaire));
  }
}

async function main() {
  if (production) {
    // A production build must not ship a development build's source maps.
    fs.rmSync('dist', { recursive: true, force: true });
  }
  await writeTranslatedQuestionnaires();
  if (watch) {
    const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
    await Promise.all(contexts.map((context) => context.watch()));
    return;
  }
  await Promise.all(builds.map((options) => esbuild.build(options)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
