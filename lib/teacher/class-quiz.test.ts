import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerCardGrid,
  answerCardLetters,
  cardQuestionIds,
  cardsFor,
  choicesOf,
  classResult,
  decodeCounts,
  decodeRound,
  letterRange,
  rightAnswerInWords,
  roundQuestions,
} from './class-quiz';
import type { Question, Quiz } from '../quiz/schema';

const common = { prompt: 'Frage', explanation: 'Weil.', sources: [], goals: ['g'], points: 1 };
const trueFalse = (id: string, answer = true) => ({ ...common, type: 'true-false', id, prompt: `Stimmt ${id}?`, answer }) as Question;
const singleChoice = (id: string, options: number) =>
  ({
    ...common,
    type: 'single-choice',
    id,
    options: Array.from({ length: options }, (_, i) => ({ id: `o${i}`, text: `Option ${i}`, correct: i === 0 })),
  }) as Question;
const estimate = (id: string) => ({ ...common, type: 'estimate', id, answer: 40, tolerance: 5, unit: 'Jahre' }) as Question;
const scenario = (id: string, graded: boolean) =>
  ({
    ...common,
    type: 'scenario',
    id,
    situation: 'Jonas steht am Bett.',
    prompt: 'Was tut er?',
    graded,
    options: [
      { id: 'a', text: 'Fragen', feedback: 'Gut.', points: 2 },
      { id: 'b', text: 'Gehen', feedback: 'Auch möglich.', points: 0 },
    ],
  }) as Question;
/** Counts with `right` votes for the right card and `wrong` for each other card, whatever the display order. */
const votes = (question: Question, right: number, wrong: number) => choicesOf(question)!.map((choice) => (choice.right ? right : wrong));
const quizOf = (...questions: Question[]) => ({ id: 'q', questions }) as unknown as Quiz;

