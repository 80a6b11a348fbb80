import { test } from 'node:test';
import assert from 'node:assert/strict';
import { largestFittingStep } from './text-fit';

test('finds the largest step that fits, for every limit, as trying each step in turn would', () => {
  for (let limit = -1; limit <= 10; limit++) {
    const tried: number[] = [];
    const step = largestFittingStep(10, (s) => {
      tried.push(s);
      return s <= limit;
    });
    assert.equal(step, Math.max(0, limit), `limit ${limit}`);
    assert.ok(tried.length <= 5, `limit ${limit}: ${tried.length} sizes tried (${tried.join(', ')})`);
  }
});
