import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calculateCost, computeCost, costSchema, formatEuro, formatGoods, parseField, parseGermanNumber, type CostInput } from './kosten';

const input = (overrides: Partial<CostInput> = {}): CostInput => ({ cigarettesPerDay: '10', packPrice: '8,50', cigarettesPerPack: '20', goodPrice: '35', ...overrides });
/** Intl writes a no-break space before the euro sign. */
const euro = (cents: number) => formatEuro(cents).replace(/\u00a0/g, ' ');

test('German number input: comma, dot, spaces, thousands and a euro sign', () => {
  assert.deepEqual(parseGermanNumber('8,50'), { ok: true, value: 8.5 });
  assert.deepEqual(parseGermanNumber('8.50'), { ok: true, value: 8.5 });
  assert.deepEqual(parseGermanNumber(' 10 '), { ok: true, value: 10 });
  assert.deepEqual(parseGermanNumber('1.234,50'), { ok: true, value: 1234.5 });
  assert.deepEqual(parseGermanNumber('8,50 €'), { ok: true, value: 8.5 });
  assert.deepEqual(parseGermanNumber('8,'), { ok: true, value: 8 });
});

test('bad input is a message, not an exception: empty, negative, letters, two commas', () => {
  for (const text of ['', '   ', '-3', '−3', 'zehn', '10a', '1e3', '8,5,0', 'NaN', 'Infinity']) {
    const parsed = parseGermanNumber(text);
    assert.equal(parsed.ok, false, text);
    if (!parsed.ok) assert.match(parsed.problem, /\S/);
  }
});

test('10.000 cigarettes a day is refused with a friendly message; 200 is the most', () => {
  const parsed = parseField('cigarettesPerDay', '10000');
  assert.equal(parsed.ok, false);
  if (!parsed.ok) assert.match(parsed.problem, /höchstens 200/);
  assert.equal(parseField('cigarettesPerDay', '200').ok, true);
  assert.equal(parseField('cigarettesPerDay', '200,5').ok, false);
  const outcome = calculateCost(input({ cigarettesPerDay: '10000' }));
  assert.equal(outcome.ok, false);
  if (!outcome.ok) assert.deepEqual(Object.keys(outcome.problems), ['cigarettesPerDay']);
});

test('zero cigarettes a day costs nothing; a free pack or an empty pack is refused', () => {
  const outcome = calculateCost(input({ cigarettesPerDay: '0' }));
  assert.deepEqual(outcome, { ok: true, result: { weekCents: 0, monthCents: 0, yearCents: 0, goodsPerYear: 0 } });
  assert.equal(parseField('packPrice', '0').ok, false);
  assert.equal(parseField('cigarettesPerPack', '0').ok, false);
  assert.equal(parseField('cigarettesPerPack', '19,5').ok, false);
  assert.equal(parseField('goodPrice', '0').ok, false);
});

test('every problem is named by its field', () => {
  const outcome = calculateCost({ cigarettesPerDay: '', packPrice: '-1', cigarettesPerPack: 'zwanzig', goodPrice: '35' });
  assert.equal(outcome.ok, false);
  if (!outcome.ok) assert.deepEqual(Object.keys(outcome.problems).sort(), ['cigarettesPerDay', 'cigarettesPerPack', 'packPrice']);
});

test('the worked example: 10 a day at 8,50 € for 20', () => {
  const outcome = calculateCost(input());
  assert.deepEqual(outcome, { ok: true, result: { weekCents: 2975, monthCents: 12927, yearCents: 155125, goodsPerYear: 44 } });
});

test('rounding to the cent from the exact daily cost', () => {
  // 1 a day at 8,50 € for 19: 44,7368… cents a day.
  const result = computeCost({ cigarettesPerDay: 1, packPrice: 8.5, cigarettesPerPack: 19, goodPrice: 10 });
  assert.equal(result.weekCents, 313); // 313,157…
  assert.equal(result.yearCents, 16329); // 16328,947…
  assert.equal(result.monthCents, 1361); // 1360,745…
  // A price typed with more than two decimals counts in whole cents.
  assert.equal(computeCost({ cigarettesPerDay: 20, packPrice: 8.499, cigarettesPerPack: 20, goodPrice: 1 }).weekCents, 5950);
});

test('month and year agree: a month is the year ÷ 12 (365 days), at most half a cent apart per month', () => {
  for (const cigarettesPerDay of [0.5, 1, 3, 7, 10, 13, 20, 37, 200]) {
    for (const packPrice of [0.01, 6.3, 8.5, 9.99, 100]) {
      const result = computeCost({ cigarettesPerDay, packPrice, cigarettesPerPack: 20, goodPrice: 35 });
      assert.ok(Math.abs(result.monthCents * 12 - result.yearCents) <= 6, `${cigarettesPerDay} at ${packPrice}`);
      assert.ok(Math.abs((result.weekCents * 365) / 7 - result.yearCents) <= 365 / 7 / 2 + 1e-9, `${cigarettesPerDay} at ${packPrice}`);
    }
  }
});

test('the goods are whole items, rounded down, and exact at the boundary', () => {
  assert.equal(computeCost({ cigarettesPerDay: 20, packPrice: 7, cigarettesPerPack: 20, goodPrice: 2555 }).goodsPerYear, 1);
  assert.equal(computeCost({ cigarettesPerDay: 20, packPrice: 7, cigarettesPerPack: 20, goodPrice: 2555.01 }).goodsPerYear, 0);
  assert.equal(computeCost({ cigarettesPerDay: 10, packPrice: 8.5, cigarettesPerPack: 20, goodPrice: 0.1 }).goodsPerYear, 15512);
});

test('German euro formatting', () => {
  assert.equal(euro(123450), '1.234,50 €');
  assert.equal(euro(5), '0,05 €');
  assert.equal(euro(730000000), '7.300.000,00 €');
});

test('the example data: every good is priced and named once', () => {
  const checked = costSchema.safeParse({
    pack: { examplePrice: 8.5, cigarettes: 20 },
    exampleCigarettesPerDay: 10,
    goods: [
      { id: 'a', name: 'A', plural: 'As', examplePrice: 1 },
      { id: 'a', name: 'B', plural: 'Bs', examplePrice: 2 },
    ],
  });
  assert.equal(checked.success, false);
});

test('goods are counted in words a pupil reads: zero, one, many', () => {
  const good = { name: 'Konzertkarte', plural: 'Konzertkarten' };
  assert.equal(formatGoods(0, good), '0 Konzertkarten');
  assert.equal(formatGoods(1, good), '1 Konzertkarte');
  assert.equal(formatGoods(15512, good), '15.512 Konzertkarten');
});
