import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { quizSchema } from './schema';
import { scoreQuiz } from './score';
import { courseTestIds, lessonQuiz, quizById, quizKeyOf, scoringKeyOf } from './scoring-key';
import { allSampleQuestions, feedbackOnlyScenario, rawQuiz } from './test-quiz';

const quiz = quizSchema.parse(rawQuiz([...allSampleQuestions, feedbackOnlyScenario]));
const key = quizKeyOf(quiz);

/** Answers of every type, right, wrong, partial and malformed, for the test quiz's questions. */
const someAnswer = fc.oneof(
  fc.record({ type: fc.constant('single-choice'), optionId: fc.constantFrom('keine', 'wenig', 'erfunden') }),
  fc.record({ type: fc.constant('multiple-choice'), optionIds: fc.subarray(['a', 'b', 'c', 'x', 'y', 'z', 'erfunden']) }),
  fc.record({ type: fc.constant('true-false'), value: fc.boolean() }),
  fc.record({ type: fc.constant('ordering'), order: fc.shuffledSubarray(['eins', 'zwei', 'drei', 'vier']) }),
  fc.record({ type: fc.constant('matching'), pairs: fc.dictionary(fc.constantFrom('nikotin', 'teer', 'co', 'staub'), fc.constantFrom('nikotin', 'teer', 'co', 'staub')) }),
  fc.record({ type: fc.constant('estimate'), value: fc.integer({ min: 0, max: 10000 }) }),
  fc.record({ type: fc.constant('short-text'), value: fc.constantFrom('Nikotin', 'nikotin.', 'Teer', '') }),
  fc.record({ type: fc.constant('scenario'), optionId: fc.constantFrom('reden', 'zettel', 'schweigen', 'mitgehen') }),
  fc.jsonValue(),
);
const sheet = fc.dictionary(fc.constantFrom(...quiz.questions.map((q) => q.id)), someAnswer);

describe('the scoring key', () => {
  test('scores every answer sheet exactly as the full quiz does, also on a subset', () => {
    fc.assert(
      fc.property(sheet, fc.subarray(quiz.questions.map((q) => q.id)), (answers, subset) => {
        assert.deepEqual(scoreQuiz(key, answers), scoreQuiz(quiz, answers));
        assert.deepEqual(scoreQuiz(key, answers, subset), scoreQuiz(quiz, answers, subset));
      }),
      { numRuns: 300 },
    );
  });

  test('holds no texts a pupil could read the answers from: no prompts, option texts, feedback or explanations', () => {
    const json = JSON.stringify(key);
    for (const text of ['Wie viel Passivrauch', 'Keine Menge.', 'Gut.', 'Reden hilft', 'macht süchtig', 'Steffens Vater']) {
      assert.ok(!json.includes(text), text);
    }
    assert.ok(!json.includes('"correct":false'), 'only right options are marked');
  });

  test('knows each quiz by id and kind, and each lesson quiz by its lesson', () => {
    const entry = quizSchema.parse({ ...rawQuiz(allSampleQuestions), id: 'einstieg', kind: 'entry', lesson: undefined });
    const course = scoringKeyOf([quiz, entry]);
    assert.equal(quizById(course, 'einstieg')?.kind, 'entry');
    assert.equal(lessonQuiz(course, 'konzert')?.id, 'konzert');
    assert.equal(lessonQuiz(course, 'einstieg'), undefined);
    assert.deepEqual([...courseTestIds(course)], ['einstieg']);
  });
});
