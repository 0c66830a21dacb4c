import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { planIn } from '../../src/core/note/focusPlan';
import { decryptNotes, keyForPassphrase } from '../../src/core/private/privateText';
import { buildHistory, isSkipped, readHistoryFile } from '../../src/core/report/readHistory';
import { findPatterns } from '../../src/core/report/patterns';
import { EXAMPLE_PASSPHRASE } from '../../scripts/generate-examples';
import { PROJECT_ROOT } from '../support/paths';
import { DEFAULT_QUESTIONNAIRE } from '../support/questionnaire';
import { day } from '../support/notes';

const FOLDER = path.join(PROJECT_ROOT, 'examples', 'reflections');

/** The sample workspace `npm start` opens, as `npm run examples` wrote it: it must show every feature. */
describe('the sample notes', () => {
  const readings = readdirSync(FOLDER).map((name) => readHistoryFile(name, readFileSync(path.join(FOLDER, name), 'utf8')));
  const history = buildHistory(readings);
  const reflections = history.entries.map((entry) => entry.reflection);

  it('are a year of notes this version reads, every one', () => {
    assert.deepEqual(readings.filter(isSkipped), []);
    assert.ok(reflections.length >= 48, `${reflections.length} notes`);
  });

  it('show every pattern: follow-through, a persistent lean, an energy split, the spread, a rhythm with missed weeks, and report against calendar', () => {
    const patterns = findPatterns(
      reflections,
      DEFAULT_QUESTIONNAIRE.dimensions.map((dimension) => dimension.id),
      DEFAULT_QUESTIONNAIRE.allocation.map((bucket) => bucket.id),
      DEFAULT_QUESTIONNAIRE.bands['tech-lead']!.lean,
      day('2026-11-27'),
    );
    assert.ok(patterns.followThrough && patterns.followThrough.basis > 10);
    assert.ok(patterns.persistentLeans.length > 0);
    assert.ok(patterns.energyByShare.length > 0);
    assert.ok(patterns.spread);
    assert.ok(patterns.rhythm && patterns.rhythm.written < patterns.rhythm.elapsed, 'a missed week shows in the rhythm');
    assert.ok(patterns.reportVsCalendar.length > 0);
    assert.ok(patterns.followThrough.byKind, 'follow-through after plans and after free text, apart');
  });

  it('hold quick weeks, evidence blocks and a focus written as an if-then plan', () => {
    assert.ok(reflections.some((reflection) => reflection.checkIn));
    assert.ok(reflections.some((reflection) => !reflection.checkIn));
    assert.ok(reflections.filter((reflection) => reflection.evidence).length >= 5);
    assert.ok(reflections.some((reflection) => planIn(reflection.notes)), 'a focus written as a plan');
    assert.ok(reflections.some((reflection) => reflection.followThrough?.plan), 'a follow-through that quotes a plan');
  });

  it('keep one note encrypted, which the passphrase in the README opens', async () => {
    const sealed = reflections.filter((reflection) => reflection.privateText?.storage === 'encrypted');
    assert.equal(sealed.length, 1);
    const record = sealed[0]!.privateText;
    assert.ok(record?.storage === 'encrypted');
    const key = await keyForPassphrase(record, EXAMPLE_PASSPHRASE);
    assert.ok(key, 'the example passphrase is the one that sealed it');
    const opened = await decryptNotes(record, sealed[0]!.period, key);
    assert.ok(opened.ok && (opened.notes.led ?? opened.notes.focus ?? '').length > 0, 'it opens to real words');
    assert.ok(readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8').includes(`\`${EXAMPLE_PASSPHRASE}\``), 'the README gives the passphrase');
  });
});
