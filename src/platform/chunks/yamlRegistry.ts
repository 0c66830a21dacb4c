import type * as YamlChunk from '../yamlChunk';

let loaded: typeof YamlChunk | undefined;

/** The YAML reader the web build's `yaml` stand-in calls, once `webChunks` has loaded it. */
export function yamlChunk(): typeof YamlChunk {
  if (!loaded) {
    throw new Error('Lead Review is still loading its YAML reader. Try again in a moment.');
  }
  return loaded;
}

export function useYamlChunk(chunk: typeof YamlChunk): void {
  loaded = chunk;
}
