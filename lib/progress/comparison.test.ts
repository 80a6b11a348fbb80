import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawnQuestionId } from '../quiz/drawn';
import type { ScorableQuiz } from '../quiz/scoring-key';
import { beforeAndAfter, beforeAndAfterText } from './comparison';
import { attempt } from './test-records';

const entry = { entryQuizId: 'einstieg', entryQuestionIds: ['frage-1', 'frage-2', 'frage-3', 'frage-4'] };
const drawn = (id: string) => drawnQuestionId('einstieg', id);

/** A final test that draws the four entry questions and adds one of its own. */
const finalTest: ScorableQuiz = {
  passPercent: 70,
  questions: [
    ...entry.entryQuestionIds.map((id) => ({ id: drawn(id), type: 'true-false' as const, points: 1, answer: true })),
    { id: 'eigene', type: 'true-false' as const, points: 1, answer: true },
  ],
};

/** Final test answers with the first `right` drawn questions right, and its own question right as well. */
function finalAnswers(right: number) {
  return {
    ...Object.fromEntries(entry.entryQuestionIds.map((id, i) => [drawn(id), { type: 'true-false', value: i < right }])),
    eigene: { type: 'true-false', value: true },
  };
}

describe('beforeAndAfter', () => {
  test('counts the entry questions right in the first entry check and in the final test now', () => {
    const attempts = [attempt({ quizId: 'einstieg', right: 1 })];
    assert.deepEqual(beforeAndAfter(finalTest, finalAnswers(3), attempts, entry), { before: 1, now: 3, total: 4 });
  });

  test("the final test's own questions do not count", () => {
    assert.equal(beforeAndAfter(finalTest, finalAnswers(0), [], entry).now, 0);
  });

  test('the first full entry check counts, not a later or better one, and no practice round', () => {
    const attempts = [
      attempt({ id: 'uebung', quizId: 'einstieg', mode: 'mistakes', right: 4, asked: ['frage-1'] }),
      attempt({ id: 'erster', quizId: 'einstieg', right: 2 }),
      attempt({ id: 'zweiter', quizId: 'einstieg', right: 4 }),
    ];
    assert.equal(beforeAndAfter(finalTest, finalAnswers(4), attempts, entry).before, 2);
  });

  test('before is null without an entry check; attempts at other quizzes do not count', () => {
    const attempts = [attempt({ quizId: 'konzert', right: 10 })];
    assert.deepEqual(beforeAndAfter(finalTest, finalAnswers(4), attempts, entry), { before: null, now: 4, total: 4 });
  });

  test('nothing answered now is none right, not an error', () => {
    assert.equal(beforeAndAfter(finalTest, {}, [attempt({ quizId: 'einstieg', right: 0 })], entry).now, 0);
  });
});

describe('beforeAndAfterText', () => {
  test('says before and now', () => {
    assert.equal(beforeAndAfterText({ before: 3, now: 8, total: 8 }), 'Die Fragen vom Anfang: vorher 3 von 8, jetzt 8 von 8 richtig.');
  });

  test('says that the entry check was not done, without a "before"', () => {
    assert.equal(beforeAndAfterText({ before: null, now: 5, total: 8 }), 'Die Fragen vom Anfang: jetzt 5 von 8 richtig (den Einstiegstest hast du nicht gemacht).');
  });
});
