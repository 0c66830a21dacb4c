import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, FrameLocator } from 'playwright-core';
import { expectNoViolations } from './axe';
import { fillCompleteForm } from './form';
import { describeInThemes } from './themes';
import type { Workbench } from './workbench';

const AGENDA = [
  '# 1:1 with my manager',
  '',
  '- Where my time went this quarter',
  '',
  '```lead-review',
  'show: chart',
  'from: 2026-W01',
  '```',
  '',
  '```lead-review',
  'show: leans',
  'from: 2026-W01',
  '```',
  '',
  '```lead-review',
  'show: chrat',
  '```',
  '',
  'Next: the hiring plan.',
  '',
].join('\n');

/** Opens `agenda.md` in VS Code's own Markdown preview, as its keyboard shortcut does, and returns the preview's document. */
async function openPreview(workbench: Workbench): Promise<{ preview: FrameLocator; frame: Frame }> {
  writeFileSync(path.join(workbench.workspace, 'agenda.md'), AGENDA);
  await workbench.openFile('agenda.md');
  await workbench.page.locator('.part.editor .monaco-editor .view-lines').click();
  await workbench.page.keyboard.press('Control+Shift+V');
  const preview = workbench.page.frameLocator('iframe.webview[src*="extensionId=vscode.markdown-language-features"]').frameLocator('iframe#active-frame');
  await preview.locator('.lead-review-block svg.lr-chart').waitFor({ timeout: 60_000 });
  const frame = await (await preview.locator('body').elementHandle())!.ownerFrame();
  return { preview, frame: frame! };
}

describeInThemes(['Default Light Modern', 'Default Dark Modern', 'Default High Contrast'], (theme) => `lead-review blocks in the Markdown preview, ${theme}`, (themed) => {
  it('draws both blocks from the notes, shows the mistake in place, and axe finds nothing', async () => {
    const workbench = themed.workbench();
    const { preview, frame } = await openPreview(workbench);
    assert.equal(await preview.locator('.lead-review-block svg.lr-chart').count(), 1);
    assert.equal(await preview.locator('.lead-review-block table.lr-table').count(), 1);
    assert.match((await preview.locator('.lead-review-block figcaption').textContent()) ?? '', /^4 reflections from 2026-W44 to 2026-W47\./);
    assert.match((await preview.locator('.lead-review-block.lr-error').textContent()) ?? '', /unknown `show: chrat`; did you mean `chart`\?/);
    await preview.getByText('Next: the hiring plan.').waitFor();
    // The chart is drawn in the theme's colours: its lines are not black on a dark preview.
    const stroke = await preview.locator('.lr-chart polyline.lr-leading').evaluate((line) => getComputedStyle(line).stroke);
    assert.notEqual(stroke, 'none');
    await workbench.page.locator('.part.editor').screenshot({ path: themed.shot('preview-blocks') });
    // VS Code's own preview document is not ours to judge: axe looks at the blocks Lead Review drew.
    await expectNoViolations(frame, `the blocks in ${themed.theme}`, '.lead-review-block');
  });
});

describeInThemes(['Default Light Modern'], () => 'lead-review blocks follow the notes', (themed) => {
  it('redraws an open preview when a new reflection is written, without a reload', async () => {
    const workbench = themed.workbench();
    const { preview } = await openPreview(workbench);
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    await fillCompleteForm(form);
    await form.getByRole('button', { name: 'Write reflection' }).click();
    await form.getByText(/Saved your reflection for/).waitFor({ timeout: 30_000 });
    await preview.locator('.lead-review-block figcaption', { hasText: /^5 reflections from 2026-W44/ }).waitFor({ timeout: 30_000 });
  });
});
