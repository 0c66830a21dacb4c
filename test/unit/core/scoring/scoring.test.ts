import * as assert from 'node:assert/strict';
import { DEFAULT_QUESTIONNAIRE } from '../../../support/questionnaire';
import { emptyDraft, type Draft } from '../../../../src/core/note/draft';
import { allItems } from '../../../../src/core/questionnaire/questionnaire';
import { isLeadingWithoutTitle, leaningFor, scoreDraft, stanceFor } from '../../../../src/core/scoring/scoring';

const items = allItems(DEFAULT_QUESTIONNAIRE);

function answering(leading: number | null, managing: number | null): Draft {
  const answers: Record<string, number> = {};
  for (const item of items) {
    const value = item.pole === 'leading' ? leading : managing;
    if (value !== null) {
      answers[item.id] = value;
    }
  }
  return { ...emptyDraft(), answers };
}

describe('scoring', () => {
  it('names each stance from the two indices', () => {
    assert.equal(stanceFor(75, 75), 'leading and managing');
    assert.equal(stanceFor(75, 25), 'mostly leading');
    assert.equal(stanceFor(25, 75), 'mostly managing');
    assert.equal(stanceFor(25, 25), 'heads-down');
    assert.equal(stanceFor(50, 49), 'mostly leading');
  });

  it('scores all answers 0 as 0 and heads-down', () => {
    const scores = scoreDraft(answering(0, 0), DEFAULT_QUESTIONNAIRE);
    assert.equal(scores.leading, 0);
    assert.equal(scores.managing, 0);
    assert.equal(scores.stance, 'heads-down');
    assert.equal(scores.answered, items.length);
    assert.ok(scores.dimensions.every((dimension) => dimension.lean === 0));
  });

  it('scores all answers 4 as 100 on both axes: one person can be both', () => {
    const scores = scoreDraft(answering(4, 4), DEFAULT_QUESTIONNAIRE);
    assert.equal(scores.leading, 100);
    assert.equal(scores.managing, 100);
    assert.equal(scores.stance, 'leading and managing');
  });

  it('treats unanswered items as missing, not zero, and counts the answered ones', () => {
    const draft = answering(4, null);
    const scores = scoreDraft({ ...draft, answers: { ...draft.answers, 'people.manage': 2 } }, DEFAULT_QUESTIONNAIRE);
    assert.equal(scores.leading, 100);
    assert.equal(scores.managing, 50, 'the mean of the one answered managing item, not diluted by zeros');
    assert.equal(scores.answered, 8);
    assert.equal(scores.total, 14);
    const title = scores.dimensions.find((dimension) => dimension.id === 'title');
    assert.deepEqual(title, { id: 'title', leading: 4, managing: null, lean: null });
  });

  it('has no stance and no indices when nothing is answered', () => {
    const scores = scoreDraft(emptyDraft(), DEFAULT_QUESTIONNAIRE);
    assert.equal(scores.leading, null);
    assert.equal(scores.managing, null);
    assert.equal(scores.stance, null);
    assert.equal(scores.answered, 0);
  });

  it('computes each lean as leading minus managing, from -4 to +4', () => {
    assert.ok(scoreDraft(answering(4, 0), DEFAULT_QUESTIONNAIRE).dimensions.every((dimension) => dimension.lean === 4));
    assert.ok(scoreDraft(answering(0, 4), DEFAULT_QUESTIONNAIRE).dimensions.every((dimension) => dimension.lean === -4));
  });

  it('puts a word on each lean', () => {
    assert.equal(leaningFor(4), 'leans leading');
    assert.equal(leaningFor(1), 'leans leading');
    assert.equal(leaningFor(0.5), 'balanced');
    assert.equal(leaningFor(0), 'balanced');
    assert.equal(leaningFor(-0.5), 'balanced');
    assert.equal(leaningFor(-1), 'leans managing');
    assert.equal(leaningFor(-4), 'leans managing');
  });

  it('recognises leading without a title only when there is no management title', () => {
    assert.equal(isLeadingWithoutTitle('none', 75), true);
    assert.equal(isLeadingWithoutTitle('none', 25), false);
    assert.equal(isLeadingWithoutTitle('lead', 75), false);
    assert.equal(isLeadingWithoutTitle('manager', 100), false);
  });

  it('never grades: no product wording calls one pole better', () => {
    const wording = JSON.stringify(DEFAULT_QUESTIONNAIRE).toLowerCase();
    for (const judgement of ['better', 'worse', 'should lead', 'good leader', 'bad manager', 'just a manager']) {
      assert.ok(!wording.includes(judgement), `the questionnaire says "${judgement}"`);
    }
  });
});
