import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Mocha = require('mocha');

/**
 * The spec reporter, plus a JSON file of the run's counts so `npm test` can add up
 * the unit, in-editor and UI tiers into one closing line.
 */
class CountingReporter extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options: Mocha.MochaOptions) {
    super(runner, options);
    const statsFile = (options.reporterOptions as { statsFile?: string } | undefined)?.statsFile;
    runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
      if (statsFile) {
        const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
        mkdirSync(path.dirname(statsFile), { recursive: true });
        writeFileSync(statsFile, JSON.stringify({ passes: stats.passes, failures: stats.failures, pending: stats.pending }));
      }
    });
  }
}

export = CountingReporter;
