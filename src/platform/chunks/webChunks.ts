import * as vscode from 'vscode';
import { chunkFile, type ChunkName, type Chunks } from './chunks';
import { useYamlChunk, type YamlChunk } from './yamlRegistry';
import { readText } from '../storage/files';

/**
 * The web worker extension host has no `require` for files, so a chunk is read from the
 * extension's own folder and evaluated as CommonJS, the way that host loads extensions. Chunks
 * import nothing but `vscode`.
 */
export function webChunks(extensionUri: vscode.Uri): Chunks {
  const evaluate = async (file: string): Promise<{ chunk: unknown }> => {
    const source = await readText(vscode.Uri.joinPath(extensionUri, 'dist', file));
    const module = { exports: {} as { chunk: unknown } };
    const requireVscode = (id: string): unknown => {
      if (id !== 'vscode') {
        throw new Error(`dist/${file} asked for "${id}", which the web build does not provide.`);
      }
      return vscode;
    };
    new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${file}`)(module, module.exports, requireVscode);
    return module.exports;
  };
  const loaded = new Map<ChunkName, Promise<unknown>>();
  let yaml: Promise<void> | undefined;
  return {
    host: 'web',
    load: (name) => {
      const chunk = loaded.get(name) ?? evaluate(chunkFile(name)).then((module) => module.chunk);
      loaded.set(name, chunk);
      return chunk;
    },
    prepareYaml: () => (yaml ??= evaluate(chunkFile('yaml')).then((module) => useYamlChunk(module.chunk as YamlChunk))),
  };
}
