import { isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { FieldMap, Skip, YamlReader, type QuestionnaireProblem } from './yamlReader';
import { ID_PATTERN, QUESTIONNAIRE_ID_PATTERN, ROLES, type Band, type BehaviourItem, type Dimension, type Pole, type Questionnaire, type Role, type RoleBands } from './questionnaire';

export type { QuestionnaireProblem } from './yamlReader';

export type LoadedQuestionnaire =
  | { readonly ok: true; readonly questionnaire: Questionnaire }
  | { readonly ok: false; readonly problems: readonly QuestionnaireProblem[] };

/** The fields each mapping may hold. Keep in sync with schemas/questionnaire.schema.json. */
export const QUESTIONNAIRE_FIELDS = {
  root: ['id', 'version', 'title', 'scale', 'energy', 'dimensions', 'allocation', 'prompts', 'bands'],
  dimension: ['id', 'title', 'summary', 'items'],
  item: ['id', 'pole', 'text'],
  bucket: ['id', 'label'],
  prompt: ['id', 'label', 'placeholder'],
  roleBands: ['lean', 'allocation'],
} as const;

const TITLE_CONTEXT_CHOICES = [
  { value: 'manager', label: 'Yes, a management title' },
  { value: 'lead', label: 'A lead title' },
  { value: 'none', label: 'No' },
] as const;


/**
 * Reads a questionnaire file and checks it the way a person would want: every problem at once,
 * each with its line and column, from YAML syntax to duplicate ids and one-sided dimensions.
 */
export function loadQuestionnaire(text: string): LoadedQuestionnaire {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const problems: QuestionnaireProblem[] = document.errors.map((error) => {
    const [start, end] = error.linePos ?? [{ line: 1, col: 1 }];
    return {
      message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
      line: start.line,
      column: start.col,
      endLine: end?.line ?? start.line,
      endColumn: end?.col ?? start.col + 1,
    };
  });
  if (problems.length > 0) {
    return { ok: false, problems };
  }
  const reader = new Reader(lineCounter, document.contents);
  const questionnaire = reader.questionnaire();
  return reader.problems.length > 0 || !questionnaire ? { ok: false, problems: reader.problems } : { ok: true, questionnaire };
}

/** The questionnaire's own fields; the YAML walking and the problems it reports are in YamlReader. */
class Reader extends YamlReader {
  constructor(
    lineCounter: LineCounter,
    private readonly root: Node | null,
  ) {
    super(lineCounter);
  }

  questionnaire(): Questionnaire | null {
    if (!this.root) {
      this.report(null, 'The file is empty: a questionnaire needs an id, a version, dimensions and more.');
      return null;
    }
    const fields = this.mapping(this.root, 'The questionnaire', QUESTIONNAIRE_FIELDS.root);
    if (!fields) {
      return null;
    }
    const field = <T>(name: string, read: (node: Node) => T, optional = false): T | undefined => {
      const entry = fields.get(name);
      if (!entry) {
        if (!optional) {
          this.report(this.root, `The questionnaire needs "${name}".`);
        }
        return undefined;
      }
      try {
        return read(entry.value);
      } catch (error) {
        if (error instanceof Skip) {
          return undefined;
        }
        throw error;
      }
    };
    const id = field('id', (node) => this.text(node, 'id', QUESTIONNAIRE_ID_PATTERN, 'letters, digits, ".", "_", "-" and "/"'));
    const version = field('version', (node) => this.version(node));
    const title = field('title', (node) => this.text(node, 'title'));
    const scale = field('scale', (node) => this.labels(node, 'scale', 5, 'the five labels for 0 to 4'));
    const energy = field('energy', (node) => this.labels(node, 'energy', 5, 'the five labels for 1 to 5'));
    const dimensions = field('dimensions', (node) => this.dimensions(node));
    const allocation = field('allocation', (node) =>
      this.list(node, 'allocation', QUESTIONNAIRE_FIELDS.bucket, (entry) => ({ id: this.id(entry, 'allocation'), label: this.text(entry.get('label'), 'label') })),
    );
    const prompts = field('prompts', (node) =>
      this.list(node, 'prompts', QUESTIONNAIRE_FIELDS.prompt, (entry) => ({
        id: this.id(entry, 'prompt'),
        label: this.text(entry.get('label'), 'prompt label'),
        placeholder: entry.has('placeholder') ? this.text(entry.get('placeholder'), 'placeholder', undefined, undefined, true) : '',
      })),
    );
    this.uniqueIds(fields.get('dimensions')?.value, dimensions ?? [], 'dimension');
    this.uniqueIds(fields.get('dimensions')?.value, (dimensions ?? []).flatMap((dimension) => dimension.items), 'item');
    this.uniqueIds(fields.get('allocation')?.value, allocation ?? [], 'allocation bucket');
    this.uniqueIds(fields.get('prompts')?.value, prompts ?? [], 'prompt');
    const bands = field('bands', (node) => this.bands(node, dimensions ?? [], allocation ?? []), true) ?? {};
    if (!id || version === undefined || !title || !scale || !energy || !dimensions || !allocation || !prompts || this.problems.length > 0) {
      return null;
    }
    return {
      id,
      version,
      title,
      scale: scale.map((label, value) => ({ value, label })),
      energy: energy.map((label, index) => ({ value: index + 1, label })),
      titleContext: TITLE_CONTEXT_CHOICES,
      dimensions,
      allocation,
      prompts,
      bands,
    };
  }

  private dimensions(node: Node): Dimension[] {
    return this.list(node, 'dimensions', QUESTIONNAIRE_FIELDS.dimension, (entry, dimensionNode) => {
      const items = this.list(entry.get('items'), 'items', QUESTIONNAIRE_FIELDS.item, (item): BehaviourItem => ({
        id: this.id(item, 'item'),
        pole: this.pole(item.get('pole')),
        text: this.text(item.get('text'), 'item text'),
      }));
      const dimension: Dimension = {
        id: this.id(entry, 'dimension'),
        title: this.text(entry.get('title'), 'dimension title'),
        summary: this.text(entry.get('summary'), 'summary'),
        items,
      };
      for (const pole of ['leading', 'managing'] as const) {
        if (!items.some((item) => item.pole === pole)) {
          this.report(entry.get('items') ?? dimensionNode, `Dimension "${dimension.id}" has no ${pole} item: each dimension needs at least one leading and one managing item.`);
        }
      }
      return dimension;
    });
  }

  private bands(node: Node, dimensions: readonly Dimension[], buckets: readonly { id: string }[]): Partial<Record<Role, RoleBands>> {
    const roles = this.mapping(node, 'bands', ROLES);
    if (!roles) {
      throw new Skip();
    }
    const result: Partial<Record<Role, RoleBands>> = {};
    for (const [role, { value }] of roles) {
      const parts = this.mapping(value, `bands.${role}`, QUESTIONNAIRE_FIELDS.roleBands);
      if (!parts) {
        continue;
      }
      const ranges = (part: 'lean' | 'allocation', ids: readonly string[], min: number, max: number): Record<string, Band> => {
        const entry = parts.get(part);
        const map = entry ? this.mapping(entry.value, `bands.${role}.${part}`, ids) : new Map();
        return Object.fromEntries([...(map ?? [])].map(([id, { value: range }]) => [id, this.band(range, `${role} ${part} band for "${id}"`, min, max)]));
      };
      result[role as Role] = {
        lean: ranges('lean', dimensions.map((dimension) => dimension.id), -4, 4),
        allocation: ranges('allocation', buckets.map((bucket) => bucket.id), 0, 100),
      };
    }
    return result;
  }

  private band(node: Node, what: string, min: number, max: number): Band {
    if (isSeq(node) && node.items.length === 2 && node.items.every((item) => isScalar(item) && typeof item.value === 'number')) {
      const [low, high] = node.items.map((item) => (item as { value: number }).value) as [number, number];
      if (low <= high && low >= min && high <= max) {
        return [low, high];
      }
    }
    this.report(node, `The ${what} must be [min, max] with ${min} ≤ min ≤ max ≤ ${max}.`);
    return [min, max];
  }

  private version(node: Node): number {
    if (isScalar(node) && typeof node.value === 'number' && Number.isInteger(node.value) && node.value >= 1) {
      return node.value;
    }
    return this.fail(node, 'The version must be a whole number from 1 up, such as 2. Raise it whenever questions change meaning.');
  }

  private pole(node: Node | undefined): Pole {
    if (node && isScalar(node) && (node.value === 'leading' || node.value === 'managing')) {
      return node.value;
    }
    return this.fail(node ?? null, 'An item\'s pole must be "leading" or "managing".');
  }

  private id(entry: FieldMap, what: string): string {
    return this.text(entry.get('id'), `${what} id`, ID_PATTERN, 'letters, digits, ".", "_" and "-", starting with a letter or digit');
  }

}
