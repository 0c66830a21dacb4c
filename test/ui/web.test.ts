import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { localDateOf } from '../../src/core/time/localDate';
import { parseReflection } from '../../src/core/note/parseReflection';
import { periodFor } from '../../src/core/time/period';
import { RESULTS_DIR } from '../support/paths';
import { fillCompleteForm } from './form';
import { Workbench } from './workbench';

describe('The sidebar in the web worker extension host, as on vscode.dev', function () {
  this.timeout(240_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open({ webWorker: true });
  });

  after(async () => {
    await workbench?.close();
  });

  it('is filled in, writes the note and opens it', async () => {
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    await form.locator('[data-testid="stance"]').waitFor({ timeout: 60_000 });
    await fillCompleteForm(form, { titleContext: 'none' });
    await form.locator('#prompt-focus').fill('Write the web build.');
    await form.getByRole('button', { name: 'Write reflection' }).click();
    await form.getByText(/Saved your reflection for/).waitFor({ timeout: 30_000 });
    mkdirSync(RESULTS_DIR, { recursive: true });
    await workbench.screenshotSidebar(path.join(RESULTS_DIR, 'sidebar-web-worker.png'));

    const period = periodFor(localDateOf(new Date()), 'weekly').id;
    const parsed = parseReflection(readFileSync(path.join(workbench.workspace, 'reflections', `${period}.md`), 'utf8'));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    assert.equal(parsed.reflection.titleContext, 'none');
    assert.deepEqual(parsed.reflection.notes.focus, 'Write the web build.');

    await form.locator('#open-written').click();
    await workbench.page.locator(`.tabs-container .tab[aria-label^="${period}.md"]`).waitFor({ timeout: 30_000 });
    // A manifest without `main` can only run in the web worker host (the in-editor web suite checks the host itself).
    const manifest = JSON.parse(readFileSync(path.join(workbench.extensionPath, 'package.json'), 'utf8')) as { main?: string; browser?: string };
    assert.deepEqual([manifest.main, manifest.browser], [undefined, './dist/web.js']);
  });
});
