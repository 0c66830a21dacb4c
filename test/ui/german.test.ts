import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseFrontMatter } from '../../src/core/note/frontMatter';
import { localDateOf } from '../../src/core/time/localDate';
import { periodFor } from '../../src/core/time/period';
import { generateNote } from '../support/notes';
import { RESULTS_DIR } from '../support/paths';
import { fillCompleteForm } from './form';
import { Workbench } from './workbench';

/** Every key path of a value: the shape of front matter, without its values. */
function shapeOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [prefix];
  }
  return Object.entries(value).flatMap(([key, entry]) => shapeOf(entry, `${prefix}/${key}`));
}

describe('Lead Review with German as the display language', function () {
  this.timeout(240_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open({ displayLanguage: 'de' });
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows the sidebar and the German questionnaire, and writes a German note with the same front matter as an English one', async () => {
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    await form.getByRole('button', { name: 'Reflexion schreiben' }).waitFor({ timeout: 60_000 });
    await form.getByRole('tab', { name: 'Verlauf' }).waitFor();
    await form.getByText('Jenseits des Titels').waitFor();

    await fillCompleteForm(form, { leading: 3, managing: 1, allocation: { people: 30, process: 20, technical: 40, direction: 10 }, energy: 4 });
    await form.getByText('Alle 100 % verteilt.').waitFor();
    await form.locator('#prompt-focus').fill('Die Release-Planung abgeben.');
    mkdirSync(RESULTS_DIR, { recursive: true });
    await workbench.screenshotSidebar(path.join(RESULTS_DIR, 'sidebar-german.png'));
    await form.getByRole('button', { name: 'Reflexion schreiben' }).click();
    await form.getByText(/Deine Reflexion für .* ist gespeichert\./).waitFor({ timeout: 30_000 });

    const today = localDateOf(new Date());
    const period = periodFor(today, 'weekly').id;
    const text = readFileSync(path.join(workbench.workspace, 'reflections', `${period}.md`), 'utf8');
    assert.match(text, new RegExp(`^# Lead Review ${period}$`, 'm'));
    assert.match(text, /^## Die sieben Gegensätze$/m);
    assert.match(text, /^\| Jenseits des Titels \| 3 \| 1 \| neigt zum Führen \(\+2\) \|$/m);
    assert.match(text, /^## Mein Fokus für den nächsten Zeitraum$/m);
    const german = parseFrontMatter(text);
    assert.ok(german.ok, german.ok ? '' : german.error);
    const english = parseFrontMatter(generateNote(today, 3, 1, { role: 'tech-lead' }).text);
    assert.ok(english.ok);
    assert.deepEqual(shapeOf(german.data), shapeOf(english.data), 'the same front matter keys, in the same order');
    const data = german.data as { scores: { stance: string }; questionnaire: string; titleContext: string };
    assert.equal(data.scores.stance, 'mostly leading', 'values stay language-neutral');
    assert.equal(data.questionnaire, 'lead-review/default@1');
    assert.equal(data.titleContext, 'lead');
  });
});
