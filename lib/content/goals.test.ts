import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { quizSchema } from '../quiz/schema';
import { questionsByGoal } from './goals';
import { lessonMeta, quiz } from './test-course';

describe('questionsByGoal (the teacher guide\'s goal table)', () => {
  test('lists, for each goal in order, the questions that name it, numbered as in the quiz', () => {
    const parsed = quizSchema.parse({
      ...quiz,
      questions: quiz.questions.map((q, i) => (i === 2 ? { ...q, goals: ['konzert-passivrauch', 'konzert-reden'] } : q)),
    });
    const table = questionsByGoal(lessonMeta.goals, parsed);
    assert.deepEqual(table.map((row) => row.goal.id), ['konzert-passivrauch', 'konzert-reden']);
    assert.deepEqual(table[0]!.questions.map((q) => q.number), [1, 2, 3, 4, 5, 7, 8]);
    assert.deepEqual(table[1]!.questions.map((q) => [q.number, q.question.id]), [[3, 'frage-3'], [6, 'frage-6']]);
  });

  test('a goal no question names gets an empty list', () => {
    const parsed = quizSchema.parse({ ...quiz, questions: quiz.questions.map((q) => ({ ...q, goals: ['konzert-passivrauch'] })) });
    assert.deepEqual(questionsByGoal(lessonMeta.goals, parsed)[1]!.questions, []);
  });
});
