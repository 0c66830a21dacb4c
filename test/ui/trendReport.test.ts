import * as assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT, resultFile } from '../support/paths';
import { Workbench } from './workbench';

describe('The trend report in VS Code\'s own Markdown preview', function () {
  this.timeout(240_000);
  let workbench: Workbench;

  afterEach(async () => {
    await workbench?.close();
  });

  it('shows the chart image, with no Markdown extension, beside the table and the patterns', async () => {
    workbench = await Workbench.open({ withExamples: true });
    await workbench.runCommand('Lead Review: Write Trend Report');
    // The palette's own list shows in the same widget until the range picker replaces it.
    await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Every note in the folder' }).first().waitFor({ timeout: 30_000 });
    const input = workbench.page.locator('.quick-input-widget input');
    await input.fill('Everything');
    await workbench.page.locator('.quick-input-list .monaco-list-row', { hasText: 'Everything' }).first().waitFor();
    await workbench.page.keyboard.press('Enter');
    await workbench.page.locator('.tabs-container .tab[aria-label^="trend-all.md"]').waitFor({ timeout: 30_000 });
    const report = readFileSync(path.join(workbench.workspace, 'reflections', 'reports', 'trend-all.md'), 'utf8');
    assert.match(report, /\]\(trend-all\.svg\)/);

    // Markdown: Open Preview, in place of the source, as its keyboard shortcut opens it.
    await workbench.page.locator('.part.editor .monaco-editor .view-lines').click();
    await workbench.page.keyboard.press('Control+Shift+V');
    const preview = workbench.page.frameLocator('iframe.webview[src*="extensionId=vscode.markdown-language-features"]').frameLocator('iframe#active-frame');
    const image = preview.locator('img[src*="trend-all.svg"]');
    await image.waitFor({ timeout: 60_000 });
    const size = await image.evaluate(async (element) => {
      const img = element as HTMLImageElement;
      if (!img.complete) {
        await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
      }
      return { naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight };
    });
    assert.ok(size.naturalWidth > 0 && size.naturalHeight > 0, `the chart did not load: ${JSON.stringify(size)}`);
    await preview.getByRole('heading', { name: 'Patterns' }).waitFor();
    await image.scrollIntoViewIfNeeded();
    await workbench.page.locator('.part.editor').screenshot({ path: resultFile('trend-report-preview.png') });
    if (process.env.LEAD_REVIEW_UPDATE_SCREENSHOTS === '1') {
      copyFileSync(resultFile('trend-report-preview.png'), path.join(PROJECT_ROOT, 'media', 'screenshot-report.png'));
    }
  });
});
