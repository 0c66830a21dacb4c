import { type History, type HistoryEntry, type SkippedFile } from './history';
import { dayNumber } from '../time/localDate';
import { parseReflection } from '../note/parseReflection';
import { parseReflectionFileName, periodStart } from '../time/period';

export type FileReading = HistoryEntry | SkippedFile;

/** Why a link named like a note is not read: it could point anywhere, and a note is a file of its own. */
export const SYMLINK_NOTE_REASON = 'is a symbolic link; Lead Review reads only real files in the notes folder';

export function isSkipped(reading: FileReading): reading is SkippedFile {
  return 'reason' in reading;
}

/** Reads one file of the reflections folder. Never throws: a bad file becomes a reason. */
export function readHistoryFile(fileName: string, text: string): FileReading {
  const name = parseReflectionFileName(fileName);
  if (!name) {
    return { fileName, reason: 'not named like a reflection (such as 2026-W48.md or 2026-11.md)', line: 1 };
  }
  const parsed = parseReflection(text);
  if (!parsed.ok) {
    return { fileName, reason: parsed.error, line: parsed.line };
  }
  if (parsed.reflection.period !== name.periodId) {
    return { fileName, reason: `its front matter says period ${parsed.reflection.period}, but the file is named for ${name.periodId}`, line: 1 };
  }
  return { fileName, sequence: name.sequence, reflection: parsed.reflection };
}

export function buildHistory(readings: readonly FileReading[]): History {
  // Each period is parsed once, not once per comparison: thousands of notes sort in milliseconds.
  const entries = readings
    .filter((reading): reading is HistoryEntry => !isSkipped(reading))
    .map((entry) => ({ entry, day: dayNumber(periodStart(entry.reflection.period)!) }))
    .sort((a, b) => a.day - b.day || a.entry.sequence - b.entry.sequence)
    .map(({ entry }) => entry);
  const skipped = readings.filter(isSkipped).sort((a, b) => a.fileName.localeCompare(b.fileName));
  return { entries, skipped };
}