describe('class quiz', () => {
  test('answer cards go up to the letter of the question with the most options', () => {
    const quiz = quizOf(trueFalse('a'), singleChoice('b', 5));
    assert.deepEqual(answerCardLetters(quiz), ['A', 'B', 'C', 'D', 'E']);
    assert.deepEqual(answerCardLetters(quizOf(trueFalse('a'))), ['A', 'B']);
  });

  test('a question that is not answered with cards does not add letters', () => {
    assert.deepEqual(answerCardLetters(quizOf(singleChoice('a', 3), estimate('b'))), ['A', 'B', 'C']);
    assert.equal(cardsFor(estimate('b')), null);
    assert.equal(cardsFor(singleChoice('a', 4)), 'A–D');
    assert.equal(cardsFor(trueFalse('a')), 'A und B');
  });

  test('names a run of letters as the teacher says it', () => {
    assert.equal(letterRange(['A', 'B', 'C', 'D', 'E']), 'A–E');
    assert.equal(letterRange(['A', 'B']), 'A und B');
  });

  test("one pupil's set of cards fills one page: one column for two cards, two columns from three", () => {
    assert.deepEqual(answerCardGrid(2), { columns: 1, rows: 2 });
    assert.deepEqual(answerCardGrid(4), { columns: 2, rows: 2 });
    assert.deepEqual(answerCardGrid(5), { columns: 2, rows: 3 });
  });

  test('the short round offers the questions answered with cards', () => {
    assert.deepEqual(cardQuestionIds(quizOf(estimate('a'), trueFalse('b'), singleChoice('c', 3), scenario('d', false))), ['b', 'c', 'd']);
  });

  test('names the right answer in words with its letter', () => {
    assert.equal(rightAnswerInWords([{ text: 'Stimmt', right: false }, { text: 'Stimmt nicht', right: true }]), 'Richtig: B – Stimmt nicht');
    assert.equal(rightAnswerInWords([{ text: 'x', right: false }]), null);
    assert.equal(
      rightAnswerInWords([
        { text: 'Mama fragen.', right: true },
        { text: 'Gehen.', right: false },
        { text: 'Frau Reuter sagen.', right: true },
      ]),
      'Richtig: A – Mama fragen. / C – Frau Reuter sagen.',
    );
  });

  test('reads stored counts and drops anything that is not a list of counts', () => {
    assert.deepEqual(decodeCounts('{"q1":[3,12],"q2":"x","q3":[-1]}'), { q1: [3, 12] });
    assert.deepEqual(decodeCounts('kaputt'), {});
    assert.deepEqual(decodeCounts(null), {});
  });

  describe('the round the teacher picked', () => {
    const quiz = quizOf(trueFalse('a'), trueFalse('b'), trueFalse('c'));

    test('nothing stored: every question, still to pick', () => {
      assert.deepEqual(decodeRound(null, quiz), { questions: ['a', 'b', 'c'], stage: 'pick' });
      assert.deepEqual(decodeRound('kaputt', quiz), { questions: ['a', 'b', 'c'], stage: 'pick' });
      assert.deepEqual(decodeRound('{"stage":"run"}', quiz), { questions: ['a', 'b', 'c'], stage: 'pick' });
    });

    test('keeps the picked questions in the quiz order and drops ids the quiz no longer has', () => {
      assert.deepEqual(decodeRound('{"questions":["c","weg","a"],"stage":"run"}', quiz), { questions: ['a', 'c'], stage: 'run' });
      assert.deepEqual(
        roundQuestions(quiz, { questions: ['c', 'a'], stage: 'run' }).map((question) => question.id),
        ['a', 'c'],
      );
    });

    test('an empty selection is kept, but cannot run', () => {
      assert.deepEqual(decodeRound('{"questions":[],"stage":"run"}', quiz), { questions: [], stage: 'pick' });
      assert.deepEqual(decodeRound('{"questions":["b"],"stage":"anders"}', quiz), { questions: ['b'], stage: 'pick' });
    });
  });

  describe('the class result', () => {
    const shareRight = (question: Question, counts?: number[]) => classResult([question], counts ? { [question.id]: counts } : {})[0]!.share;

    test('share right counts the votes for the right card', () => {
      assert.equal(shareRight(singleChoice('a', 3), votes(singleChoice('a', 3), 6, 3)), 0.5);
      assert.equal(shareRight(trueFalse('b', false), [12, 3]), 0.2);
      assert.equal(shareRight(singleChoice('a', 3), undefined), null);
      assert.equal(shareRight(singleChoice('a', 3), [0, 0, 0]), null);
    });

    test('share right of questions without cards is "right of total", never above all', () => {
      assert.equal(shareRight(estimate('a'), [5, 20]), 0.25);
      assert.equal(shareRight(estimate('a'), [30, 20]), 1);
    });

    test('a scenario without points has counts but no share right and no right answer', () => {
      const [row] = classResult([scenario('s', false)], { s: [4, 6] });
      assert.equal(row!.share, null);
      assert.equal(row!.rightAnswer, null);
      assert.equal(row!.total, 10);
      assert.equal(row!.prompt, 'Jonas steht am Bett. Was tut er?');
    });

    test('lists the hardest questions first, marks those fewer than half knew, and keeps the round numbering', () => {
      const rows = classResult([trueFalse('a'), singleChoice('b', 3), estimate('c'), trueFalse('d'), scenario('e', false)], {
        a: [9, 1],
        b: votes(singleChoice('b', 3), 2, 4),
        c: [10, 20],
        e: [3, 3],
      });
      assert.deepEqual(
        rows.map((row) => [row.id, row.number, row.share, row.hard]),
        [
          ['b', 2, 0.2, true],
          ['c', 3, 0.5, false],
          ['a', 1, 0.9, false],
          ['e', 5, null, false],
          ['d', 4, null, false],
        ],
      );
    });

    test('names each card with its votes and the right answer in words', () => {
      const question = singleChoice('b', 3);
      const [row] = classResult([question], { b: [1, 2, 3] });
      assert.deepEqual(
        row!.options,
        choicesOf(question)!.map((choice, i) => ({ letter: 'ABC'[i], text: choice.text, votes: i + 1, right: choice.right })),
      );
      const right = row!.options!.find((option) => option.right)!;
      assert.equal(row!.rightAnswer, `Richtig: ${right.letter} – Option 0`);
      assert.equal(row!.right, right.votes);
      assert.equal(classResult([estimate('c')], {})[0]!.rightAnswer, 'Erwartet: 40 Jahre (richtig: 35 bis 45)');
    });
  });
});
