/**
 * `lead-review`: the trend report and a note checker for the terminal, a pre-commit hook or CI.
 * Read-only, and independent of VS Code: it shares `src/core` with the extension. `bin.ts` runs it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildHistory, isSkipped, readHistoryFile } from '../core/readHistory';
import { formatLocalDate, parseReflectionFileName, periodStart, type LocalDate } from '../core/period';
import type { Questionnaire } from '../core/questionnaire';
import { EVERYTHING, renderTrendReport, type ReportRange } from '../core/report';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const HELP = `Usage: lead-review <command> [options]

Commands:
  report <folder> [--from WHEN] [--to WHEN]   Print a Markdown trend report of the notes in <folder>.
  check <folder>                              Check every note in <folder>; exit 1 if any is broken.

WHEN is a date (2026-10-01) or a period (2026-W40, 2026-10). Without --from and --to
the report covers every note. Both commands only read files.

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
  const { folder, options } = parseArgs(args, ['--from', '--to']);
  const from = options['--from'] === undefined ? null : parseWhen(options['--from']);
  const to = options['--to'] === undefined ? null : parseWhen(options['--to']);
  const label = from || to ? `${from ? formatLocalDate(from) : 'the first note'} to ${to ? formatLocalDate(to) : 'the last note'}` : EVERYTHING.label;
  const range: ReportRange = { label, from, to };
  const history = buildHistory(readNotes(folder));
  for (const skipped of history.skipped) {
    io.err(`${path.join(folder, skipped.fileName)}:${skipped.line}: skipped: ${skipped.reason}\n`);
  }
  io.out(renderTrendReport(history.entries, range, questionnaire));
  return 0;
}

function check(args: readonly string[], io: CliIo): number {
  const { folder } = parseArgs(args, []);
  const readings = readNotes(folder);
  const broken = readings.filter(isSkipped);
  for (const skipped of broken) {
    io.err(`${path.join(folder, skipped.fileName)}:${skipped.line}: ${skipped.reason}\n`);
  }
  io.out(`${readings.length - broken.length} of ${readings.length} notes in ${folder} are valid.\n`);
  return broken.length > 0 ? 1 : 0;
}

/** Files named like notes (`2026-W48.md`); anything else in the folder is not ours to judge. */
function readNotes(folder: string) {
  let names: string[];
  try {
    names = readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile() && parseReflectionFileName(entry.name) !== null)
      .map((entry) => entry.name);
  } catch (error) {
    throw new Error(`cannot read the folder ${folder}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return names.sort().map((name) => readHistoryFile(name, readFileSync(path.join(folder, name), 'utf8')));
}

function parseArgs(args: readonly string[], allowed: readonly string[]): { folder: string; options: Record<string, string> } {
  const options: Record<string, string> = {};
  const positional: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
    if (!allowed.includes(flag)) {
      throw new Error(`unknown option ${flag}`);
    }
    const value = inline ?? args[++index];
    if (value === undefined) {
      throw new Error(`${flag} needs a value`);
    }
    options[flag] = value;
  }
  if (positional.length !== 1) {
    throw new Error('give exactly one folder');
  }
  return { folder: positional[0] as string, options };
}

function parseWhen(text: string): LocalDate {
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) {
    return { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]) };
  }
  const start = periodStart(text);
  if (!start) {
    throw new Error(`"${text}" is neither a date (2026-10-01) nor a period (2026-W40, 2026-10)`);
  }
  return start;
}
