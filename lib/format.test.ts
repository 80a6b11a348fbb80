import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatDateTime, formatEuroCents, formatGermanNumber } from './format';

test('dates are shown the German way, with and without the time', () => {
  assert.equal(formatDate('2026-03-05T14:30:00'), '05.03.2026');
  assert.equal(formatDateTime('2026-03-05T14:30:00'), '05.03.2026, 14:30');
  // The formats are made once and reused.
  assert.equal(formatDate('2026-12-24T08:00:00'), '24.12.2026');
});

test('a stored value that is no date is shown as it is, not as "Invalid Date"', () => {
  assert.equal(formatDate('gestern'), 'gestern');
  assert.equal(formatDateTime(''), '');
});

test('numbers and euros read exactly as Intl writes them in German', () => {
  const number = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
  const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
  const input = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });
  const values = [0, 1, 7, 12, 200, 999, 1000, 1234, 10000, 123456, 1234567, 2.5, 0.1, 0.25, 8.5, 12.34, 1.005, 3.333, 99.999, -4, -1234.5];
  for (const value of values) {
    assert.equal(formatGermanNumber(value), number.format(value), `number ${value}`);
    assert.equal(formatGermanNumber(value, { minFractionDigits: 2, maxFractionDigits: 2, grouping: false }), input.format(value), `input ${value}`);
  }
  for (const cents of [0, 1, 50, 850, 1000, 123450, 99999, 100000, 2_000_000, 123_456_789]) {
    assert.equal(formatEuroCents(cents), euro.format(cents / 100), `euro ${cents}`);
  }
  assert.equal(formatGermanNumber(0.004), '0');
  assert.equal(formatGermanNumber(-0.001), '0');
});
