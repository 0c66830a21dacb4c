// @ts-check
import js from '@eslint/js';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.flatMap((name) => [name, `node:${name}`]);
const noVscode = { name: 'vscode', message: 'Keep this layer free of the editor: the adapters beside it talk to VS Code.' };

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', '.vscode-test/', 'test-results/', 'media/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      curly: 'error',
      eqeqeq: 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Finding and replacing control characters is what the escaper, the folder rules and their tests are for.
      'no-control-regex': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // Small files: one concern each. Blank lines and comments count too, as a reader counts them.
    files: ['src/**/*.ts'],
    rules: { 'max-lines': ['error', { max: 250 }] },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noVscode, ...nodeBuiltins.map((name) => ({ name, message: 'src/core is pure: no Node built-ins, so the CLI, the web build and the tests share it.' }))],
        },
      ],
    },
  },
  {
    // Everything but the command line runs in the web worker extension host too: no Node built-ins.
    files: ['src/**/*.ts'],
    // The Node-only chunks (dist/node-files.js, dist/node-git.js), which the web build never loads, may use Node.
    ignores: ['src/core/**', 'src/webview/**', 'src/shared/**', 'src/cli/**', 'src/platform/chunks/entries/nodeFiles.ts', 'src/platform/chunks/entries/nodeGit.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeBuiltins.map((name) => ({ name, message: 'The web build (dist/web.js) runs without Node: use workspace.fs and WebCrypto.' })) }],
    },
  },
  {
    files: ['src/webview/**/*.ts', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noVscode, ...nodeBuiltins.map((name) => ({ name, message: 'The webview runs in a browser.' }))] }],
    },
  },
  {
    // Standalone Node scripts, such as scripts/decrypt-note.mjs, which people run without the extension.
    files: ['scripts/**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' } },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', exports: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
  },
);
