import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { RESULTS_DIR } from '../support/paths';
import { Workbench } from './workbench';

/** One theme's workbench, open on the sample notes for the tests of one `describe`. */
export interface Themed {
  readonly theme: string;
  /** The workbench, once `before` has opened it. */
  workbench(): Workbench;
  /** Where a screenshot named `name` for this theme goes: `test-results/<name>-<theme>.png`. */
  shot(name: string): string;
}

/**
 * Runs `define` once per theme, each in its own `describe` with a workbench in that theme on the
 * sample notes, opened before its tests and closed after them.
 */
export function describeInThemes(themes: readonly string[], title: (theme: string) => string, define: (themed: Themed) => void): void {
  for (const theme of themes) {
    describe(title(theme), function () {
      this.timeout(240_000);
      let workbench: Workbench | undefined;

      before(async () => {
        workbench = await Workbench.open({ withExamples: true, theme });
      });

      after(async () => {
        await workbench?.close();
      });

      define({
        theme,
        workbench: () => {
          if (!workbench) {
            throw new Error(`The workbench in ${theme} did not open`);
          }
          return workbench;
        },
        shot: (name) => {
          mkdirSync(RESULTS_DIR, { recursive: true });
          return path.join(RESULTS_DIR, `${name}-${theme.replace(/\s+/g, '-').toLowerCase()}.png`);
        },
      });
    });
  }
}
