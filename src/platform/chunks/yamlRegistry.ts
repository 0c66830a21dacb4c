import type { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { loadQuestionnaire } from '../../core/questionnaire/loadQuestionnaire';
import type { loadRules } from '../../core/evidence/rulesFile';

/** What the YAML chunk (entries/yaml.ts) gives: the parser's calls the core makes, and the loaders of the team's YAML files. */
export interface YamlChunk {
  readonly parseDocument: typeof parseDocument;
  readonly isMap: typeof isMap;
  readonly isScalar: typeof isScalar;
  readonly isSeq: typeof isSeq;
  readonly LineCounter: typeof LineCounter;
  readonly loadQuestionnaire: typeof loadQuestionnaire;
  readonly loadRules: typeof loadRules;
}

let loaded: YamlChunk | undefined;

/** The YAML reader the web build's `yaml` stand-in calls, once `webChunks` has loaded it. */
export function yamlChunk(): YamlChunk {
  if (!loaded) {
    throw new Error('Lead Review is still loading its YAML reader. Try again in a moment.');
  }
  return loaded;
}

export function useYamlChunk(chunk: YamlChunk): void {
  loaded = chunk;
}
