import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { FrameLocator } from 'playwright-core';
import type { FollowThrough } from '../../src/core/note/draft';
import type { Reflection } from '../../src/core/note/model';
import { generateNote, type GeneratedNote } from '../support/notes';
import { PSEUDO_LANGUAGE, pseudoLocalizedCopy, unwrappedWords } from '../support/pseudoLocale';
import { fillCompleteForm } from './form';
import { Workbench } from './workbench';

/** The person's own words, in a script with no Latin letters, so only Lead Review's strings are checked. */
const OWN_WORDS = { led: 'Οδήγησα τη συζήτηση', managed: 'Οργάνωσα το πλάνο', differently: 'Νωρίτερα', focus: 'Ανάθεση της έκδοσης' };

/** Twelve weekly notes up to last week, with follow-through, energy and leans that vary, so every pattern has its data. */
function notesWithPatterns(): GeneratedNote[] {
  const notes: GeneratedNote[] = [];
  let previous: Reflection | null = null;
  for (let week = 12; week >= 1; week--) {
    const date = new Date(Date.now() - week * 7 * 86_400_000);
    const answers: FollowThrough[] = ['yes', 'partly', 'no'];
    const note = generateNote({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }, 1 + (week % 4), 3 - (week % 3), {
      previous,
      draft: { notes: OWN_WORDS, energy: 1 + (week % 5), followThrough: previous ? answers[week % 3]! : null },
    });
    notes.push(note);
    previous = note.reflection;
  }
  return notes;
}

/** What a person can read in the sidebar: its text, and the names and hints that assistive technology reads out. */
async function visibleText(form: FrameLocator): Promise<string> {
  return form.locator('body').evaluate((body) => {
    const attributes = Array.from(body.querySelectorAll('[aria-label], [title], [placeholder], [alt], title')).flatMap((element) => [
      element.getAttribute('aria-label') ?? '',
      element.getAttribute('title') ?? '',
      element.getAttribute('placeholder') ?? '',
      element.getAttribute('alt') ?? '',
      element.tagName.toLowerCase() === 'title' ? element.textContent ?? '' : '',
    ]);
    return [(body as HTMLElement).innerText, ...attributes].join('\n');
  });
}

function assertAllTranslated(what: string, text: string): void {
  const words = unwrappedWords(text);
  assert.deepEqual([...new Set(words)], [], `${what} shows English that no translation wrapped: ${[...new Set(words)].join(', ')}\n---\n${text.slice(0, 3000)}`);
}

describe('Every visible string goes through translation (a pseudo-locale)', function () {
  this.timeout(240_000);
  let workbench: Workbench;
  let scratch: string;

  before(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'lead-review-pseudo-'));
    workbench = await Workbench.open({ displayLanguage: PSEUDO_LANGUAGE, extensionPath: pseudoLocalizedCopy(scratch) });
    const folder = path.join(workbench.workspace, 'reflections');
    mkdirSync(folder, { recursive: true });
    for (const note of notesWithPatterns()) {
      writeFileSync(path.join(folder, note.fileName), note.text);
    }
  });

  after(async () => {
    await workbench?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('wraps every word of the sidebar, on both tabs, and of the note it writes', async () => {
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    await form.locator('#write').waitFor({ timeout: 60_000 });
    await form.locator('#follow-through-focus, .follow-through').first().waitFor({ timeout: 30_000 });
    assertAllTranslated('The Reflect tab', await visibleText(form));

    await form.locator('[role="tab"]').nth(1).click();
    await form.locator('.patterns li').first().waitFor({ timeout: 30_000 });
    assertAllTranslated('The History tab and its patterns', await visibleText(form));
    await form.locator('[role="tab"]').nth(0).click();

    await fillCompleteForm(form);
    await form.locator('label[for="followThrough-partly"]').click();
    await form.locator('#prompt-focus').fill(OWN_WORDS.focus);
    await form.locator('#write').click();
    await form.locator('#write-outcome a, #write-outcome button').first().waitFor({ timeout: 30_000 });
    assertAllTranslated('The sidebar after writing', await visibleText(form));
    const written = readdirSync(path.join(workbench.workspace, 'reflections')).sort().pop()!;
    const body = readFileSync(path.join(workbench.workspace, 'reflections', written), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    assertAllTranslated(`The note ${written}`, body);
  });

  it('wraps every word of the trend report and its chart', async () => {
    await workbench.page.keyboard.press('Control+Shift+P');
    const input = workbench.page.locator('.quick-input-widget input');
    await input.fill('>⟦Write Trend Report⟧');
    await workbench.page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await workbench.page.keyboard.press('Enter');
    await workbench.page.locator('.quick-input-list .monaco-list-row').first().waitFor();
    await workbench.page.keyboard.press('Enter');
    const reports = path.join(workbench.workspace, 'reflections', 'reports');
    await workbench.page.locator('.tabs-container .tab[aria-label*="trend-"]').waitFor({ timeout: 30_000 });
    for (const file of readdirSync(reports)) {
      const text = readFileSync(path.join(reports, file), 'utf8');
      // What a reader sees: an SVG's text, not its markup and style; a Markdown link's words, not its target.
      const seen = file.endsWith('.svg') ? text.replace(/<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]*>/g, ' ') : text.replace(/\]\([^)]*\)/g, ']');
      assertAllTranslated(`reports/${file}`, seen);
    }
  });
});
