import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Answer } from './answers';
import { answersFromDraft, initialDraft, parseGermanNumber, type Draft } from './draft';
import { quizSchema } from './schema';
import { allSampleQuestions, rawQuiz, sampleQuestions } from './test-quiz';

/** The test quiz with a second, longer ordering question. */
const secondOrdering = {
  ...sampleQuestions.ordering,
  id: 'ordering-2',
  items: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, text: id.toUpperCase() })),
};
const quiz = quizSchema.parse(rawQuiz([...allSampleQuestions, secondOrdering]));
const orderingIds = ['ordering', 'ordering-2'];

function solution(id: string): string[] {
  const question = quiz.questions.find((q) => q.id === id);
  assert.ok(question && question.type === 'ordering', `no ordering question "${id}"`);
  return question.items.map((i) => i.id);
}

function orderIn(draft: Draft, id: string): string[] {
  const entry = draft[id];
  assert.ok(entry && entry.type === 'ordering', `no ordering draft for "${id}"`);
  return entry.order;
}

describe('parseGermanNumber', () => {
  test('a decimal comma: "3,5" is 3.5', () => {
    assert.equal(parseGermanNumber('3,5'), 3.5);
  });

  test('a decimal point: "3.5" is 3.5', () => {
    assert.equal(parseGermanNumber('3.5'), 3.5);
  });

  test('a German thousands dot: "5.300" is 5300', () => {
    assert.equal(parseGermanNumber('5.300'), 5300);
  });

  test('several thousands dots: "1.234.567" is 1234567', () => {
    assert.equal(parseGermanNumber('1.234.567'), 1234567);
  });

  test('thousands dot and decimal comma: "5.300,5" is 5300.5', () => {
    assert.equal(parseGermanNumber('5.300,5'), 5300.5);
  });

  test('a negative number: "-2" is -2', () => {
    assert.equal(parseGermanNumber('-2'), -2);
  });

  test('spaces around the number are ignored: " 42 " is 42', () => {
    assert.equal(parseGermanNumber(' 42 '), 42);
  });

  test('a plain whole number: "5300" is 5300', () => {
    assert.equal(parseGermanNumber('5300'), 5300);
  });

  test('a zero before a dot is a decimal, not a thousands group: "0.500" is 0.5', () => {
    assert.equal(parseGermanNumber('0.500'), 0.5);
    assert.equal(parseGermanNumber('-0.250'), -0.25);
  });

  test('an empty text is not a number', () => {
    assert.equal(parseGermanNumber(''), null);
    assert.equal(parseGermanNumber('   '), null);
  });

  test('letters are not a number', () => {
    assert.equal(parseGermanNumber('abc'), null);
    assert.equal(parseGermanNumber('5300 Stoffe'), null);
  });

  test('two decimal commas are not a number: "1,2,3"', () => {
    assert.equal(parseGermanNumber('1,2,3'), null);
  });

  test('dots that are neither decimal nor thousands groups are not a number: "1.23.4"', () => {
    assert.equal(parseGermanNumber('1.23.4'), null);
  });
});

describe('initialDraft', () => {
  test('every ordering question gets an order with exactly its item ids', () => {
    const draft = initialDraft(quiz);
    for (const id of orderingIds) {
      assert.deepEqual([...orderIn(draft, id)].sort(), [...solution(id)].sort());
    }
  });

  test('no ordering question starts in the solved order', () => {
    const draft = initialDraft(quiz);
    for (const id of orderingIds) assert.notDeepEqual(orderIn(draft, id), solution(id));
  });

  test('only ordering questions get a draft entry', () => {
    assert.deepEqual(Object.keys(initialDraft(quiz)).sort(), orderingIds);
  });

  test('the order is the same on every call (server and browser agree)', () => {
    assert.deepEqual(initialDraft(quiz), initialDraft(quiz));
  });

  test('with question ids, only those questions get a draft entry', () => {
    const draft = initialDraft(quiz, ['ordering-2', 'single']);
    assert.deepEqual(Object.keys(draft), ['ordering-2']);
  });

  test('with an empty list of question ids, the draft is empty', () => {
    assert.deepEqual(initialDraft(quiz, []), {});
  });
});

describe('answersFromDraft', () => {
  test('an empty short text is dropped', () => {
    assert.deepEqual(answersFromDraft({ 'short-text': { type: 'short-text', value: '' } }), {});
  });

  test('a short text of only spaces is dropped', () => {
    assert.deepEqual(answersFromDraft({ 'short-text': { type: 'short-text', value: '  \t ' } }), {});
  });

  test('a filled short text is kept as typed', () => {
    const answer: Answer = { type: 'short-text', value: ' Nikotin ' };
    assert.deepEqual(answersFromDraft({ 'short-text': answer }), { 'short-text': answer });
  });

  test('a multiple choice without picks is dropped', () => {
    assert.deepEqual(answersFromDraft({ multiple: { type: 'multiple-choice', optionIds: [] } }), {});
  });

  test('a multiple choice with picks is kept', () => {
    const answer: Answer = { type: 'multiple-choice', optionIds: ['a'] };
    assert.deepEqual(answersFromDraft({ multiple: answer }), { multiple: answer });
  });

  test('a matching without pairs is dropped', () => {
    assert.deepEqual(answersFromDraft({ matching: { type: 'matching', pairs: {} } }), {});
  });

  test('a matching with a pair is kept', () => {
    const answer: Answer = { type: 'matching', pairs: { nikotin: 'nikotin' } };
    assert.deepEqual(answersFromDraft({ matching: answer }), { matching: answer });
  });

  test('an estimate typed the German way becomes a number', () => {
    assert.deepEqual(answersFromDraft({ estimate: { type: 'estimate-text', text: '5.300' } }), {
      estimate: { type: 'estimate', value: 5300 },
    });
    assert.deepEqual(answersFromDraft({ estimate: { type: 'estimate-text', text: '3,5' } }), {
      estimate: { type: 'estimate', value: 3.5 },
    });
  });

  test('an estimate that is not a number is dropped', () => {
    assert.deepEqual(answersFromDraft({ estimate: { type: 'estimate-text', text: 'viele' } }), {});
    assert.deepEqual(answersFromDraft({ estimate: { type: 'estimate-text', text: '' } }), {});
  });

  test('an estimate of 0 is kept', () => {
    assert.deepEqual(answersFromDraft({ estimate: { type: 'estimate-text', text: '0' } }), {
      estimate: { type: 'estimate', value: 0 },
    });
  });

  test('other answers are kept as they are', () => {
    const draft: Draft = {
      single: { type: 'single-choice', optionId: 'keine' },
      'true-false': { type: 'true-false', value: false },
      scenario: { type: 'scenario', optionId: 'reden' },
      ordering: { type: 'ordering', order: ['zwei', 'eins', 'drei', 'vier'] },
    };
    assert.deepEqual(answersFromDraft(draft), draft);
  });

  test('a missing entry is skipped', () => {
    assert.deepEqual(answersFromDraft({ single: undefined }), {});
  });

  test('empty and given answers are sorted apart in one draft', () => {
    const answers = answersFromDraft({
      'short-text': { type: 'short-text', value: '' },
      single: { type: 'single-choice', optionId: 'keine' },
      estimate: { type: 'estimate-text', text: '1.23.4' },
    });
    assert.deepEqual(Object.keys(answers), ['single']);
  });
});
