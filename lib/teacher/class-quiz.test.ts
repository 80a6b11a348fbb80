import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { answerCardLetters, decodeCounts, rightAnswerInWords } from './class-quiz';
import type { Quiz } from '../quiz/schema';

describe('class quiz', () => {
  test('answer cards go up to the letter of the question with the most options', () => {
    const quiz = {
      questions: [
        { type: 'true-false', id: 'a', answer: true },
        { type: 'single-choice', id: 'b', options: ['1', '2', '3', '4', '5'].map((id, i) => ({ id, text: id, correct: i === 0 })) },
      ],
    } as unknown as Quiz;
    assert.deepEqual(answerCardLetters(quiz), ['A', 'B', 'C', 'D', 'E']);
    assert.deepEqual(answerCardLetters({ questions: [quiz.questions[0]!] } as Quiz), ['A', 'B']);
  });

  test('names the right answer in words with its letter', () => {
    assert.equal(rightAnswerInWords([{ text: 'Stimmt', right: false }, { text: 'Stimmt nicht', right: true }]), 'Richtig: B – Stimmt nicht');
    assert.equal(rightAnswerInWords([{ text: 'x', right: false }]), null);
  });

  test('reads stored counts and drops anything that is not a list of counts', () => {
    assert.deepEqual(decodeCounts('{"q1":[3,12],"q2":"x","q3":[-1]}'), { q1: [3, 12] });
    assert.deepEqual(decodeCounts('kaputt'), {});
    assert.deepEqual(decodeCounts(null), {});
  });
});
