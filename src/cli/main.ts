/**
 * `lead-review`: the trend report and a note checker for the terminal, a pre-commit hook or CI.
 * Read-only, and independent of VS Code: it shares `src/core` with the extension. `bin.ts` runs it.
 */
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import * as path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { buildHistory, isSkipped, readHistoryFile, SYMLINK_NOTE_REASON, type FileReading } from '../core/report/readHistory';
import { parsePeriodId, parseReflectionFileName } from '../core/time/period';
import { formatLocalDate, localDateOf, parseLocalDate, type LocalDate } from '../core/time/localDate';
import type { Questionnaire } from '../core/questionnaire/questionnaire';
import { EVERYTHING, renderTrendReport, type ReportRange } from '../core/report/report';
import { calendarEvidenceJson } from './evidence';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const HELP = `Usage: lead-review <command> [options]

Commands:
  report <folder> [--from WHEN] [--to WHEN] [--include-text]
                                              Print a Markdown trend report of the notes in <folder>:
                                              scores and patterns, and with --include-text the focus
                                              set each period. Private text is never included.
  check <folder>                              Check every note in <folder>; exit 1 if any is broken.
  evidence <calendar.ics> --period PERIOD [--email ADDRESS] [--rules evidence.yaml]
                                              Print one period of a calendar as JSON: hours scheduled,
                                              events counted, hours by area, and what was left out
                                              and why. Days are counted in the zone TZ names; with
                                              --email, events that address declined are left out.

WHEN is a date (2026-10-01) or a period (2026-W40, 2026-10). Without --from and --to
the report covers every note. Every command only reads files.

Options:
  -h, --help    Show this help.
`;

/** `questionnaire` names the contrasts in the report; the notes keep their own scores. */
export function runCli(argv: readonly string[], io: CliIo, questionnaire: Questionnaire): number {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || rest.includes('--help') || rest.includes('-h')) {
    io.out(HELP);
    return command === undefined ? 2 : 0;
  }
  try {
    switch (command) {
      case 'report':
        return report(rest, io, questionnaire);
      case 'check':
        return check(rest, io);
      case 'evidence': {
        const { folder: file, values } = parseCommandArgs(rest, { period: { type: 'string' }, email: { type: 'string' }, rules: { type: 'string' } }, 'give exactly one calendar file');
        io.out(calendarEvidenceJson(file, values, questionnaire, process.env.TZ));
        return 0;
      }
      default:
        io.err(`lead-review: unknown command "${command}". Run lead-review --help.\n`);
        return 2;
    }
  } catch (error) {
    io.err(`lead-review: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

function report(args: readonly string[], io: CliIo, questionnaire: Questionnaire): number {
  const { folder, values } = parseCommandArgs(args, { from: { type: 'string' }, to: { type: 'string' }, 'include-text': { type: 'boolean' } });
  const from = typeof values.from === 'string' ? parseWhen(values.from, 'start') : null;
  const to = typeof values.to === 'string' ? parseWhen(values.to, 'end') : null;
  const label = from || to ? `${from ? formatLocalDate(from) : 'the first note'} to ${to ? formatLocalDate(to) : 'the last note'}` : EVERYTHING.label;
  const range: ReportRange = { label, from, to };
  const history = buildHistory(readNotes(folder));
  for (const skipped of history.skipped) {
    io.err(`${path.join(folder, skipped.fileName)}:${skipped.line}: skipped: ${skipped.reason}\n`);
  }
  const latest = history.entries[history.entries.length - 1]?.reflection;
  io.out(
    renderTrendReport(history.entries, range, questionnaire, {
      chartFile: null,
      includeFreeText: values['include-text'] === true,
      // The role the latest note was compared with: the terminal has no settings to read.
      role: latest?.bands?.role ?? null,
      today: localDateOf(new Date()),
    }),
  );
  return 0;
}

function check(args: readonly string[], io: CliIo): number {
  const { folder } = parseCommandArgs(args, {});
  const readings = readNotes(folder);
  const broken = readings.filter(isSkipped);
  for (const skipped of broken) {
    io.err(`${path.join(folder, skipped.fileName)}:${skipped.line}: ${skipped.reason}\n`);
  }
  io.out(`${readings.length - broken.length} of ${readings.length} notes in ${folder} are valid.\n`);
  return broken.length > 0 ? 1 : 0;
}

/**
 * Every entry named like a note (`2026-W48.md`); anything else in the folder is not ours to judge.
 * A link or an unreadable file named like a note is reported with its reason, never dropped.
 */
function readNotes(folder: string): FileReading[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    throw new Error(`cannot read the folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, { cause: error });
  }
  return entries
    .filter((entry) => parseReflectionFileName(entry.name) !== null)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((entry) => readNote(folder, entry));
}

function readNote(folder: string, entry: Dirent): FileReading {
  if (entry.isSymbolicLink()) {
    return { fileName: entry.name, reason: SYMLINK_NOTE_REASON, line: 1 };
  }
  if (!entry.isFile()) {
    return { fileName: entry.name, reason: 'is not a file', line: 1 };
  }
  try {
    return readHistoryFile(entry.name, readFileSync(path.join(folder, entry.name), 'utf8'));
  } catch (error) {
    return { fileName: entry.name, reason: `could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, line: 1 };
  }
}

function parseCommandArgs<T extends ParseArgsConfig['options']>(args: readonly string[], options: T, onePositional = 'give exactly one folder'): { folder: string; values: Record<string, string | boolean | undefined> } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs names the option in its own words; keep the first sentence.
    throw new Error((error instanceof Error ? error.message : String(error)).split('. ')[0]!.replace(/^Unknown option '(.*)'$/, 'unknown option $1'), { cause: error });
  }
  if (parsed.positionals.length !== 1) {
    throw new Error(onePositional);
  }
  return { folder: parsed.positionals[0]!, values: parsed.values as Record<string, string | boolean | undefined> };
}

/** A day, or a period taken from its first (`start`) or last (`end`) day. */
function parseWhen(text: string, side: 'start' | 'end'): LocalDate {
  const date = parseLocalDate(text);
  if (date) {
    return date;
  }
  const period = parsePeriodId(text);
  if (!period) {
    throw new Error(`"${text}" is neither a date (2026-10-01) nor a period (2026-W40, 2026-10)`);
  }
  return side === 'start' ? period.start : period.end;
}
