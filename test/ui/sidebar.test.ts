import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import { DEFAULT_QUESTIONNAIRE } from '../support/questionnaire';
import { parseReflection } from '../../src/core/note/parseReflection';
import { periodFor } from '../../src/core/time/period';
import { localDateOf } from '../../src/core/time/localDate';
import { PROJECT_ROOT, resultFile } from '../support/paths';
import { fillCompleteForm } from './form';
import { Workbench } from './workbench';

/** Travels through the page's initial data after a reload: quotes and markup must stay text. */
const RELOADED_TEXT = 'Ask before | assuming\n---\n" data-x=\'1\' </main><script>alert(1)</script> &amp;';

const HOSTILE_LED = 'Ran the | incident review\n---\n<script>alert("x")</script> 🚀';
const HOSTILE_FOCUS = '# Delegate the release train 👩🏽‍💻';

/** Clicks the visible face of a 0–4 (or 1–5) choice, as a mouse user would. */
async function choose(form: FrameLocator, group: string, value: number | string): Promise<void> {
  await form.locator(`label[for="${group}-${value}"]`).click();
}

describe('The Lead Review sidebar in a real VS Code', function () {
  this.timeout(240_000);
  let workbench: Workbench;

  beforeEach(async () => {
    workbench = await Workbench.open();
  });

  afterEach(async () => {
    await workbench?.close();
  });

  it('is answered from the activity bar, partly by keyboard alone, and writes exactly those answers', async () => {
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    const stance = form.locator('[data-testid="stance"]');
    await stance.waitFor();
    assert.match((await stance.textContent()) ?? '', /Answer a leading and a managing item/);
    await workbench.screenshotSidebar(resultFile('sidebar-empty.png'));

    await choose(form, 'titleContext', 'none');
    // Keyboard only for the first contrast: Tab into each radio group, arrow keys to answer.
    const page = workbench.page;
    await page.keyboard.press('Tab');
    for (let step = 0; step < 4; step++) {
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    assert.equal(await form.locator('#item-title\\.lead-4').isChecked(), true);
    assert.equal(await form.locator('#item-title\\.manage-0').isChecked(), true);
    assert.equal((await stance.textContent()) ?? '', 'Mostly leading');

    const expected: Record<string, number> = { 'title.lead': 4, 'title.manage': 0 };
    for (const dimension of DEFAULT_QUESTIONNAIRE.dimensions.slice(1)) {
      for (const item of dimension.items) {
        expected[item.id] = item.pole === 'leading' ? 1 : 3;
        await choose(form, `item-${item.id}`, expected[item.id]!);
      }
    }
    assert.equal((await stance.textContent()) ?? '', 'Mostly managing', 'the preview follows the answers');

    const allocation = { people: 25, process: 35, technical: 30, direction: 10 };
    for (const [bucket, share] of Object.entries(allocation)) {
      await form.locator(`#allocation-${bucket}`).fill(String(share));
    }
    await form.getByText('All 100% allocated.').waitFor();
    await choose(form, 'energy', 2);
    await form.locator('#prompt-led').fill(HOSTILE_LED);
    await form.locator('#prompt-focus').fill(HOSTILE_FOCUS);
    await workbench.screenshotSidebar(resultFile('sidebar-filled-bottom.png'));
    await form.locator('html').evaluate((root) => root.ownerDocument.defaultView?.scrollTo(0, 0));
    await workbench.screenshotSidebar(resultFile('sidebar-filled.png'));

    await form.getByRole('button', { name: 'Write reflection' }).click();
    await form.getByText(/Saved your reflection for/).waitFor({ timeout: 30_000 });
    assert.equal(await form.locator('#commit-written').count(), 0, 'no Commit button outside a repository');
    await workbench.screenshotSidebar(resultFile('sidebar-written.png'));

    const period = periodFor(localDateOf(new Date()), 'weekly').id;
    const note = readFileSync(path.join(workbench.workspace, 'reflections', `${period}.md`), 'utf8');
    const parsed = parseReflection(note);
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    assert.deepEqual(parsed.reflection.answers, expected);
    assert.deepEqual(parsed.reflection.allocation, allocation);
    assert.equal(parsed.reflection.energy, 2);
    assert.equal(parsed.reflection.titleContext, 'none');
    assert.deepEqual(parsed.reflection.notes, { led: HOSTILE_LED, managed: '', differently: '', focus: HOSTILE_FOCUS });
    assert.equal(parsed.reflection.scores.stance, 'mostly managing');

    if (process.env.LEAD_REVIEW_UPDATE_SCREENSHOTS === '1') {
      copyFileSync(resultFile('sidebar-filled.png'), path.join(PROJECT_ROOT, 'media', 'screenshot-sidebar.png'));
    }
  });

  it('keeps a half-filled draft across a window reload', async () => {
    await workbench.openLeadReviewFromActivityBar();
    let form = workbench.sidebar();
    await choose(form, 'titleContext', 'lead');
    await choose(form, 'item-people.lead', 3);
    await choose(form, 'item-people.manage', 1);
    await form.locator('#allocation-people').fill('40');
    await form.locator('#prompt-differently').fill(RELOADED_TEXT);
    // The window goes away only once the host has stored the last answer.
    await form.locator('#draft-status').getByText('Draft saved.').waitFor({ timeout: 30_000 });

    await workbench.reload();
    form = workbench.sidebar();
    await form.locator('[data-testid="stance"]').waitFor({ timeout: 60_000 }).catch(async () => {
      await workbench.openLeadReviewFromActivityBar();
      await form.locator('[data-testid="stance"]').waitFor();
    });
    assert.equal(await form.locator('#titleContext-lead').isChecked(), true);
    assert.equal(await form.locator('#item-people\\.lead-3').isChecked(), true);
    assert.equal(await form.locator('#item-people\\.manage-1').isChecked(), true);
    assert.equal(await form.locator('#allocation-people').inputValue(), '40');
    assert.equal(await form.locator('#prompt-differently').inputValue(), RELOADED_TEXT);
    assert.equal(await form.locator('script', { hasText: 'alert' }).count() + (await form.locator('[data-x]').count()), 0, 'the text came back as text, not as markup');
    await workbench.screenshotSidebar(resultFile('sidebar-after-reload.png'));
  });

  it('offers Commit after writing in a repository, and commits the note it names even with another note open', async () => {
    await workbench.close();
    workbench = await Workbench.open({ gitRepository: true });
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    await fillCompleteForm(form);
    await form.getByRole('button', { name: 'Write reflection' }).click();
    const commit = form.locator('#commit-written');
    await commit.waitFor({ timeout: 30_000 });
    const period = periodFor(localDateOf(new Date()), 'weekly').id;
    const written = readFileSync(path.join(workbench.workspace, 'reflections', `${period}.md`), 'utf8');
    writeFileSync(path.join(workbench.workspace, 'reflections', '2026-W01.md'), written.replace(`period: "${period}"`, 'period: "2026-W01"'));
    await workbench.openFile('2026-W01.md');
    await commit.click();
    await form.getByText(/^Committed: Lead review /).waitFor({ timeout: 30_000 });
    assert.equal(await commit.count(), 0, 'a committed note is not offered for commit again');
    const frame = await workbench.sidebarFrame();
    assert.equal(await frame.evaluate(() => document.activeElement?.id), 'open-written', 'focus moves from the Commit button to Open, not to nowhere');
    const git = (...args: string[]): string => execFileSync('git', args, { cwd: workbench.workspace, encoding: 'utf8' }).trim();
    assert.equal(git('show', '--name-only', '--format=', 'HEAD'), `reflections/${period}.md`);
    assert.equal(git('status', '--porcelain', 'reflections'), '?? reflections/2026-W01.md');
  });
});
