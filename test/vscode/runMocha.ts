import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha = require('mocha');
import CountingReporter = require('../support/countingReporter');
import { statsFileFor } from '../support/paths';

/** The `run()` every in-editor suite exports: mocha inside the extension host, over one folder's tests. */
export function runMochaIn(folder: string, tier: string): Promise<void> {
  // The workbench forwards console output without applying format strings, so apply them here.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    timeout: 60_000,
    reporter: CountingReporter,
    reporterOptions: { statsFile: statsFileFor(tier) },
    // A developer's filter while working on one feature (see CONTRIBUTING.md); CI never sets it.
    ...(process.env.LEAD_REVIEW_GREP ? { grep: process.env.LEAD_REVIEW_GREP } : {}),
  });
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.test.js')).sort()) {
    mocha.addFile(path.join(folder, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} in-editor test(s) failed.`)) : resolve()));
  });
}
