/**
 * A review packet as data: what a quarter of notes shows, each claim with the note and heading it
 * comes from. Markdown (packetMarkdown.ts) and print HTML (packetHtml.ts) are drawn from this one
 * model, so the two never say different things.
 */
import type { Reflection } from '../note/model';
import { questionnaireAsAsked } from '../note/reflection';
import type { ChartPoint } from '../report/indexChart';
import { findPatterns } from '../report/patterns';
import { describePatterns } from '../report/patternText';
import { roleName } from '../scoring/bands';
import type { Questionnaire, Role } from '../questionnaire/questionnaire';
import type { ReviewRange } from '../time/fiscal';
import type { LocalDate } from '../time/localDate';
import type { Translate } from '../util/l10n';
import { headingsOf, noteLink, type Heading } from './anchors';

/** A note in the range, with its text, whose headings the links point at. */
export interface PacketNote {
  readonly fileName: string;
  readonly sequence: number;
  readonly text: string;
  readonly reflection: Reflection;
}

/** A moment the person picked to quote; `text` is the unlocked text for a private one. */
export interface PickedMoment {
  readonly fileName: string;
  readonly promptId: string;
  readonly text: string;
  readonly private: boolean;
}

export interface Linked {
  /** What the link shows: a period, or the period and note number. */
  readonly label: string;
  readonly href: string;
}

export interface PacketModel {
  readonly range: ReviewRange;
  readonly notes: readonly (Linked & { readonly quick: boolean })[];
  readonly chart: readonly ChartPoint[];
  readonly indices: { readonly first: IndexFigure; readonly last: IndexFigure; readonly meanLeading: number; readonly meanManaging: number };
  readonly contrasts: readonly { readonly title: string; readonly first: LeanFigure | null; readonly last: LeanFigure | null }[];
  readonly followThrough: { readonly answered: number; readonly yes: number; readonly partly: number; readonly no: number; readonly sources: readonly Linked[] } | null;
  readonly patterns: readonly { readonly title: string; readonly text: string; readonly sources: readonly Linked[] }[];
  readonly evidence: { readonly notes: number; readonly scheduledHours: number; readonly commits: number; readonly coAuthored: number; readonly sources: readonly Linked[] } | null;
  readonly moments: readonly { readonly prompt: string; readonly text: string; readonly private: boolean; readonly source: Linked }[];
  readonly hasPrivate: boolean;
}

export interface IndexFigure extends Linked {
  readonly leading: number;
  readonly managing: number;
}

export interface LeanFigure extends Linked {
  readonly lean: number;
}

/** Where in one note each kind of claim is written. */
interface Outline {
  readonly top: string | null;
  readonly contrasts: string | null;
  readonly evidence: string | null;
  readonly prompts: ReadonlyMap<string, string>;
}

/** `notes` oldest first, all inside the range. */
export function buildPacket(notes: readonly PacketNote[], range: ReviewRange, questionnaire: Questionnaire, moments: readonly PickedMoment[], role: Role | null, today: LocalDate, t: Translate): PacketModel {
  const outlines = new Map(notes.map((note) => [note.fileName, outlineOf(note, questionnaire)]));
  const at = (note: PacketNote, slug: (outline: Outline) => string | null): Linked => ({
    label: note.sequence > 1 ? `${note.reflection.period} (${note.sequence})` : note.reflection.period,
    href: noteLink(note.fileName, slug(outlines.get(note.fileName)!)),
  });
  const top = (note: PacketNote): Linked => at(note, (outline) => outline.top);
  const first = notes[0]!;
  const last = notes[notes.length - 1]!;
  const index = (note: PacketNote): IndexFigure => ({ ...top(note), leading: note.reflection.scores.leading, managing: note.reflection.scores.managing });
  const mean = (values: readonly number[]): number => Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;
  const reflections = notes.map((note) => note.reflection);
  const followed = notes.filter((note) => note.reflection.followThrough?.answer);
  const withEvidence = notes.filter((note) => note.reflection.evidence);
  const picked = moments.flatMap((moment) => {
    const note = notes.find((entry) => entry.fileName === moment.fileName);
    const prompt = questionnaire.prompts.find((entry) => entry.id === moment.promptId);
    return note && prompt ? [{ prompt: prompt.label, text: moment.text, private: moment.private, source: at(note, (outline) => outline.prompts.get(moment.promptId) ?? outline.top) }] : [];
  });
  return {
    range,
    notes: notes.map((note) => ({ ...top(note), quick: note.reflection.checkIn !== undefined })),
    chart: notes.map((note) => ({ label: note.sequence > 1 ? `${note.reflection.period}-${note.sequence}` : note.reflection.period, leading: note.reflection.scores.leading, managing: note.reflection.scores.managing })),
    indices: { first: index(first), last: index(last), meanLeading: mean(reflections.map((entry) => entry.scores.leading)), meanManaging: mean(reflections.map((entry) => entry.scores.managing)) },
    contrasts: questionnaire.dimensions.map((dimension) => {
      const rated = notes.filter((note) => (note.reflection.scores.dimensions[dimension.id]?.lean ?? null) !== null);
      const lean = (note: PacketNote | undefined): LeanFigure | null => (note ? { ...at(note, (outline) => outline.contrasts ?? outline.top), lean: note.reflection.scores.dimensions[dimension.id]!.lean! } : null);
      return { title: dimension.title, first: lean(rated[0]), last: rated.length > 1 ? lean(rated[rated.length - 1]) : null };
    }),
    followThrough:
      followed.length === 0
        ? null
        : {
            answered: followed.length,
            yes: followed.filter((note) => note.reflection.followThrough?.answer === 'yes').length,
            partly: followed.filter((note) => note.reflection.followThrough?.answer === 'partly').length,
            no: followed.filter((note) => note.reflection.followThrough?.answer === 'no').length,
            sources: followed.map(top),
          },
    patterns: patternsOf(notes, questionnaire, role, today, t, top),
    evidence:
      withEvidence.length === 0
        ? null
        : {
            notes: withEvidence.length,
            scheduledHours: Math.round(withEvidence.reduce((sum, note) => sum + (note.reflection.evidence?.calendar?.scheduledHours ?? 0), 0) * 10) / 10,
            commits: withEvidence.reduce((sum, note) => sum + (note.reflection.evidence?.git?.commits ?? 0), 0),
            coAuthored: withEvidence.reduce((sum, note) => sum + (note.reflection.evidence?.git?.coAuthored ?? 0), 0),
            sources: withEvidence.map((note) => at(note, (outline) => outline.evidence ?? outline.top)),
          },
    moments: picked,
    hasPrivate: picked.some((moment) => moment.private),
  };
}

