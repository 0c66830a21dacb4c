import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, FrameLocator } from 'playwright-core';
import { localDateOf } from '../../src/core/time/localDate';
import { parseReflection } from '../../src/core/note/parseReflection';
import { periodFor } from '../../src/core/time/period';
import { resultFile } from '../support/paths';
import { DEFAULT_QUESTIONNAIRE } from '../support/questionnaire';
import { describeInThemes } from './themes';
import { expectNoViolations } from './axe';
import { Workbench } from './workbench';

const THEMES = ['Default Light Modern', 'Default Dark Modern', 'Default High Contrast', 'Default High Contrast Light'];

describeInThemes(THEMES, (theme) => `The sidebar under axe-core in the ${theme} theme`, (themed) => {
  it('has no violation on the Reflect tab, empty, half filled and with an error, nor on the History tab', async () => {
    const workbench = themed.workbench();
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    await form.locator('[data-testid="stance"]').waitFor();
    const frame = await workbench.sidebarFrame();
    await expectNoViolations(frame, 'the empty form');

    await form.locator('label[for="titleContext-lead"]').click();
    for (const dimension of DEFAULT_QUESTIONNAIRE.dimensions.slice(0, 3)) {
      for (const item of dimension.items) {
        await form.locator(`label[for="item-${item.id}-2"]`).click();
      }
    }
    await form.locator('#prompt-led').fill('Ran the incident review.');
    await expectNoViolations(frame, 'the half-filled form');

    await form.locator('#allocation-people').fill('150');
    await form.locator('#allocation-people-error').waitFor();
    await form.getByRole('button', { name: 'Write reflection' }).click();
    await form.locator('.outcome.not-written').waitFor();
    await expectNoViolations(frame, 'the form with an error and a note not written');
    assert.equal(await form.locator('#allocation-people').getAttribute('aria-describedby'), 'allocation-people-error allocation-remaining');
    assert.equal(await form.getByRole('button', { name: 'Write reflection' }).getAttribute('aria-describedby'), 'write-outcome');
    await workbench.screenshotSidebar(themed.shot('a11y-reflect'));

    await form.getByRole('tab', { name: 'History' }).click();
    await form.locator('#history-range').selectOption('all');
    await form.locator('[data-testid="patterns"]').waitFor();
    await expectNoViolations(frame, 'the History tab');
    await workbench.screenshotSidebar(themed.shot('a11y-history'));

    // Focus moved by the keyboard is drawn in this theme's focus colour.
    await form.getByRole('tab', { name: 'Reflect' }).click();
    await workbench.page.keyboard.press('Tab');
    const focus = await frame.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { id: element.id, outline: style.outlineStyle, width: style.outlineWidth, colour: style.outlineColor };
    });
    assert.notEqual(focus.outline, 'none', `no focus outline on ${focus.id}`);
    assert.notEqual(focus.width, '0px', `no focus outline on ${focus.id}`);
    assert.doesNotMatch(focus.colour, /rgba\(0, 0, 0, 0\)|transparent/, `a transparent focus outline on ${focus.id}`);
    await workbench.screenshotSidebar(themed.shot('a11y-focus'));
  });
});

/** Counts every change of what a live region says, from now on. */
async function startCountingAnnouncements(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const state = window as unknown as { announcements: string[] };
    state.announcements = [];
    const regions = Array.from(document.querySelectorAll('[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]'));
    const observer = new MutationObserver((records) => {
      for (const region of new Set(records.map((record) => regions.find((candidate) => candidate.contains(record.target))))) {
        if (region) {
          state.announcements.push(`${region.id || region.className}: ${region.textContent ?? ''}`);
        }
      }
    });
    for (const region of regions) {
      observer.observe(region, { childList: true, characterData: true, subtree: true });
    }
  });
}

async function announcements(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => (window as unknown as { announcements: string[] }).announcements);
}

