import registry from './registry.json';

/** The chunks a feature can load by name (the YAML chunk is made ready with `prepareYaml`). */
export type ChunkName = 'report' | 'git' | 'private' | 'calendar' | 'nodeFiles' | 'nodeGit';

/**
 * Parts of the extension loaded only when needed, from files beside the main bundle, as the chunk
 * registry (registry.json) lists them. The desktop requires them; the web worker host, which has
 * no `require` for files, reads and evaluates them (webChunks.ts).
 *
 * Each chunk's entry (entries/) exports `chunk`, typed by the interface that the feature using it
 * declares; that feature casts what `load` returns to it. The entries sit above every layer, as
 * bundle roots, so nothing below them imports them, not even for their types.
 */
export interface Chunks {
  /** The extension host these chunks load in: only Node's may fetch a calendar feed (see docs/evidence.md). */
  readonly host: 'node' | 'web';
  /** The chunk's `chunk` export, loaded once. */
  load(name: ChunkName): Promise<unknown>;
  /** Makes the YAML reader ready for the synchronous calls of the core. */
  prepareYaml(): Promise<void>;
}

/** The file a chunk is built to, in `dist/`. */
export function chunkFile(name: ChunkName | 'yaml'): string {
  const entry = registry.chunks.find((chunk) => chunk.name === name);
  if (!entry) {
    throw new Error(`The chunk registry has no chunk named ${name}.`);
  }
  return entry.file;
}
