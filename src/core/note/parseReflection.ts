import { FOLLOW_THROUGH_ANSWERS, isPlainObject, type FollowThrough } from './draft';
import { parseFrontMatter } from './frontMatter';
import { parseLocalDate } from '../time/localDate';
import { CADENCES, parsePeriodId, type Cadence } from '../time/period';
import { ID_PATTERN, QUESTIONNAIRE_REF_PATTERN, ROLES, TITLE_CONTEXTS, type Role, type TitleContext } from '../questionnaire/questionnaire';
import { MAX_PBKDF2_ITERATIONS, PBKDF2_ITERATIONS, PRIVATE_TEXT_VERSION } from '../private/privateText';
import { REFLECTION_SCHEMA, type PrivateTextRecord, type QuickCheckInRecord, type BandsRecord, type DimensionRecord, type FollowThroughRecord, type Reflection, type StoredScores } from './model';
import type { Stance } from '../scoring/scoring';
import { readEvidence } from '../evidence/evidenceRecord';
import type { EvidenceRecord } from '../evidence/model';

export type ParsedReflection =
  | { readonly ok: true; readonly reflection: Reflection }
  | { readonly ok: false; readonly error: string; readonly line: number };

const STANCES: readonly Stance[] = ['leading and managing', 'mostly leading', 'mostly managing', 'heads-down'];

class ShapeError extends Error {}

/** Reads a note back to exactly the data it was written from. Anything unexpected is named, never guessed. */
export function parseReflection(text: string): ParsedReflection {
  const frontMatter = parseFrontMatter(text);
  if (!frontMatter.ok) {
    return frontMatter;
  }
  try {
    return { ok: true, reflection: readReflection(frontMatter.data) };
  } catch (error) {
    if (error instanceof ShapeError) {
      return { ok: false, error: `not a Lead Review note: ${error.message}`, line: 1 };
    }
    throw error;
  }
}

function readReflection(data: unknown): Reflection {
  const record = expectObject(data, 'the front matter');
  const schema = record.schema;
  if (schema !== REFLECTION_SCHEMA) {
    throw new ShapeError(`schema must be ${REFLECTION_SCHEMA}, found ${JSON.stringify(schema) ?? 'nothing'}`);
  }
  return {
    schema,
    questionnaire: expectMatch(record.questionnaire, 'questionnaire', QUESTIONNAIRE_REF_PATTERN),
    period: expectPeriod(record.period, 'period'),
    cadence: expectOneOf(record.cadence, 'cadence', CADENCES) as Cadence,
    date: expectDate(record.date, 'date'),
    titleContext: expectOneOf(record.titleContext, 'titleContext', TITLE_CONTEXTS) as TitleContext,
    energy: expectNumber(record.energy, 'energy', 1, 5),
    allocation: expectMap(record.allocation, 'allocation', (value, field) => expectNumber(value, field, 0, 100)),
    answers: expectMap(record.answers, 'answers', (value, field) => expectNumber(value, field, 0, 4)),
    notes: expectMap(record.notes, 'notes', expectString),
    ...(record.followThrough === undefined ? {} : { followThrough: readFollowThrough(record.followThrough) }),
    ...(record.bands === undefined ? {} : { bands: readBands(record.bands) }),
    ...(record.checkIn === undefined ? {} : { checkIn: readCheckIn(record.checkIn) }),
    ...(record.privateText === undefined ? {} : { privateText: readPrivateText(record.privateText) }),
    ...(record.evidence === undefined ? {} : { evidence: expectEvidence(record.evidence) }),
    scores: readScores(record.scores),
  };
}

function expectEvidence(data: unknown): EvidenceRecord {
  const read = readEvidence(data);
  if (!read.ok) {
    throw new ShapeError(read.error);
  }
  return read.evidence;
}

function readFollowThrough(data: unknown): FollowThroughRecord {
  const record = expectObject(data, 'followThrough');
  return {
    period: expectPeriod(record.period, 'followThrough.period'),
    focus: expectString(record.focus, 'followThrough.focus'),
    ...(record.plan === undefined ? {} : { plan: readPlan(record.plan) }),
    answer: record.answer === null ? null : (expectOneOf(record.answer, 'followThrough.answer', FOLLOW_THROUGH_ANSWERS) as FollowThrough),
  };
}

function readPlan(data: unknown): { if: string; then: string } {
  const plan = expectObject(data, 'followThrough.plan');
  return { if: expectString(plan.if, 'followThrough.plan.if'), then: expectString(plan.then, 'followThrough.plan.then') };
}

