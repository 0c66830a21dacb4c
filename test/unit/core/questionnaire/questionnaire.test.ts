import * as assert from 'node:assert/strict';
import { DEFAULT_QUESTIONNAIRE } from '../../../support/questionnaire';
import { allItems, questionnaireRef } from '../../../../src/core/questionnaire/questionnaire';

describe('the default questionnaire', () => {
  it('has the seven contrasts of the article, each with a summary', () => {
    assert.deepEqual(
      DEFAULT_QUESTIONNAIRE.dimensions.map((dimension) => dimension.id),
      ['title', 'inspire', 'people', 'future', 'horizon', 'influence', 'skills'],
    );
    assert.ok(DEFAULT_QUESTIONNAIRE.dimensions.every((dimension) => dimension.summary.length > 20));
  });

  it('asks at least one leading and one managing item per contrast', () => {
    for (const dimension of DEFAULT_QUESTIONNAIRE.dimensions) {
      assert.ok(dimension.items.some((item) => item.pole === 'leading'), dimension.id);
      assert.ok(dimension.items.some((item) => item.pole === 'managing'), dimension.id);
    }
  });

  it('uses unique item ids', () => {
    const ids = allItems(DEFAULT_QUESTIONNAIRE).map((item) => item.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('offers a 0–4 scale, energy 1–5, four time buckets and the four prompts', () => {
    assert.deepEqual(DEFAULT_QUESTIONNAIRE.scale.map((choice) => choice.value), [0, 1, 2, 3, 4]);
    assert.deepEqual(DEFAULT_QUESTIONNAIRE.energy.map((choice) => choice.value), [1, 2, 3, 4, 5]);
    assert.deepEqual(DEFAULT_QUESTIONNAIRE.allocation.map((bucket) => bucket.id), ['people', 'process', 'technical', 'direction']);
    assert.deepEqual(DEFAULT_QUESTIONNAIRE.prompts.map((prompt) => prompt.id), ['led', 'managed', 'differently', 'focus']);
  });

  it('is identified as id@version', () => {
    assert.equal(questionnaireRef(DEFAULT_QUESTIONNAIRE), 'lead-review/default@1');
  });
});
