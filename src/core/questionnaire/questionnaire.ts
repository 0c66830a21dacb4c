/** Which side of the article's contrasts a behaviour belongs to. Two separate axes, never one slider. */
export type Pole = 'leading' | 'managing';

/** A behaviour the person rates on the 0–4 frequency scale. */
export interface BehaviourItem {
  readonly id: string;
  readonly pole: Pole;
  readonly text: string;
}

/** One of the article's seven contrasts between leading and managing. */
export interface Dimension {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly items: readonly BehaviourItem[];
}

export interface Choice<T extends string | number> {
  readonly value: T;
  readonly label: string;
}

export type TitleContext = 'manager' | 'lead' | 'none';

export interface AllocationBucket {
  readonly id: string;
  readonly label: string;
}

export interface Prompt {
  readonly id: string;
  readonly label: string;
  readonly placeholder: string;
}

export type Role = 'tech-lead' | 'engineering-manager' | 'staff-engineer';
export const ROLES: readonly Role[] = ['tech-lead', 'engineering-manager', 'staff-engineer'];

/** An inclusive range [min, max]. */
export type Band = readonly [number, number];

/** Where a period usually falls for a role: per contrast's lean, and per time-allocation bucket. */
export interface RoleBands {
  readonly lean: Readonly<Record<string, Band>>;
  readonly allocation: Readonly<Record<string, Band>>;
}

export interface Questionnaire {
  readonly id: string;
  readonly version: number;
  readonly title: string;
  /** Labels for 0..4, in order. */
  readonly scale: readonly Choice<number>[];
  readonly dimensions: readonly Dimension[];
  readonly allocation: readonly AllocationBucket[];
  /** Labels for 1..5, in order. */
  readonly energy: readonly Choice<number>[];
  readonly titleContext: readonly Choice<TitleContext>[];
  readonly prompts: readonly Prompt[];
  readonly bands: Readonly<Partial<Record<Role, RoleBands>>>;
}

export const SCALE_MIN = 0;
export const SCALE_MAX = 4;
export const ENERGY_MIN = 1;
export const ENERGY_MAX = 5;
export const TITLE_CONTEXTS: readonly TitleContext[] = ['manager', 'lead', 'none'];

/** The id grammar of dimensions, items, allocation areas and prompts. Keep in sync with the schema. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** A questionnaire's own id, which may hold `/` (`acme/tech-leads`). */
export const QUESTIONNAIRE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
/** `id@version`, as `questionnaireRef` writes it. */
export const QUESTIONNAIRE_REF_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]*@[1-9]\d*$/;

/** `lead-review/default@1`: what every reflection records so old notes stay interpretable. */
export function questionnaireRef(questionnaire: Pick<Questionnaire, 'id' | 'version'>): string {
  return `${questionnaire.id}@${questionnaire.version}`;
}

export function allItems(questionnaire: Questionnaire): BehaviourItem[] {
  return questionnaire.dimensions.flatMap((dimension) => dimension.items);
}
