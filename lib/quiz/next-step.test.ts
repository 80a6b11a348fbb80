import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { nextStepAfter } from './next-step';

const lessons = [
  { slug: 'sucht', title: 'Warum hört er nicht einfach auf?', order: 2 },
  { slug: 'konzert', title: 'Das Konzert', order: 1 },
  { slug: 'koerper', title: 'Was Rauchen im Körper anrichtet', order: 3 },
];

describe('nextStepAfter', () => {
  test('a lesson quiz leads to the next lesson in course order', () => {
    assert.deepEqual(nextStepAfter({ kind: 'lesson', lesson: 'konzert' }, lessons, true), {
      href: '/lektionen/sucht',
      label: 'Weiter: Lektion 2 – Warum hört er nicht einfach auf?',
    });
  });

  test('the last lesson leads to the final test', () => {
    assert.deepEqual(nextStepAfter({ kind: 'lesson', lesson: 'koerper' }, lessons, true), {
      href: '/abschluss',
      label: 'Weiter: zum Abschlusstest',
    });
  });

  test('the last lesson leads nowhere when the course has no final test', () => {
    assert.equal(nextStepAfter({ kind: 'lesson', lesson: 'koerper' }, lessons, false), null);
  });

  test('the entry check leads to the first lesson', () => {
    assert.equal(nextStepAfter({ kind: 'entry', lesson: undefined }, lessons, true)?.label, 'Weiter: Lektion 1 – Das Konzert');
  });

  test('the final test has no next step', () => {
    assert.equal(nextStepAfter({ kind: 'final', lesson: undefined }, lessons, true), null);
  });

  test('a lesson quiz of an unknown lesson has no next step', () => {
    assert.equal(nextStepAfter({ kind: 'lesson', lesson: 'fehlt' }, lessons, true), null);
  });
});
