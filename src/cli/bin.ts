import { builtinQuestionnaire } from '../core/questionnaire/builtinQuestionnaire';
import { runCli } from './main';

process.exitCode = runCli(
  process.argv.slice(2),
  { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) },
  builtinQuestionnaire(),
);
