import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { PROJECT_ROOT, RESULTS_DIR } from '../support/paths';
import { describeInThemes } from './themes';
import { Workbench } from './workbench';

describe('The History tab in a real VS Code', function () {
  this.timeout(240_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open({ withExamples: true });
  });

  after(async () => {
    await workbench?.close();
  });

  it('charts both indices over the sample notes and lists them newest first', async () => {
    await workbench.openLeadReviewFromActivityBar();
    const sidebar = workbench.sidebar();
    await sidebar.getByRole('tab', { name: 'History' }).click();
    await sidebar.locator('#history-range').selectOption('all');
    const chart = sidebar.locator('[data-testid="history-chart"]');
    await chart.waitFor();
    assert.equal(await chart.locator('polyline').count(), 2);
    assert.equal(await chart.locator('circle.marker').count(), 4);
    assert.match((await chart.locator('desc').textContent()) ?? '', /4 reflections from 2026-W44 to 2026-W47/);
    assert.deepEqual(await sidebar.locator('.notes li button').allTextContents(), ['2026-W47', '2026-W46', '2026-W45', '2026-W44']);
    assert.equal(await sidebar.locator('.heatmap tbody tr').count(), 7);
    assert.match((await sidebar.locator('.heatmap td.outside').first().getAttribute('title')) ?? '', /outside the usual tech lead band/);

    const patterns = await sidebar.locator('[data-testid="patterns"] li').allTextContents();
    assert.ok(patterns.some((line) => /^Rhythm\. 4 of the \d+ periods since 2026-W44 have a note\./.test(line)), patterns.join('\n'));
    assert.ok(patterns.some((line) => /^Steadiest and most changeable\. Steadiest: .+ over 4 notes\)/.test(line)), patterns.join('\n'));
    await sidebar.locator('[data-testid="patterns"]').scrollIntoViewIfNeeded();
    await workbench.screenshotSidebar(path.join(RESULTS_DIR, 'sidebar-patterns.png'));
    if (process.env.LEAD_REVIEW_UPDATE_SCREENSHOTS === '1') {
      copyFileSync(path.join(RESULTS_DIR, 'sidebar-patterns.png'), path.join(PROJECT_ROOT, 'media', 'screenshot-patterns.png'));
    }

    await sidebar.getByRole('tab', { name: 'Reflect' }).click();
    assert.match((await sidebar.locator('.follow-through blockquote').textContent()) ?? '', /Delegate the release train/);

    await sidebar.getByRole('tab', { name: 'History' }).click();
    mkdirSync(RESULTS_DIR, { recursive: true });
    const shot = path.join(RESULTS_DIR, 'sidebar-history.png');
    await workbench.screenshotSidebar(shot);
    if (process.env.LEAD_REVIEW_UPDATE_SCREENSHOTS === '1') {
      copyFileSync(shot, path.join(PROJECT_ROOT, 'media', 'screenshot-history.png'));
    }

    await sidebar.locator('.notes li button', { hasText: '2026-W45' }).click();
    await workbench.page.locator('.tabs-container .tab[aria-label^="2026-W45.md"]').waitFor();
  });
});

describeInThemes(['Default Dark Modern', 'Default High Contrast'], (theme) => `The History tab in the ${theme} theme`, (themed) => {
  it('draws both series in the theme\'s own chart colours', async () => {
    const workbench = themed.workbench();
    await workbench.openLeadReviewFromActivityBar();
    const sidebar = workbench.sidebar();
    await sidebar.getByRole('tab', { name: 'History' }).click();
    await sidebar.locator('#history-range').selectOption('all');
    const strokes: Record<string, { stroke: string; themed: string }> = {};
    for (const [series, variable] of [['leading', '--vscode-charts-blue'], ['managing', '--vscode-charts-orange']] as const) {
      const line = sidebar.locator(`polyline.series-${series}`);
      await line.waitFor();
      strokes[series] = await line.evaluate((element, name) => {
        // The theme's colour as the browser resolves it, to compare with the line's own stroke.
        const probe = element.ownerDocument.createElement('span');
        probe.style.color = `var(${name})`;
        element.ownerDocument.body.append(probe);
        const themed = getComputedStyle(probe).color;
        probe.remove();
        return { stroke: getComputedStyle(element).stroke, themed };
      }, variable);
      assert.match(strokes[series]!.themed, /^rgb/, `the theme defines ${variable}`);
      assert.equal(strokes[series]!.stroke, strokes[series]!.themed, `the ${series} line is drawn in ${variable}`);
    }
    assert.notEqual(strokes.leading!.stroke, strokes.managing!.stroke, 'the two lines differ in colour');
    await workbench.screenshotSidebar(themed.shot('sidebar-history'));
  });
});
