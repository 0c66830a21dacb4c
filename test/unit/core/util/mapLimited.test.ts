import * as assert from 'node:assert/strict';
import { mapLimited } from '../../../../src/core/util/mapLimited';

describe('mapLimited', () => {
  it('keeps the input order and never has more than the limit in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await mapLimited([5, 1, 4, 2, 3, 0, 6], 3, async (delay) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, delay));
      inFlight--;
      return delay * 10;
    });
    assert.deepEqual(results, [50, 10, 40, 20, 30, 0, 60]);
    assert.equal(most, 3);
  });

  it('handles no items', async () => {
    assert.deepEqual(await mapLimited([], 4, async () => 1), []);
  });
});
