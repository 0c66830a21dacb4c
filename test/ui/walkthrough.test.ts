import * as path from 'node:path';
import { RESULTS_DIR } from '../support/paths';
import { Workbench } from './workbench';

describe('The Get Started walkthrough', function () {
  this.timeout(240_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open();
  });

  after(async () => {
    await workbench?.close();
  });

  it('opens from the Command Palette with its four steps', async () => {
    await workbench.runCommand('Welcome: Open Walkthrough...');
    const input = workbench.page.locator('.quick-input-widget input');
    await input.fill('Get started with Lead Review');
    await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with Lead Review' }).first().click();
    const page = workbench.page.locator('.gettingStartedContainer');
    await page.getByText('Get started with Lead Review').first().waitFor({ timeout: 30_000 });
    for (const step of ['Choose where notes go', 'Pick your role', 'Write your first reflection', 'Commit it (optional)']) {
      await page.getByText(step, { exact: true }).first().waitFor({ timeout: 10_000 });
    }
    await workbench.page.screenshot({ path: path.join(RESULTS_DIR, 'walkthrough.png') });
  });
});
