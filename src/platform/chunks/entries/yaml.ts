/**
 * Everything that needs the `yaml` parser, bundled on its own as `dist/yaml.js`. The host loads
 * it on first use: for a team's own questionnaire or calendar rules file, or a note the fast
 * reader cannot read.
 * The names are exported flat too: the `yaml` stand-in in the Node host bundle calls them so.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { loadRules } from '../../../core/evidence/rulesFile';
import { loadQuestionnaire } from '../../../core/questionnaire/loadQuestionnaire';
import type { YamlChunk } from '../yamlRegistry';

export { isMap, isScalar, isSeq, LineCounter, loadQuestionnaire, loadRules, parseDocument };
export const chunk: YamlChunk = { isMap, isScalar, isSeq, LineCounter, parseDocument, loadQuestionnaire, loadRules };
