import * as assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { parseReflection } from '../../../src/core/note/parseReflection';
import type { LeadReviewTestApi } from '../../../src/extension';
import { activateLeadReview, completeDraft, writeReflection } from '../helpers';
import { configure, PERIOD, useNotesFolder, workspaceRoot } from './gitRepositories';

describe('A quick week', () => {
  let api: LeadReviewTestApi;
  const notesFolder = (): string => path.join(workspaceRoot(), 'quick-notes');

  before(async () => {
    api = await activateLeadReview();
  });

  beforeEach(async () => {
    rmSync(notesFolder(), { recursive: true, force: true });
    await useNotesFolder('quick-notes');
  });

  afterEach(async () => {
    await configure('checkIn', undefined);
    await configure('folder', undefined);
  });

  after(() => {
    rmSync(notesFolder(), { recursive: true, force: true });
  });

  it('writes a note with only the items it asked, when the setting says quick', async () => {
    await configure('checkIn', 'quick');
    await api.history.refresh();
    // A first quick week has no history: it asks the first two contrasts, and the title context.
    const draft = completeDraft({ allocation: {}, notes: { led: '', managed: '', differently: '', focus: 'Ship the RFC.' } });
    const asked = ['title.lead', 'title.manage', 'inspire.lead', 'inspire.manage'];
    await api.drafts.replace({ ...draft, answers: Object.fromEntries(asked.map((id) => [id, draft.answers[id]!])) });
    const outcome = await writeReflection();
    assert.equal(outcome.kind, 'written', JSON.stringify(outcome));
    const parsed = parseReflection(readFileSync(path.join(notesFolder(), `${PERIOD}.md`), 'utf8'));
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.error);
    assert.deepEqual(parsed.reflection.checkIn, { mode: 'quick', asked: { items: asked, allocation: false, prompts: ['focus'], titleContext: true } });
    assert.deepEqual(Object.keys(parsed.reflection.answers), asked);
    assert.deepEqual(parsed.reflection.allocation, {});
    assert.deepEqual(parsed.reflection.notes, { focus: 'Ship the RFC.' });
  });

  it('follows the draft\'s own choice for this period over the setting', async () => {
    await configure('checkIn', 'quick');
    const outcome = await (async () => {
      await api.drafts.replace({ ...completeDraft(), checkIn: 'full' });
      return writeReflection();
    })();
    assert.equal(outcome.kind, 'written');
    const parsed = parseReflection(readFileSync(path.join(notesFolder(), `${PERIOD}.md`), 'utf8'));
    assert.ok(parsed.ok);
    assert.equal(parsed.reflection.checkIn, undefined, 'a full week');
    assert.equal(parsed.reflection.scores.total, 14);
  });

  it('still asks for every question of a full week when the draft says full and time allocation is missing', async () => {
    await api.drafts.replace({ ...completeDraft({ allocation: {} }), checkIn: 'full' });
    const outcome = await writeReflection();
    assert.equal(outcome.kind, 'notWritten');
    assert.ok(outcome.kind === 'notWritten' && outcome.missing.some((entry) => entry.startsWith('Time allocation')));
  });
});
