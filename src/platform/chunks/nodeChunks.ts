import type * as NodeFiles from '../storage/nodeFiles';
import type { Chunks } from './chunks';

/** On the desktop and in remote hosts, Node loads a chunk the first time it is asked for. */
export const nodeChunks: Chunks & { nodeFiles(): Promise<typeof NodeFiles> } = {
  // Only this host has Node's file system: an exclusive create for new notes.
  nodeFiles: async () => require('./node-files.js'),
  report: async () => require('./report.js'),
  git: async () => require('./git.js'),
  privateText: async () => require('./private.js'),
  // dist/yaml.js is required on its first use (see the lazy-yaml plugin in esbuild.js).
  prepareYaml: async () => undefined,
};
