import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { emptyDraft } from '../../../src/core/note/draft';
import type { LeadReviewTestApi } from '../../../src/extension';
import { activateLeadReview, completeDraft, waitFor, writeReflection } from '../helpers';
import { configure, useNotesFolder } from './gitRepositories';
import { filesHolding } from '../../support/files';

const SECRET = 'Asked HR about the reorg before telling the team';

/** With `leadReview.privateText: encrypted`, typed words never rest on disk in the clear. */
describe('The draft at rest with encrypted private text', () => {
  let api: LeadReviewTestApi;
  const draft = (): ReturnType<typeof completeDraft> => completeDraft({ notes: { led: SECRET, focus: `${SECRET}, again` } });
  /** The extension's workspace storage and everything VS Code keeps beside it for this workspace. */
  const storage = (): string => path.dirname(api.drafts.storageFolder!.fsPath);

  before(async () => {
    api = await activateLeadReview();
    await useNotesFolder('at-rest-notes');
  });

  beforeEach(async () => {
    await configure('privateText', 'encrypted');
  });

  afterEach(async () => {
    await api.drafts.discard();
    await configure('privateText', undefined);
  });

  after(async () => {
    await configure('folder', undefined);
  });

  it('seals the words with the notes\' key in workspace state and the draft file, and opens them again at start-up', async () => {
    await api.usePassphrase('a long walk on a short pier');
    await api.drafts.replace(draft());
    assert.equal(api.drafts.privacy(), 'sealed');
    const stored = JSON.stringify(api.drafts.stored());
    assert.ok(!stored.includes(SECRET), 'workspace state holds the words in the clear');
    assert.match(stored, /"sealedNotes":\{"storage":"encrypted"/);
    assert.deepEqual(filesHolding(storage(), SECRET), [], 'a file in the workspace storage holds the words');
    await api.drafts.restore();
    assert.deepEqual(api.drafts.get().notes, draft().notes, 'the words come back, opened with this machine\'s key');
  });

  it('holds the words in memory only while this machine has no key, and stores them sealed once a passphrase is set', async () => {
    await api.forgetKeys([]);
    await api.drafts.replace(draft());
    assert.equal(api.drafts.privacy(), 'heldInMemory');
    assert.ok(!JSON.stringify(api.drafts.stored()).includes(SECRET));
    assert.ok(!JSON.stringify(api.drafts.stored()).includes('sealedNotes'), 'nothing sealed either: there is no key');
    assert.deepEqual(filesHolding(storage(), SECRET), []);
    assert.deepEqual(api.drafts.get().notes, draft().notes, 'the form keeps the words');
    await api.usePassphrase('a long walk on a short pier');
    await waitFor(() => api.drafts.privacy() === 'sealed', 'the held words to be sealed');
    assert.match(JSON.stringify(api.drafts.stored()), /"sealedNotes"/);
  });

  it('keeps sealed words this machine cannot open, never dropping them, and stores nothing typed meanwhile in the clear', async () => {
    await api.usePassphrase('the first passphrase of all');
    await api.drafts.replace(draft());
    const sealed = (api.drafts.stored() as { sealedNotes: unknown }).sealedNotes;
    const salt = (sealed as { salt: string }).salt;
    await api.forgetKeys([salt]);
    await api.drafts.restore();
    assert.equal(api.drafts.privacy(), 'locked');
    await api.drafts.replace(completeDraft({ notes: { differently: 'typed while locked' } }));
    assert.deepEqual((api.drafts.stored() as { sealedNotes: unknown }).sealedNotes, sealed, 'the sealed words are kept as they were');
    assert.ok(!JSON.stringify(api.drafts.stored()).includes('typed while locked'));
  });

  it('leaves no words in the stored draft once the note is written', async () => {
    await configure('privateText', 'encrypted');
    await api.usePassphrase('a long walk on a short pier');
    await api.drafts.replace(draft());
    const outcome = await writeReflection();
    assert.equal(outcome.kind, 'written', JSON.stringify(outcome));
    // The emptied draft reaches storage just after the outcome, off the write's path.
    await waitFor(() => JSON.stringify(api.drafts.stored()) === JSON.stringify({ ...emptyDraft(), notes: {} }), 'the emptied draft to be stored');
    assert.deepEqual(filesHolding(storage(), SECRET), []);
  });
});
