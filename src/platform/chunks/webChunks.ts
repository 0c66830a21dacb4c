import * as vscode from 'vscode';
import type { Chunks } from '../chunks/chunks';
import { useYamlChunk } from './yamlRegistry';

/**
 * The web worker extension host has no `require` for files, so a chunk is read from the
 * extension's own folder and evaluated as CommonJS, the way that host loads extensions. Chunks
 * import nothing but `vscode`.
 */
export function webChunks(extensionUri: vscode.Uri): Chunks {
  const load = async <T>(file: string): Promise<T> => {
    const source = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'dist', file)));
    const module = { exports: {} as T };
    const requireVscode = (id: string): unknown => {
      if (id !== 'vscode') {
        throw new Error(`dist/${file} asked for "${id}", which the web build does not provide.`);
      }
      return vscode;
    };
    new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${file}`)(module, module.exports, requireVscode);
    return module.exports;
  };
  let report: ReturnType<Chunks['report']> | undefined;
  let git: ReturnType<Chunks['git']> | undefined;
  let privateText: ReturnType<Chunks['privateText']> | undefined;
  let yaml: Promise<void> | undefined;
  return {
    report: () => (report ??= load('report.js')),
    git: () => (git ??= load('git.js')),
    privateText: () => (privateText ??= load('private.js')),
    prepareYaml: () => (yaml ??= load<Parameters<typeof useYamlChunk>[0]>('yaml.js').then(useYamlChunk)),
  };
}
