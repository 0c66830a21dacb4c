/**
 * The note as data: what a reflection's front matter holds. Types and the few facts about them
 * live here, apart from the code that builds, scores or seals a note, so every module that reads
 * a note can depend on this one without depending on each other.
 */
import type { FollowThrough } from './draft';
import type { Cadence } from '../time/period';
import type { Role, TitleContext } from '../questionnaire/questionnaire';
import type { Stance } from '../scoring/scoring';
import type { EvidenceRecord } from '../evidence/model';
import { FOCUS_PROMPT_ID, isFocusId, planIn, type FocusPlan } from './focusPlan';

/** Bumped when the front matter's shape changes, so old notes can still be read. */
export const REFLECTION_SCHEMA = 1;

export interface DimensionRecord {
  readonly leading: number | null;
  readonly managing: number | null;
  readonly lean: number | null;
}

/** The scores as stored in a note: kept, not recomputed, so a later questionnaire never rewrites history. */
export interface StoredScores {
  readonly leading: number;
  readonly managing: number;
  readonly stance: Stance;
  readonly answered: number;
  readonly total: number;
  readonly dimensions: Readonly<Record<string, DimensionRecord>>;
}

/** Last period's focus and whether the person followed through on it. */
export interface FollowThroughRecord {
  readonly period: string;
  /** The focus as free text; empty when it was private, or only a plan. */
  readonly focus: string;
  /** Present when last period's focus was an if-then plan, quoted in both parts. */
  readonly plan?: FocusPlan;
  readonly answer: FollowThrough | null;
}

/** What a quick note really asked, recorded in it so its scores are never read as a full week's. */
export interface AskedItems {
  readonly items: readonly string[];
  readonly allocation: boolean;
  readonly prompts: readonly string[];
  readonly titleContext: boolean;
}

export interface QuickCheckInRecord {
  readonly mode: 'quick';
  readonly asked: AskedItems;
}

export interface BandsRecord {
  readonly role: Role;
  readonly outside: Readonly<Record<string, number>>;
}

/** Everything a note's front matter holds. */
export interface Reflection {
  readonly schema: number;
  /** `id@version` of the questionnaire it was answered with. */
  readonly questionnaire: string;
  readonly period: string;
  readonly cadence: Cadence;
  /** The local day it was written, `YYYY-MM-DD`. */
  readonly date: string;
  readonly titleContext: TitleContext;
  readonly energy: number;
  readonly allocation: Readonly<Record<string, number>>;
  readonly answers: Readonly<Record<string, number>>;
  readonly notes: Readonly<Record<string, string>>;
  /** Present when the previous note named a focus for this period. */
  readonly followThrough?: FollowThroughRecord;
  /** Present in a quick week's note: what it asked. Anything else was not asked, not answered "no". */
  readonly checkIn?: QuickCheckInRecord;
  /** Present when the free text is kept private: `notes` is then empty, and this says where the text is. */
  readonly privateText?: PrivateTextRecord;
  /** The role whose bands the note was compared with, and how many periods in a row each contrast has been outside its band. */
  readonly bands?: BandsRecord;
  /** Present when a calendar or repository was read for the period: what they showed, as numbers. */
  readonly evidence?: EvidenceRecord;
  readonly scores: StoredScores;
}

export { FOCUS_PROMPT_ID } from './focusPlan';

/** The previous note's focus, if it named one: free text, a plan, or both. `focus` is `null` when it is private text. */
export function focusOf(previous: Reflection | null): { period: string; focus: string | null; plan: FocusPlan | null } | null {
  if (previous?.privateText?.prompts.some(isFocusId)) {
    return { period: previous.period, focus: null, plan: null };
  }
  const focus = previous?.notes[FOCUS_PROMPT_ID]?.trim() ?? '';
  const plan = previous ? planIn(previous.notes) : null;
  return previous && (focus || plan) ? { period: previous.period, focus, plan } : null;
}


export interface EncryptedText {
  readonly storage: 'encrypted';
  readonly version: 1;
  readonly kdf: 'PBKDF2-SHA256';
  readonly iterations: number;
  readonly cipher: 'AES-256-GCM';
  readonly salt: string;
  readonly iv: string;
  readonly keyCheck: string;
  readonly prompts: readonly string[];
  readonly ciphertext: string;
}

/** The text is in a git-ignored file beside the note, named here. */
export interface LocalText {
  readonly storage: 'local';
  readonly file: string;
  readonly prompts: readonly string[];
}

export type PrivateTextRecord = EncryptedText | LocalText;
