import * as assert from 'node:assert/strict';
import { Workbench } from './workbench';

describe('A team questionnaire in the sidebar', function () {
  this.timeout(240_000);
  let workbench: Workbench;

  before(async () => {
    workbench = await Workbench.open({ fixture: 'custom' });
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows the questions from .lead-review/questionnaire.yaml instead of the built-in ones', async () => {
    await workbench.openLeadReviewFromActivityBar();
    const form = workbench.sidebar();
    await form.getByText('I set a direction.').waitFor({ timeout: 60_000 });
    assert.equal(await form.getByText('I tracked the plan.').count(), 1);
    assert.equal(await form.getByText('Beyond the title').count(), 0);
    assert.equal(await form.locator('label[for="allocation-code"]').count(), 1);
    assert.equal(await form.locator('[data-testid="bands"]').count(), 0, 'no bands: this questionnaire defines none');
  });
});