describe('Calm announcements and the keyboard alone', function () {
  this.timeout(240_000);
  let workbench: Workbench;
  let form: FrameLocator;

  beforeEach(async () => {
    workbench = await Workbench.open();
    await workbench.openLeadReviewFromActivityBar();
    form = workbench.sidebar();
    await form.locator('[data-testid="stance"]').waitFor();
  });

  afterEach(async () => {
    await workbench?.close();
  });

  it('announces nothing while typing into a free-text box, and the stance once after a rating changes', async () => {
    const frame = await workbench.sidebarFrame();
    await form.locator('label[for="item-title.lead-3"]').click();
    await form.locator('label[for="item-title.manage-1"]').click();
    await form.locator('#stance-announcer').getByText(/^Mostly leading\./).waitFor({ timeout: 10_000 });

    await startCountingAnnouncements(frame);
    await form.locator('#prompt-led').pressSequentially('Ran the incident review with Sam.', { delay: 20 });
    await form.locator('#draft-status').getByText('Draft saved.').waitFor({ timeout: 20_000 });
    await workbench.page.waitForTimeout(1500);
    assert.deepEqual(await announcements(frame), [], 'typing in a text box announced something');

    await form.locator('label[for="item-title.manage-4"]').click();
    await form.locator('#stance-announcer').getByText(/^Leading and managing\. Leading 75, managing 100\.$/).waitFor({ timeout: 10_000 });
    await workbench.page.waitForTimeout(1500);
    assert.deepEqual(await announcements(frame), ['stance-announcer: Leading and managing. Leading 75, managing 100.']);
  });

  it('is answered end to end with Tab, arrow keys and typing only, in visual order, with focus visible', async () => {
    const page = workbench.page;
    // Into the sidebar by keyboard: the Command Palette focuses the view, then Tab to its first control.
    await page.keyboard.press('F1');
    await page.keyboard.type('>Lead Review: Open Questionnaire');
    await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await page.keyboard.press('Enter');
    const frame = await workbench.sidebarFrame();
    const focused = (): Promise<string> => frame.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      return element ? element.id || element.getAttribute('name') || element.tagName : '';
    });
    for (let step = 0; step < 40 && !(await focused()).startsWith('titleContext'); step++) {
      await page.keyboard.press('Tab');
    }
    assert.match(await focused(), /^titleContext/, 'Tab reaches the first question');
    const order: string[] = [];
    const press = async (key: string): Promise<void> => {
      await page.keyboard.press(key);
    };
    // Title: the first radio, then one arrow to the second choice.
    await press('ArrowRight');
    order.push(await focused());
    for (const dimension of DEFAULT_QUESTIONNAIRE.dimensions) {
      for (const _item of dimension.items) {
        await press('Tab');
        // An unanswered radio group takes focus on its first choice; three arrows make it 3.
        await press('ArrowRight');
        await press('ArrowRight');
        await press('ArrowRight');
        order.push(await focused());
      }
    }
    for (const share of ['25', '25', '40', '10']) {
      await press('Tab');
      await page.keyboard.type(share);
      order.push(await focused());
    }
    await press('Tab');
    await press('ArrowRight');
    order.push(await focused());
    await press('Tab');
    await page.keyboard.type('Led the planning by keyboard alone.');
    order.push(await focused());
    await page.screenshot({ path: resultFile('keyboard-focus.png') });
    for (let step = 0; step < 10 && (await focused()) !== 'write'; step++) {
      await press('Tab');
    }
    assert.equal(await focused(), 'write', 'Tab reaches Write reflection after the form');
    const outline = await form.locator('#write').evaluate((element) => getComputedStyle(element).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible on the Write button');
    await press('Enter');
    await form.getByText(/Saved your reflection for/).waitFor({ timeout: 30_000 });
    await press('Tab');
    assert.equal(await focused(), 'open-written');
    await press('Enter');
    const period = periodFor(localDateOf(new Date()), 'weekly').id;
    await page.locator(`.tabs-container .tab[aria-label^="${period}.md"]`).waitFor({ timeout: 30_000 });

    const expectedOrder = [
      'titleContext-lead',
      ...DEFAULT_QUESTIONNAIRE.dimensions.flatMap((dimension) => dimension.items.map((item) => `item-${item.id}-3`)),
      'allocation-people',
      'allocation-process',
      'allocation-technical',
      'allocation-direction',
      'energy-2',
      'prompt-led',
    ];
    assert.deepEqual(order, expectedOrder, 'focus follows the visual order');
    const parsed = parseReflection(readFileSync(path.join(workbench.workspace, 'reflections', `${period}.md`), 'utf8'));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    assert.equal(parsed.reflection.titleContext, 'lead');
    assert.ok(Object.values(parsed.reflection.answers).every((answer) => answer === 3));
    assert.deepEqual(parsed.reflection.allocation, { people: 25, process: 25, technical: 40, direction: 10 });
    assert.equal(parsed.reflection.energy, 2);
    assert.equal(parsed.reflection.notes.led, 'Led the planning by keyboard alone.');
  });
});
