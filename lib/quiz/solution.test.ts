import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { quizSchema } from './schema';
import { expectedAnswer } from './solution';
import { allSampleQuestions, rawQuiz } from './test-quiz';

describe('expectedAnswer', () => {
  const quiz = quizSchema.parse(rawQuiz(allSampleQuestions));
  const byType = (type: string) => quiz.questions.find((q) => q.type === type)!;

  test('names the right option of a single-choice question', () => {
    const question = byType('single-choice');
    if (question.type !== 'single-choice') throw new Error('fixture');
    assert.equal(expectedAnswer(question), question.options.find((o) => o.correct)!.text);
  });

  test('lists every right option of a multiple-choice question and no wrong one', () => {
    const question = byType('multiple-choice');
    if (question.type !== 'multiple-choice') throw new Error('fixture');
    const answer = expectedAnswer(question);
    for (const option of question.options) assert.equal(answer.includes(option.text), option.correct, option.text);
  });

  test('states whether a true-false statement holds', () => {
    const question = byType('true-false');
    if (question.type !== 'true-false') throw new Error('fixture');
    assert.equal(expectedAnswer(question), question.answer ? 'Die Aussage stimmt.' : 'Die Aussage stimmt nicht.');
  });

  test('numbers the items of an ordering question in the right order', () => {
    const question = byType('ordering');
    if (question.type !== 'ordering') throw new Error('fixture');
    assert.ok(expectedAnswer(question).startsWith(`1. ${question.items[0]!.text}`));
  });

  test('pairs every left side of a matching question with its own right side, in the file\'s order', () => {
    const question = byType('matching');
    if (question.type !== 'matching') throw new Error('fixture');
    assert.equal(
      expectedAnswer(question),
      'Nikotin → macht süchtig; Teer → klebt in der Lunge; Kohlenmonoxid → verdrängt Sauerstoff; Feinstaub → dringt tief ein',
    );
  });

  test('lists every accepted answer of a short-text question, in the file\'s order, umlauts kept', () => {
    const question = byType('short-text');
    if (question.type !== 'short-text') throw new Error('fixture');
    assert.equal(expectedAnswer(question), 'Nikotin / rauchfreie Wohnung / Ärger / Größe / Übelkeit / Straße');
  });

  test('gives an estimate with its accepted range', () => {
    const question = byType('estimate');
    if (question.type !== 'estimate') throw new Error('fixture');
    assert.match(expectedAnswer(question), /richtig: .* bis /);
  });

  test('names the best option of a scenario', () => {
    const question = byType('scenario');
    if (question.type !== 'scenario') throw new Error('fixture');
    const best = question.options.reduce((a, b) => ((b.points ?? 0) > (a.points ?? 0) ? b : a));
    assert.ok(expectedAnswer(question).includes(best.text));
  });

  test('says that a feedback-only scenario has no right answer', () => {
    const question = byType('scenario');
    if (question.type !== 'scenario') throw new Error('fixture');
    const feedbackOnly = { ...question, graded: false, options: question.options.map((option) => ({ ...option, points: undefined })) };
    assert.match(expectedAnswer(feedbackOnly), /^Ohne Punkte/);
  });
});
