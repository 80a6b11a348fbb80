import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { bestOptions, isGraded, maxPointsOf } from './graded';
import type { QuestionKeyOf } from './scoring-key';

const scenario = (points: (number | undefined)[], graded = true): QuestionKeyOf<'scenario'> => ({
  id: 's',
  type: 'scenario',
  graded,
  options: points.map((p, i) => (p === undefined ? { id: `o${i}` } : { id: `o${i}`, points: p })),
});

describe('maxPointsOf', () => {
  test('is the points of a question that is not a scenario', () => {
    assert.equal(maxPointsOf({ id: 'q', type: 'true-false', points: 2, answer: true }), 2);
  });

  test("is a scenario's best option's points", () => {
    assert.equal(maxPointsOf(scenario([1, 3, 0])), 3);
  });

  test('is 0 for a feedback-only scenario', () => {
    assert.equal(maxPointsOf(scenario([undefined, undefined], false)), 0);
    assert.equal(isGraded(scenario([undefined], false)), false);
  });
});

describe('bestOptions', () => {
  test('are the options worth the full points, every one of equals', () => {
    assert.deepEqual(
      bestOptions(scenario([3, 1, 3])).map((o) => o.id),
      ['o0', 'o2'],
    );
  });

  test('are none for a feedback-only scenario', () => {
    assert.deepEqual(bestOptions(scenario([undefined, undefined], false)), []);
  });
});
