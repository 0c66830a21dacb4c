import { Workbench } from '../test/ui/workbench';
import { median, timed, type Figure } from './stats';

const ROUNDS = 7;

/**
 * From clicking the activity-bar icon to the form being visible, in the real workbench; the
 * baseline is the built-in Explorer view, opened the same way in the same window.
 */
export async function measureFirstPaint(): Promise<Figure> {
  const workbench = await Workbench.open();
  try {
    const page = workbench.page;
    const explorer = page.locator('.part.activitybar .action-item a[aria-label^="Explorer"]');
    const explorerTree = page.locator('.part.sidebar .explorer-folders-view');
    const stance = workbench.sidebar().locator('[data-testid="stance"]');
    const ours: number[] = [];
    const builtIn: number[] = [];
    await workbench.openLeadReviewFromActivityBar();
    await stance.waitFor();
    for (let round = 0; round < ROUNDS; round++) {
      builtIn.push(
        await timed(async () => {
          await explorer.click();
          await explorerTree.waitFor({ state: 'visible' });
        }),
      );
      ours.push(
        await timed(async () => {
          await workbench.openLeadReviewFromActivityBar();
          await stance.waitFor({ state: 'visible' });
        }),
      );
    }
    return { name: 'Sidebar first paint', value: median(ours), unit: 'ms', baseline: { name: 'opening the Explorer view', value: median(builtIn) } };
  } finally {
    await workbench.close();
  }
}
