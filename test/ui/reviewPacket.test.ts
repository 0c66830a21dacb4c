import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { resultFile } from '../support/paths';
import { Workbench } from './workbench';

describe('A review packet, in a real VS Code and a browser', function () {
  this.timeout(240_000);
  let workbench: Workbench;

  afterEach(async () => {
    await workbench?.close();
  });

  it('quotes the two moments picked, shows its chart in the Markdown preview, and prints from an HTML file without script', async () => {
    workbench = await Workbench.open({ withExamples: true });
    const { page } = workbench;
    await workbench.runCommand('Lead Review: Write Review Packet');
    // The palette's own list shows in the same widget until the range picker replaces it.
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Last half-year' }).first().waitFor({ timeout: 30_000 });
    const input = page.locator('.quick-input-widget input');
    await input.fill('Custom');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Custom' }).first().waitFor();
    await page.keyboard.press('Enter');
    await workbench.answerInputBox(/first day/, '2020-01-01');
    await workbench.answerInputBox(/last day/, '2030-12-31');

    // Two moments, ticked by their checkboxes as a person would.
    await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Which moments' }).waitFor({ timeout: 30_000 });
    const rows = page.locator('.quick-input-list .monaco-list-row');
    const offered = await rows.count();
    assert.ok(offered >= 2, `the example notes offer moments (${offered})`);
    const picked: string[] = [];
    for (const index of [0, 1]) {
      const row = rows.nth(index);
      picked.push(((await row.locator('.label-name').first().textContent()) ?? '').trim());
      await row.locator('input[type="checkbox"], .quick-input-list-checkbox, .monaco-checkbox').first().click();
    }
    await page.locator('.quick-input-widget').screenshot({ path: resultFile('review-packet-moments.png') });
    await page.keyboard.press('Enter');
    const name = 'packet-2020-01-01_2030-12-31';
    await page.locator(`.tabs-container .tab[aria-label^="${name}.md"]`).waitFor({ timeout: 30_000 });
    const folder = path.join(workbench.workspace, 'reflections', 'reviews');
    assert.deepEqual(readdirSync(folder).sort(), [`${name}.html`, `${name}.md`, `${name}.svg`]);
    const markdown = readFileSync(path.join(folder, `${name}.md`), 'utf8');
    for (const moment of picked) {
      assert.ok(markdown.includes(moment.slice(0, 40)), `the packet quotes "${moment}"`);
    }

    await page.locator('.part.editor .monaco-editor .view-lines').click();
    await page.keyboard.press('Control+Shift+V');
    const preview = page.frameLocator('iframe.webview[src*="extensionId=vscode.markdown-language-features"]').frameLocator('iframe#active-frame');
    const image = preview.locator(`img[src*="${name}.svg"]`);
    await image.waitFor({ timeout: 60_000 });
    const size = await image.evaluate(async (element) => {
      const img = element as HTMLImageElement;
      if (!img.complete) {
        await new Promise((resolve) => img.addEventListener('load', resolve, { once: true }));
      }
      return { width: img.naturalWidth, height: img.naturalHeight };
    });
    assert.ok(size.width > 0 && size.height > 0, `the chart did not load: ${JSON.stringify(size)}`);
    assert.ok((await preview.locator('a[href*="2026-W"]').count()) > 10, 'the claims are links in the preview');
    await page.locator('.part.editor').screenshot({ path: resultFile('review-packet-preview.png') });

    // In a browser window the print version is offered as a download of this one file.
    const downloading = page.waitForEvent('download', { timeout: 60_000 });
    await page.locator('.notification-toast').getByRole('button', { name: 'Download the print version' }).click();
    const download = await downloading;
    assert.equal(download.suggestedFilename(), `${name}.html`);

    const printing = await page.context().browser()!.newContext();
    const print = await printing.newPage();
    await print.goto(pathToFileURL(path.join(folder, `${name}.html`)).toString());
    assert.equal(await print.evaluate(() => document.scripts.length), 0, 'the print version runs no script');
    assert.ok((await print.locator('figure svg').count()) === 1, 'the chart is inlined');
    await print.screenshot({ path: resultFile('review-packet-print.png'), fullPage: true });
    const pdf = await print.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-', 'it prints to one PDF file');
    const letter = await print.pdf({ format: 'Letter' });
    assert.ok(letter.length > 1000);
    await printing.close();
  });
});
