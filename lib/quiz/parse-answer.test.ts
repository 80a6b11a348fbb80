import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { answerSchema } from './answers';
import { parseAnswer } from './parse-answer';

/** parseAnswer must accept exactly what answerSchema accepts, and return what it returns. */
function agrees(raw: unknown) {
  const parsed = answerSchema.safeParse(raw);
  assert.deepEqual(parseAnswer(raw), parsed.success ? parsed.data : undefined, JSON.stringify(raw));
}

const TYPES = ['single-choice', 'multiple-choice', 'true-false', 'ordering', 'matching', 'estimate', 'short-text', 'scenario', 'Single-Choice', ''];

/** Strings around the limits of the schema: empty, 1, 100, 101, 500 and 501 characters. */
const edgeString = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.constantFrom('', 'a', 'x'.repeat(100), 'x'.repeat(101), 'ü'.repeat(500), 'ü'.repeat(501), '😀'.repeat(50), '😀'.repeat(51)),
);
const edgeNumber = fc.oneof(fc.double(), fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e308, -5));
const anyValue = fc.oneof(edgeString, edgeNumber, fc.boolean(), fc.constant(null), fc.constant(undefined), fc.jsonValue({ maxDepth: 2 }));
/** Arrays of ids around the limit of 50 entries, sometimes with a bad entry. */
const idArray = fc.oneof(
  fc.array(edgeString, { maxLength: 6 }),
  fc.integer({ min: 49, max: 51 }).map((n) => Array.from({ length: n }, (_, i) => `o${i}`)),
  fc.array(anyValue, { maxLength: 3 }),
);
const pairs = fc.oneof(fc.dictionary(fc.string({ maxLength: 4 }), edgeString, { maxKeys: 4 }), fc.dictionary(fc.string({ maxLength: 4 }), anyValue, { maxKeys: 3 }), anyValue);

/** Objects shaped like answers: each field right or wrong, plus unknown keys that must be dropped. */
const answerLike = fc.record(
  {
    type: fc.constantFrom(...TYPES),
    optionId: fc.oneof(edgeString, anyValue),
    optionIds: fc.oneof(idArray, anyValue),
    order: fc.oneof(idArray, anyValue),
    pairs,
    value: fc.oneof(edgeString, edgeNumber, fc.boolean(), anyValue),
    extra: anyValue,
  },
  { requiredKeys: ['type'] },
);

test('parseAnswer accepts and returns exactly what answerSchema does, for answer-like objects', () => {
  fc.assert(fc.property(answerLike, (raw) => agrees(raw)), { numRuns: 5000 });
});

test('parseAnswer agrees with answerSchema on any JSON value and on non-objects', () => {
  fc.assert(fc.property(fc.jsonValue({ maxDepth: 3 }), (raw) => agrees(raw)), { numRuns: 1000 });
  for (const raw of [undefined, null, 1, 'single-choice', [], [{ type: 'true-false', value: true }], new Date(0)]) agrees(raw);
});

test('valid answers of every type come back unchanged, without unknown keys', () => {
  const valid = [
    { type: 'single-choice', optionId: 'a' },
    { type: 'multiple-choice', optionIds: ['a', 'b'] },
    { type: 'true-false', value: false },
    { type: 'ordering', order: ['c', 'a', 'b'] },
    { type: 'matching', pairs: { links: 'rechts' } },
    { type: 'estimate', value: -3.5 },
    { type: 'short-text', value: '' },
    { type: 'scenario', optionId: 'ruhig' },
  ];
  for (const answer of valid) {
    assert.deepEqual(parseAnswer({ ...answer, points: 5 }), answer);
    agrees(answer);
  }
});
