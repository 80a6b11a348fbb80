import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeSuspendData, encodeSuspendData, SUSPEND_DATA_LIMIT, type PackageState } from './suspend-data';
import type { Attempt } from '../progress/schema';

function attempt(id: string, quizId: string, percent: number, mode: Attempt['mode'] = 'full'): Attempt {
  // The answer's text carries the percent the fake scorer reads back, and pads the attempt to a realistic size.
  return { id, quizId, at: '2026-11-30T10:00:00.000Z', mode, answers: { q1: { type: 'short-text', value: `${percent}|${'x'.repeat(300)}` } } };
}
const percentOf = (a: Attempt) => Number((a.answers.q1 as { value: string }).value.split('|')[0]);

test('a first launch has nothing suspended', () => {
  assert.deepEqual(decodeSuspendData(''), { ok: true, state: { lessons: {}, attempts: [] } });
});

test('what is written reads back unchanged', () => {
  const state: PackageState = { lessons: { konzert: { startedAt: '2026-11-30T09:55:00.000Z' } }, attempts: [attempt('a1', 'konzert', 60), attempt('a2', 'konzert', 90)] };
  const { text, leftOut } = encodeSuspendData(state, percentOf);
  assert.equal(leftOut, 0);
  assert.deepEqual(decodeSuspendData(text), { ok: true, state });
});

test('unreadable or foreign data is reported, not taken as empty', () => {
  for (const text of ['{', '"hallo"', '{"v":2,"lessons":{},"attempts":[]}', '{"v":1,"lessons":{},"attempts":[{"id":"x"}]}']) {
    const decoded = decodeSuspendData(text);
    assert.equal(decoded.ok, false, text);
  }
});

test('over the limit it keeps per quiz the best and the latest attempt first, in their original order', () => {
  const attempts = [attempt('best', 'konzert', 95), ...Array.from({ length: 20 }, (_, i) => attempt(`a${i}`, 'konzert', 40)), attempt('latest', 'konzert', 50, 'mistakes')];
  const { text, leftOut } = encodeSuspendData({ lessons: {}, attempts }, percentOf);
  assert.ok(text.length <= SUSPEND_DATA_LIMIT, `${text.length} characters`);
  const decoded = decodeSuspendData(text);
  assert.ok(decoded.ok);
  const ids = decoded.state.attempts.map((a) => a.id);
  assert.equal(ids[0], 'best');
  assert.equal(ids.at(-1), 'latest');
  assert.equal(leftOut, attempts.length - ids.length);
  assert.ok(leftOut > 0);
  // The newest of the others come next: the kept middle attempts are the last ones before "latest".
  assert.deepEqual(ids.slice(1, -1), attempts.slice(-1 - (ids.length - 2), -1).map((a) => a.id));
});

test('the first of equally good attempts counts as the best', () => {
  const attempts = [attempt('first', 'q', 80), ...Array.from({ length: 20 }, (_, i) => attempt(`b${i}`, 'q', 80))];
  const decoded = decodeSuspendData(encodeSuspendData({ lessons: {}, attempts }, percentOf).text);
  assert.ok(decoded.ok);
  assert.equal(decoded.state.attempts[0]!.id, 'first');
});
