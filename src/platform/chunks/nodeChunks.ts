import type { ChunkName, Chunks } from './chunks';

/**
 * On the desktop and in remote hosts, Node loads a chunk the first time it is asked for. The
 * file names are literals so the bundler leaves each `require` as it is; a unit test holds them
 * to the chunk registry.
 */
const requireChunk: Record<ChunkName, () => { chunk: unknown }> = {
  report: () => require('./report.js'),
  git: () => require('./git.js'),
  private: () => require('./private.js'),
  calendar: () => require('./calendar.js'),
  // Only this host has Node's file system: an exclusive create for new notes.
  nodeFiles: () => require('./node-files.js'),
  // Only this host can run git itself: who would commit, before anything is staged.
  nodeGit: () => require('./node-git.js'),
};

export const nodeChunks: Chunks = {
  host: 'node',
  load: async (name) => requireChunk[name]().chunk,
  // dist/yaml.js is required on its first use (see the lazy-yaml plugin in esbuild.js).
  prepareYaml: async () => undefined,
};