function patternsOf(notes: readonly PacketNote[], questionnaire: Questionnaire, role: Role | null, today: LocalDate, t: Translate, top: (note: PacketNote) => Linked): PacketModel['patterns'] {
  const titles = new Map<string, string>([...questionnaire.dimensions.map((entry): [string, string] => [entry.id, entry.title]), ...questionnaire.allocation.map((entry): [string, string] => [entry.id, entry.label])]);
  const bands = role ? questionnaire.bands[role]?.lean ?? null : null;
  const reflections = notes.map((note) => note.reflection);
  const patterns = findPatterns(reflections, questionnaire.dimensions.map((entry) => entry.id), questionnaire.allocation.map((entry) => entry.id), bands, today);
  const differences = new Map(patterns.reportVsCalendar.map((entry) => [entry.area, entry.periods]));
  return describePatterns(patterns, (id) => titles.get(id) ?? id, bands && role ? roleName(role, t) : null, t).map((pattern, position, all) => {
    // The report/calendar patterns come last, one per area, in the order found: they rest on their own periods.
    const differenceIndex = position - (all.length - patterns.reportVsCalendar.length);
    const periods = differenceIndex >= 0 ? differences.get(patterns.reportVsCalendar[differenceIndex]!.area) : undefined;
    const sources = periods ? notes.filter((note) => periods.includes(note.reflection.period)) : notes;
    return { ...pattern, sources: sources.map(top) };
  });
}

/** The headings each kind of claim sits under: the title, the contrasts' table, the evidence, each prompt. */
function outlineOf(note: PacketNote, questionnaire: Questionnaire): Outline {
  const body = note.text.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
  const headings = headingsOf(body);
  const lines = body.split(/\r?\n/);
  const sections = headings.filter((heading) => heading.level === 2);
  const asked = questionnaireAsAsked(questionnaire, note.reflection).prompts;
  // The free-text answers are the note's last sections, one per prompt asked, in order.
  const promptHeadings = sections.length >= asked.length ? sections.slice(sections.length - asked.length) : [];
  const beforePrompts = sections[sections.length - asked.length - 1];
  return {
    top: headings.find((heading) => heading.level === 1)?.slug ?? null,
    contrasts: firstHeadingOverATable(lines, sections),
    evidence: note.reflection.evidence && beforePrompts ? beforePrompts.slug : null,
    prompts: new Map(promptHeadings.map((heading, index) => [asked[index]!.id, heading.slug])),
  };
}

function firstHeadingOverATable(lines: readonly string[], sections: readonly Heading[]): string | null {
  let seen = -1;
  for (const line of lines) {
    if (/^## /.test(line)) {
      seen++;
    } else if (/^\|/.test(line) && seen >= 0) {
      return sections[seen]?.slug ?? null;
    }
  }
  return null;
}
