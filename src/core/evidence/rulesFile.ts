/**
 * A team's classification rules, from `.lead-review/evidence.yaml`, checked like the
 * questionnaire: every problem at once, each at its line and column. Keep in step with
 * schemas/evidence-rules.schema.json.
 */
import { isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { YamlReader, type QuestionnaireProblem } from '../questionnaire/yamlReader';
import { DEFAULT_RULES, type ClassificationRule } from './classify';
import { OTHER_AREA } from './model';

export type LoadedRules = { readonly ok: true; readonly rules: readonly ClassificationRule[] } | { readonly ok: false; readonly problems: readonly QuestionnaireProblem[] };

export const RULES_FIELDS = { root: ['defaults', 'rules'], rule: ['area', 'match'] } as const;

/** The rules in force: the file's, then the defaults unless the file says `defaults: false`. */
export function loadRules(text: string, areas: readonly string[]): LoadedRules {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => {
        const [start, end] = error.linePos ?? [{ line: 1, col: 1 }];
        return { message: error.message.split('\n')[0]!, line: start.line, column: start.col, endLine: end?.line ?? start.line, endColumn: end?.col ?? start.col + 1 };
      }),
    };
  }
  const reader = new RulesReader(lineCounter, [...areas, OTHER_AREA]);
  const read = reader.read(document.contents);
  return reader.problems.length > 0 || !read ? { ok: false, problems: reader.problems } : { ok: true, rules: read.defaults ? [...read.rules, ...DEFAULT_RULES] : read.rules };
}

class RulesReader extends YamlReader {
  constructor(
    lineCounter: LineCounter,
    private readonly areas: readonly string[],
  ) {
    super(lineCounter);
  }

  read(root: Node | null): { defaults: boolean; rules: ClassificationRule[] } | null {
    if (!root) {
      return { defaults: true, rules: [] };
    }
    const fields = this.mapping(root, 'The rules file', RULES_FIELDS.root);
    if (!fields) {
      return null;
    }
    const defaultsNode = fields.get('defaults')?.value;
    let defaults = true;
    if (defaultsNode) {
      if (isScalar(defaultsNode) && typeof defaultsNode.value === 'boolean') {
        defaults = defaultsNode.value;
      } else {
        this.report(defaultsNode, '"defaults" must be true or false.');
      }
    }
    const rulesNode = fields.get('rules')?.value;
    const rules = rulesNode
      ? this.list(rulesNode, 'rules', RULES_FIELDS.rule, (entry) => ({
          area: this.text(entry.get('area'), 'area', new RegExp(`^(?:${this.areas.map((area) => area.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})$`), `one of: ${this.areas.join(', ')}`),
          match: this.phrases(entry.get('match')),
        }))
      : [];
    return { defaults, rules };
  }

  private phrases(node: Node | undefined): string[] {
    if (!node || !isSeq(node) || node.items.length === 0) {
      return this.fail(node ?? null, '"match" must be a non-empty list of phrases.');
    }
    return node.items.map((item) => this.text(item as Node, 'phrase'));
  }
}
