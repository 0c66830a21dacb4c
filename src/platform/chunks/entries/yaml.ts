/**
 * Everything that needs the `yaml` parser, bundled on its own as `dist/yaml.js`. The host loads
 * it on first use: for a team's own questionnaire file, or a note the fast reader cannot read.
 */
export { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
export { loadQuestionnaire } from './core/loadQuestionnaire';
