import { isMap, isScalar, isSeq, type LineCounter, type Node, type Pair } from 'yaml';

/** One thing wrong with a questionnaire file, pointing at the spot (1-based line and column). */
export interface QuestionnaireProblem {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Raised inside a field's reader; the field is then left out and reading goes on. */
export class Skip extends Error {}

/**
 * Walking a YAML document and saying what is wrong where: text, lists and mappings with the
 * fields they may hold, each problem kept with its line and column, so a file shows all its
 * problems at once.
 */
export abstract class YamlReader {
  readonly problems: QuestionnaireProblem[] = [];

  constructor(private readonly lineCounter: LineCounter) {}

  protected text(node: Node | undefined, what: string, pattern?: RegExp, allowed?: string, mayBeEmpty = false): string {
    if (node && isScalar(node) && typeof node.value === 'string' && (mayBeEmpty || node.value.trim() !== '')) {
      if (pattern && !pattern.test(node.value)) {
        return this.fail(node, `The ${what} "${node.value}" may only hold ${allowed}.`);
      }
      return node.value;
    }
    return this.fail(node ?? null, node ? `The ${what} must be non-empty text.` : `Missing ${what}.`);
  }

  protected labels(node: Node, what: string, count: number, meaning: string): string[] {
    if (!isSeq(node) || node.items.length !== count) {
      return this.fail(node, `The ${what} must be a list of exactly ${count} labels: ${meaning}.`);
    }
    return node.items.map((item) => this.text(item as Node, `${what} label`));
  }

  /** A list of mappings; an entry that cannot be read is reported and left out. */
  protected list<T>(node: Node | undefined, what: string, allowed: readonly string[], read: (entry: FieldMap, node: Node) => T): T[] {
    if (!node || !isSeq(node) || node.items.length === 0) {
      return this.fail(node ?? null, `The ${what} must be a non-empty list.`);
    }
    const results: T[] = [];
    for (const item of node.items as Node[]) {
      const fields = this.mapping(item, `Each entry of ${what}`, allowed);
      if (!fields) {
        continue;
      }
      try {
        results.push(read(new FieldMap(fields), item));
      } catch (error) {
        if (!(error instanceof Skip)) {
          throw error;
        }
      }
    }
    return results;
  }

  /** A mapping's entries by key, with every unknown key reported at the key itself. */
  protected mapping(node: Node, what: string, allowed: readonly string[]): Map<string, { key: Node; value: Node }> | null {
    if (!isMap(node)) {
      this.report(node, `${what} must be a mapping of fields.`);
      return null;
    }
    const entries = new Map<string, { key: Node; value: Node }>();
    for (const pair of node.items as Pair<Node, Node>[]) {
      const name = isScalar(pair.key) ? String(pair.key.value) : '';
      if (!allowed.includes(name)) {
        this.report(pair.key, `Unknown field "${name}" in ${what.toLowerCase().replace(/^each entry of /, '')}. Expected one of: ${allowed.join(', ')}.`);
        continue;
      }
      entries.set(name, { key: pair.key, value: pair.value ?? pair.key });
    }
    return entries;
  }

  protected uniqueIds(node: Node | undefined, entries: readonly { id: string }[], what: string): void {
    const seen = new Set<string>();
    for (const { id } of entries) {
      if (seen.has(id)) {
        this.report(this.findScalar(node, id) ?? node ?? null, `Duplicate ${what} id "${id}": ids must be unique.`);
      }
      seen.add(id);
    }
  }

  /** The second scalar holding `value` under `node`: where a duplicate id is written. */
  protected findScalar(node: Node | undefined, value: string): Node | undefined {
    const found: Node[] = [];
    const visit = (current: unknown): void => {
      if (isScalar(current) && current.value === value) {
        found.push(current);
      } else if (isMap(current) || isSeq(current)) {
        for (const item of current.items) {
          visit(isMap(current) ? (item as Pair).value : item);
        }
      }
    };
    visit(node);
    return found[1];
  }

  protected fail(node: Node | null, message: string): never {
    this.report(node, message);
    throw new Skip();
  }

  protected report(node: Node | null, message: string): void {
    const [start, end] = node?.range ?? [0, 1];
    const from = this.lineCounter.linePos(start);
    const to = this.lineCounter.linePos(Math.max(end, start + 1));
    this.problems.push({ message, line: from.line, column: from.col, endLine: to.line, endColumn: to.col });
  }
}

/** The fields of one mapping entry, by name. */
export class FieldMap {
  constructor(private readonly fields: Map<string, { key: Node; value: Node }>) {}

  get(name: string): Node | undefined {
    return this.fields.get(name)?.value;
  }

  has(name: string): boolean {
    return this.fields.has(name);
  }
}
