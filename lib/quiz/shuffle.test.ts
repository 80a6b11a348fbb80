import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { optionsInDisplayOrder, shuffledOrder } from './shuffle';

const items = ['eins', 'zwei', 'drei', 'vier', 'fuenf', 'sechs'] as const;
const seeds = Array.from({ length: 500 }, (_, i) => `frage-${i}`);

describe('shuffledOrder', () => {
  test('the same seed gives the same order', () => {
    for (const seed of seeds.slice(0, 50)) {
      assert.deepEqual(shuffledOrder(items, seed), shuffledOrder(items, seed));
    }
  });

  test('the result holds the same elements, each once', () => {
    for (const seed of seeds) {
      const result = shuffledOrder(items, seed);
      assert.equal(result.length, items.length);
      assert.deepEqual([...result].sort(), [...items].sort());
    }
  });

  test('the result is never the input order, for any length from 2 to 6', () => {
    for (let length = 2; length <= items.length; length++) {
      const input = items.slice(0, length);
      for (const seed of seeds) {
        assert.notDeepEqual(shuffledOrder(input, seed), input, `length ${length}, seed "${seed}"`);
      }
    }
  });

  test('different seeds give different orders for most seeds', () => {
    const reference = shuffledOrder(items, 'frage-referenz');
    const differing = seeds.filter((seed) => shuffledOrder(items, seed).join() !== reference.join()).length;
    assert.ok(differing >= seeds.length * 0.9, `only ${differing} of ${seeds.length} seeds differ`);
  });

  test('many seeds give many distinct orders, not a handful', () => {
    const orders = new Set(seeds.map((seed) => shuffledOrder(items, seed).join()));
    assert.ok(orders.size >= 200, `only ${orders.size} distinct orders from ${seeds.length} seeds`);
  });

  test('every item lands in the first place for some seed', () => {
    const firsts = new Set(seeds.map((seed) => shuffledOrder(items, seed)[0]));
    assert.deepEqual([...firsts].sort(), [...items].sort());
  });

  test('the input array is not changed', () => {
    const input = [...items];
    shuffledOrder(input, 'frage-1');
    assert.deepEqual(input, [...items]);
  });

  test('the result is a new array, not the input', () => {
    const input = ['a', 'b', 'c'];
    assert.notEqual(shuffledOrder(input, 'frage-1'), input);
  });

  test('an empty list and a single item come back as they are', () => {
    assert.deepEqual(shuffledOrder([], 'frage-1'), []);
    assert.deepEqual(shuffledOrder(['eins'], 'frage-1'), ['eins']);
  });
});

describe('optionsInDisplayOrder', () => {
  const options = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

  test('shows the options of a question in the same order on every visit', () => {
    assert.deepEqual(optionsInDisplayOrder('frage-1', options), optionsInDisplayOrder('frage-1', options));
  });

  test('never shows the options in the order they were written', () => {
    for (let i = 0; i < 50; i++) {
      assert.notDeepEqual(optionsInDisplayOrder(`frage-${i}`, options), options);
    }
  });
});
