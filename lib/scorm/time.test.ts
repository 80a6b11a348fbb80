import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scormTimespan } from './time';

test('formats a session as HH:MM:SS.SS with at least two hour digits', () => {
  assert.equal(scormTimespan(0), '00:00:00.00');
  assert.equal(scormTimespan(1_234), '00:00:01.23');
  assert.equal(scormTimespan((45 * 60 + 7) * 1000 + 50), '00:45:07.05');
  assert.equal(scormTimespan((2 * 3600 + 1) * 1000), '02:00:01.00');
});

test('matches the CMITimespan pattern and stays within four hour digits', () => {
  const pattern = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
  for (const ms of [0, 999, 59_999, 3_599_999, 123 * 3600 * 1000, 1e15, -5, Number.NaN, Infinity]) {
    assert.match(scormTimespan(ms), pattern, String(ms));
  }
  assert.equal(scormTimespan(1e15), '9999:59:59.99');
  assert.equal(scormTimespan(-5), '00:00:00.00');
  assert.equal(scormTimespan(Number.NaN), '00:00:00.00');
});