function readCheckIn(data: unknown): QuickCheckInRecord {
  const record = expectObject(data, 'checkIn');
  expectOneOf(record.mode, 'checkIn.mode', ['quick']);
  const asked = expectObject(record.asked, 'checkIn.asked');
  return {
    mode: 'quick',
    asked: {
      items: expectIds(asked.items, 'checkIn.asked.items'),
      allocation: expectBoolean(asked.allocation, 'checkIn.asked.allocation'),
      prompts: expectIds(asked.prompts, 'checkIn.asked.prompts'),
      titleContext: expectBoolean(asked.titleContext, 'checkIn.asked.titleContext'),
    },
  };
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function readPrivateText(data: unknown): PrivateTextRecord {
  const record = expectObject(data, 'privateText');
  const storage = expectOneOf(record.storage, 'privateText.storage', ['encrypted', 'local']) as PrivateTextRecord['storage'];
  const prompts = expectIds(record.prompts, 'privateText.prompts');
  if (storage === 'local') {
    return { storage: 'local', prompts, file: expectMatch(record.file, 'privateText.file', /^[^/\\]+\.private\.md$/) };
  }
  if (record.version !== PRIVATE_TEXT_VERSION) {
    throw new ShapeError(`privateText.version must be ${PRIVATE_TEXT_VERSION}; this note was written by a newer Lead Review`);
  }
  expectOneOf(record.kdf, 'privateText.kdf', ['PBKDF2-SHA256']);
  expectOneOf(record.cipher, 'privateText.cipher', ['AES-256-GCM']);
  return {
    storage: 'encrypted',
    version: PRIVATE_TEXT_VERSION,
    kdf: 'PBKDF2-SHA256',
    iterations: expectNumber(record.iterations, 'privateText.iterations', PBKDF2_ITERATIONS, MAX_PBKDF2_ITERATIONS),
    cipher: 'AES-256-GCM',
    salt: expectMatch(record.salt, 'privateText.salt', BASE64),
    iv: expectMatch(record.iv, 'privateText.iv', BASE64),
    keyCheck: expectMatch(record.keyCheck, 'privateText.keyCheck', BASE64),
    prompts,
    ciphertext: expectMatch(record.ciphertext, 'privateText.ciphertext', BASE64),
  };
}

function expectIds(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || !value.every((entry) => typeof entry === 'string' && ID_PATTERN.test(entry))) {
    throw new ShapeError(`${field} must be a list of ids`);
  }
  return value as string[];
}

function expectBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') {
    throw new ShapeError(`${field} must be true or false`);
  }
  return value;
}

function readBands(data: unknown): BandsRecord {
  const record = expectObject(data, 'bands');
  return {
    role: expectOneOf(record.role, 'bands.role', ROLES) as Role,
    outside: expectMap(record.outside, 'bands.outside', (value, field) => expectNumber(value, field, 1, Number.MAX_SAFE_INTEGER)),
  };
}

function readScores(data: unknown): StoredScores {
  const record = expectObject(data, 'scores');
  return {
    leading: expectNumber(record.leading, 'scores.leading', 0, 100),
    managing: expectNumber(record.managing, 'scores.managing', 0, 100),
    stance: expectOneOf(record.stance, 'scores.stance', STANCES) as Stance,
    answered: expectNumber(record.answered, 'scores.answered', 0, Number.MAX_SAFE_INTEGER),
    total: expectNumber(record.total, 'scores.total', 0, Number.MAX_SAFE_INTEGER),
    dimensions: expectMap(record.dimensions, 'scores.dimensions', readDimension),
  };
}

function readDimension(data: unknown, field: string): DimensionRecord {
  const record = expectObject(data, field);
  return {
    leading: expectNullableNumber(record.leading, `${field}.leading`, 0, 4),
    managing: expectNullableNumber(record.managing, `${field}.managing`, 0, 4),
    lean: expectNullableNumber(record.lean, `${field}.lean`, -4, 4),
  };
}

function expectObject(value: unknown, field: string): Record<string, unknown> {
  if (!isPlainObject(value)) {
    throw new ShapeError(`${field} must be a mapping`);
  }
  return value;
}

/** Keys are questionnaire ids, so they follow the loader's id grammar. */
function expectMap<T>(value: unknown, field: string, read: (entry: unknown, field: string) => T): Record<string, T> {
  const record = expectObject(value, field);
  return Object.fromEntries(
    Object.entries(record).map(([key, entry]) => {
      if (!ID_PATTERN.test(key)) {
        throw new ShapeError(`${field} has the key ${JSON.stringify(key).slice(0, 60)}, which is not an id (letters, digits, ".", "_" and "-")`);
      }
      return [key, read(entry, `${field}.${key}`)];
    }),
  );
}

function expectPeriod(value: unknown, field: string): string {
  const period = expectString(value, field);
  if (parsePeriodId(period) === null) {
    throw new ShapeError(`${field} ${JSON.stringify(period).slice(0, 60)} is not a week, week pair or month such as 2026-W48, 2026-W47-W48 or 2026-11`);
  }
  return period;
}

function expectDate(value: unknown, field: string): string {
  const date = expectString(value, field);
  if (parseLocalDate(date) === null) {
    throw new ShapeError(`${field} ${JSON.stringify(date).slice(0, 60)} is not a day such as 2026-11-27`);
  }
  return date;
}

function expectString(value: unknown, field: string): string {
  if (typeof value !== 'string') {
    throw new ShapeError(`${field} must be text`);
  }
  return value;
}

function expectMatch(value: unknown, field: string, pattern: RegExp): string {
  const text = expectString(value, field);
  if (!pattern.test(text)) {
    throw new ShapeError(`${field} ${JSON.stringify(text).slice(0, 60)} is not in the expected form`);
  }
  return text;
}

function expectOneOf(value: unknown, field: string, allowed: readonly string[]): string {
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw new ShapeError(`${field} must be one of: ${allowed.join(', ')}`);
  }
  return value;
}

function expectNumber(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new ShapeError(`${field} must be a number from ${min} to ${max}`);
  }
  return value;
}

function expectNullableNumber(value: unknown, field: string, min: number, max: number): number | null {
  return value === null ? null : expectNumber(value, field, min, max);
}
