import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { quizSchema, type Question } from './schema';
import { missedQuestionIds, normaliseText, scoreQuestion, scoreQuiz } from './score';
import { allSampleQuestions, feedbackOnlyScenario, rawQuiz, sampleQuestions } from './test-quiz';

const quiz = quizSchema.parse(rawQuiz(allSampleQuestions));

function question(id: string): Question {
  const found = quiz.questions.find((q) => q.id === id);
  assert.ok(found, `no question "${id}" in the test quiz`);
  return found;
}

/** Points a single answer earns on a question of the test quiz. */
function pointsFor(id: string, answer: unknown): number {
  return scoreQuestion(question(id), answer).points;
}

/** A one-question quiz whose question has the given number of points. */
function withPoints(raw: object, points: number) {
  return quizSchema.parse(rawQuiz([{ ...raw, points }])).questions[0]!;
}

describe('single-choice', () => {
  test('the correct option earns full points and is "right"', () => {
    const result = scoreQuestion(question('single'), { type: 'single-choice', optionId: 'keine' });
    assert.deepEqual(result, { questionId: 'single', verdict: 'right', points: 1, maxPoints: 1, answered: true });
  });

  test('a wrong option earns nothing and is "wrong"', () => {
    const result = scoreQuestion(question('single'), { type: 'single-choice', optionId: 'wenig' });
    assert.deepEqual(result, { questionId: 'single', verdict: 'wrong', points: 0, maxPoints: 1, answered: true });
  });

  test('an option id that does not exist earns nothing', () => {
    assert.equal(pointsFor('single', { type: 'single-choice', optionId: 'erfunden' }), 0);
  });

  test('full points scale with the question\'s points', () => {
    assert.equal(scoreQuestion(withPoints(sampleQuestions.single, 3), { type: 'single-choice', optionId: 'keine' }).points, 3);
  });
});

describe('true-false', () => {
  test('the right value earns full points', () => {
    assert.equal(pointsFor('true-false', { type: 'true-false', value: false }), 1);
  });

  test('the wrong value earns nothing', () => {
    assert.equal(pointsFor('true-false', { type: 'true-false', value: true }), 0);
  });
});

describe('multiple-choice (right picks minus wrong picks, floored at 0)', () => {
  const mc = withPoints(sampleQuestions.multiple, 3);
  const score = (optionIds: string[]) => scoreQuestion(mc, { type: 'multiple-choice', optionIds });

  test('all right options and nothing else earn full points', () => {
    assert.deepEqual(score(['a', 'b', 'c']), { questionId: 'multiple', verdict: 'right', points: 3, maxPoints: 3, answered: true });
  });

  test('two of three right options earn 2/3', () => {
    const result = score(['a', 'b']);
    assert.equal(result.points, 2);
    assert.equal(result.verdict, 'partial');
  });

  test('two of three right plus one wrong earn 1/3', () => {
    assert.equal(score(['a', 'b', 'x']).points, 1);
  });

  test('with one point, 1/3 is rounded to two decimals', () => {
    assert.equal(scoreQuestion(question('multiple'), { type: 'multiple-choice', optionIds: ['a', 'b', 'x'] }).points, 0.33);
  });

  test('picking every option earns nothing when half the options are wrong', () => {
    const result = score(['a', 'b', 'c', 'x', 'y', 'z']);
    assert.equal(result.points, 0);
    assert.equal(result.verdict, 'wrong');
  });

  test('more wrong than right picks is floored at 0, not negative', () => {
    assert.equal(score(['a', 'x', 'y', 'z']).points, 0);
  });

  test('picking the same right option twice counts it once', () => {
    assert.equal(score(['a', 'a', 'a']).points, 1);
  });

  test('no picks earn nothing', () => {
    assert.equal(score([]).points, 0);
  });
});

describe('ordering (pairwise credit)', () => {
  const ord = withPoints(sampleQuestions.ordering, 6);
  const score = (order: string[]) => scoreQuestion(ord, { type: 'ordering', order }).points;

  test('the correct order earns full points', () => {
    assert.equal(score(['eins', 'zwei', 'drei', 'vier']), 6);
  });

  test('the fully reversed order earns nothing', () => {
    assert.equal(score(['vier', 'drei', 'zwei', 'eins']), 0);
  });

  test('one adjacent swap in four items earns 5/6', () => {
    assert.equal(score(['eins', 'drei', 'zwei', 'vier']), 5);
    assert.equal(scoreQuestion(question('ordering'), { type: 'ordering', order: ['eins', 'drei', 'zwei', 'vier'] }).points, 0.83);
  });

  test('moving the last item to the front costs three pairs, not every position', () => {
    assert.equal(score(['vier', 'eins', 'zwei', 'drei']), 3);
  });

  test('an order with an item missing earns nothing', () => {
    assert.equal(score(['eins', 'zwei', 'drei']), 0);
  });

  test('an order with an item twice earns nothing', () => {
    assert.equal(score(['eins', 'zwei', 'drei', 'drei']), 0);
  });

  test('an order with an unknown item earns nothing', () => {
    assert.equal(score(['eins', 'zwei', 'drei', 'fuenf']), 0);
  });

  test('an order with an extra item earns nothing', () => {
    assert.equal(score(['eins', 'zwei', 'drei', 'vier', 'fuenf']), 0);
  });
});

describe('matching (share of pairs matched)', () => {
  const mt = withPoints(sampleQuestions.matching, 4);
  const score = (pairs: Record<string, string>) => scoreQuestion(mt, { type: 'matching', pairs }).points;

  test('every pair right earns full points', () => {
    assert.equal(score({ nikotin: 'nikotin', teer: 'teer', co: 'co', staub: 'staub' }), 4);
  });

  test('each right pair earns its share', () => {
    assert.equal(score({ nikotin: 'nikotin', teer: 'co', co: 'teer', staub: 'staub' }), 2);
  });

  test('unmatched left items earn nothing', () => {
    assert.equal(score({ nikotin: 'nikotin' }), 1);
  });

  test('matching every left item to the same right item earns only that pair', () => {
    assert.equal(score({ nikotin: 'teer', teer: 'teer', co: 'teer', staub: 'teer' }), 1);
  });
});

describe('estimate (within tolerance)', () => {
  const score = (value: number) => pointsFor('estimate', { type: 'estimate', value });

  test('the exact answer earns full points', () => {
    assert.equal(score(5300), 1);
  });

  test('a value within the tolerance earns full points', () => {
    assert.equal(score(4500), 1);
    assert.equal(score(6000), 1);
  });

  test('a value exactly at the tolerance earns full points', () => {
    assert.equal(score(4300), 1);
    assert.equal(score(6300), 1);
  });

  test('a value just outside the tolerance earns nothing', () => {
    assert.equal(score(4299), 0);
    assert.equal(score(6301), 0);
  });

  test('a decimal value exactly at a decimal tolerance earns full points', () => {
    const decimal = quizSchema.parse(
      rawQuiz([{ ...sampleQuestions.estimate, answer: 0.3, tolerance: 0.1, min: 0, max: 1 }]),
    ).questions[0]!;
    assert.equal(scoreQuestion(decimal, { type: 'estimate', value: 0.4 }).points, 1);
    assert.equal(scoreQuestion(decimal, { type: 'estimate', value: 0.2 }).points, 1);
    assert.equal(scoreQuestion(decimal, { type: 'estimate', value: 0.41 }).points, 0);
  });

  test('a value that is not a finite number earns nothing', () => {
    assert.equal(score(Number.POSITIVE_INFINITY), 0);
    assert.equal(score(Number.NaN), 0);
  });
});

describe('short-text (normalised comparison)', () => {
  const score = (value: string) => pointsFor('short-text', { type: 'short-text', value });

  test('the accepted answer earns full points', () => {
    assert.equal(score('Nikotin'), 1);
  });

  test('letter case does not matter', () => {
    assert.equal(score('NIKOTIN'), 1);
    assert.equal(score('nikotin'), 1);
  });

  test('extra spaces at the ends and inside do not matter', () => {
    assert.equal(score('  Nikotin  '), 1);
    assert.equal(score('Rauchfreie   Wohnung'), 1);
    assert.equal(score('rauchfreie\tWohnung'), 1);
  });

  test('punctuation at the ends does not matter', () => {
    assert.equal(score('Nikotin.'), 1);
    assert.equal(score('„Nikotin“!'), 1);
    assert.equal(score('Nikotin?!'), 1);
  });

  test('ä/ae, ö/oe, ü/ue and ß/ss are the same', () => {
    assert.equal(score('Aerger'), 1);
    assert.equal(score('groesse'), 1);
    assert.equal(score('UEBELKEIT'), 1);
    assert.equal(score('Strasse'), 1);
    assert.equal(normaliseText('ÄÖÜß'), 'aeoeuess');
  });

  test('spaces and hyphens inside a compound do not matter', () => {
    assert.equal(score('rauchfreie-Wohnung'), 1);
    assert.equal(score('rauchfreieWohnung'), 1);
    assert.equal(score('Niko-tin'), 1);
  });

  test('an umlaut typed as letter plus combining mark matches the composed one', () => {
    assert.equal(score('A\u0308rger'), 1);
  });

  test('a different word earns nothing', () => {
    assert.equal(score('Teer'), 0);
    assert.equal(score('Nikotinpflaster'), 0);
  });

  test('an empty answer is not accepted', () => {
    assert.equal(score(''), 0);
    assert.equal(score('   '), 0);
    assert.equal(score('...'), 0);
  });

  test('an empty answer is not accepted even if an accepted answer normalises to empty', () => {
    const odd = quizSchema.parse(rawQuiz([{ ...sampleQuestions.shortText, accepted: ['?'] }])).questions[0]!;
    assert.equal(scoreQuestion(odd, { type: 'short-text', value: '' }).points, 0);
  });
});

describe('scenario (points of the chosen option)', () => {
  const score = (optionId: string) => scoreQuestion(question('scenario'), { type: 'scenario', optionId });

  test('the maximum is the best option\'s points', () => {
    assert.equal(score('reden').maxPoints, 3);
  });

  test('the best option earns full points and is "right"', () => {
    assert.deepEqual(score('reden'), { questionId: 'scenario', verdict: 'right', points: 3, maxPoints: 3, answered: true });
  });

  test('a weaker option earns its own points and is "partial"', () => {
    const result = score('zettel');
    assert.equal(result.points, 1);
    assert.equal(result.verdict, 'partial');
  });

  test('an option with 0 points earns nothing and is "wrong"', () => {
    assert.equal(score('schweigen').verdict, 'wrong');
  });

  test('an unknown option earns nothing', () => {
    assert.equal(score('weglaufen').points, 0);
  });
});

describe('feedback-only scenario (graded: false)', () => {
  const withFeedbackOnly = quizSchema.parse(rawQuiz([sampleQuestions.single, sampleQuestions.trueFalse, feedbackOnlyScenario]));
  const feedbackOnly = withFeedbackOnly.questions[2]!;
  const right = { single: { type: 'single-choice', optionId: 'keine' }, 'true-false': { type: 'true-false', value: false } };

  test('any choice earns no points out of none and is "ungraded", not right or wrong', () => {
    for (const optionId of ['mitgehen', 'bleiben']) {
      assert.deepEqual(scoreQuestion(feedbackOnly, { type: 'scenario', optionId }), {
        questionId: 'feedback-only',
        verdict: 'ungraded',
        points: 0,
        maxPoints: 0,
        answered: true,
      });
    }
  });

  test('it does not count toward the score or the pass mark', () => {
    const result = scoreQuiz(withFeedbackOnly, { ...right, 'feedback-only': { type: 'scenario', optionId: 'bleiben' } });
    assert.deepEqual([result.points, result.maxPoints, result.percent, result.passed], [2, 2, 100, true]);
  });

  test('leaving it unanswered costs nothing', () => {
    const result = scoreQuiz(withFeedbackOnly, right);
    assert.equal(result.percent, 100);
    assert.equal(result.questions[2]!.answered, false);
    assert.equal(result.questions[2]!.verdict, 'ungraded');
  });

  test('"Fehler wiederholen" never repeats it', () => {
    const result = scoreQuiz(withFeedbackOnly, {});
    assert.deepEqual(missedQuestionIds(result), ['single', 'true-false']);
  });

  test('a graded scenario in the same quiz still counts', () => {
    const quiz = quizSchema.parse(rawQuiz([sampleQuestions.scenario, feedbackOnlyScenario]));
    const result = scoreQuiz(quiz, { scenario: { type: 'scenario', optionId: 'zettel' }, 'feedback-only': { type: 'scenario', optionId: 'mitgehen' } });
    assert.deepEqual([result.points, result.maxPoints, result.percent], [1, 3, 33]);
  });
});

describe('unanswered and malformed answers', () => {
  test('an unanswered question scores 0 and is not answered', () => {
    const result = scoreQuiz(quiz, {});
    const single = result.questions.find((q) => q.questionId === 'single')!;
    assert.deepEqual(single, { questionId: 'single', verdict: 'wrong', points: 0, maxPoints: 1, answered: false });
    assert.ok(result.questions.every((q) => !q.answered));
  });

  test('an answer of another question type scores 0 without throwing', () => {
    assert.equal(pointsFor('single', { type: 'scenario', optionId: 'keine' }), 0);
    assert.equal(pointsFor('true-false', { type: 'single-choice', optionId: 'false' }), 0);
  });

  test('answers that are not objects score 0 and count as unanswered', () => {
    for (const answer of [null, 'keine', 42, true, ['keine'], () => 'keine']) {
      const result = scoreQuestion(question('single'), answer);
      assert.equal(result.points, 0);
      assert.equal(result.answered, false);
    }
  });

  test('an answer with the wrong field type scores 0', () => {
    assert.equal(pointsFor('true-false', { type: 'true-false', value: 'false' }), 0);
    assert.equal(pointsFor('multiple', { type: 'multiple-choice', optionIds: 'a,b,c' }), 0);
  });

  test('extra fields cannot turn a wrong answer right', () => {
    const answer = JSON.parse('{"type":"single-choice","optionId":"wenig","correct":true,"__proto__":{"correct":true}}');
    assert.equal(pointsFor('single', answer), 0);
    assert.equal(pointsFor('scenario', { type: 'scenario', optionId: 'schweigen', points: 3 }), 0);
  });

  test('huge arrays score 0 without throwing', () => {
    const many = Array.from({ length: 100_000 }, () => 'a');
    assert.equal(pointsFor('multiple', { type: 'multiple-choice', optionIds: ['a', 'b', 'c', ...many] }), 0);
    assert.equal(pointsFor('ordering', { type: 'ordering', order: ['eins', 'zwei', 'drei', 'vier', ...many] }), 0);
  });

  test('a huge text scores 0 without throwing', () => {
    assert.equal(pointsFor('short-text', { type: 'short-text', value: `Nikotin${' '.repeat(1_000_000)}` }), 0);
  });

  test('an answer sheet that is not an object scores every question 0', () => {
    for (const sheet of [null, undefined, 'x', 7, [{ type: 'true-false', value: false }]]) {
      const result = scoreQuiz(quiz, sheet);
      assert.equal(result.points, 0);
      assert.equal(result.questions.length, quiz.questions.length);
    }
  });

  test('answers inherited through the prototype are ignored', () => {
    const sheet = Object.create({ single: { type: 'single-choice', optionId: 'keine' } }) as object;
    assert.equal(scoreQuiz(quiz, sheet).points, 0);
  });
});

describe('quiz result', () => {
  const tenQuestions = quizSchema.parse(
    rawQuiz(
      Array.from({ length: 10 }, (_, i) => ({ ...sampleQuestions.trueFalse, id: `frage-${i + 1}` })),
    ),
  );
  /** Answers the first `right` questions right and the rest wrong. */
  const answersWith = (right: number) =>
    Object.fromEntries(tenQuestions.questions.map((q, i) => [q.id, { type: 'true-false', value: i >= right }]));

  test('points, maxPoints and percent add up over the questions', () => {
    const result = scoreQuiz(quiz, {
      single: { type: 'single-choice', optionId: 'keine' },
      scenario: { type: 'scenario', optionId: 'zettel' },
    });
    assert.equal(result.points, 2);
    assert.equal(result.maxPoints, 10);
    assert.equal(result.percent, 20);
  });

  test('exactly at passPercent passes', () => {
    const result = scoreQuiz(tenQuestions, answersWith(7));
    assert.equal(result.percent, 70);
    assert.equal(result.passed, true);
  });

  test('one point below passPercent fails', () => {
    const result = scoreQuiz(tenQuestions, answersWith(6));
    assert.equal(result.percent, 60);
    assert.equal(result.passed, false);
  });

  test('a custom passPercent is used', () => {
    const strict = quizSchema.parse({ ...rawQuiz(tenQuestions.questions), passPercent: 80 });
    assert.equal(scoreQuiz(strict, answersWith(7)).passed, false);
    assert.equal(scoreQuiz(strict, answersWith(8)).passed, true);
  });

  test('percent is a whole number, rounded', () => {
    const third = quizSchema.parse(rawQuiz([sampleQuestions.trueFalse, sampleQuestions.single, { ...sampleQuestions.shortText }]));
    const result = scoreQuiz(third, { 'true-false': { type: 'true-false', value: false } });
    assert.equal(result.percent, 33);
    const twoThirds = scoreQuiz(third, {
      'true-false': { type: 'true-false', value: false },
      single: { type: 'single-choice', optionId: 'keine' },
    });
    assert.equal(twoThirds.percent, 67);
  });

  test('percent is rounded half up (4.6 of 8 points is 57.5 %, shown as 58 %)', () => {
    const eight = quizSchema.parse(
      rawQuiz([
        ...Array.from({ length: 7 }, (_, i) => ({ ...sampleQuestions.trueFalse, id: `frage-${i + 1}` })),
        { ...sampleQuestions.matching, pairs: [...sampleQuestions.matching.pairs, { id: 'teer-2', left: 'Kondensat', right: 'Rest' }] },
      ]),
    );
    const answers = {
      ...Object.fromEntries(eight.questions.slice(0, 7).map((q, i) => [q.id, { type: 'true-false', value: i >= 4 }])),
      matching: { type: 'matching', pairs: { nikotin: 'nikotin', teer: 'teer', co: 'co' } },
    };
    const result = scoreQuiz(eight, answers);
    assert.equal(result.points, 4.6);
    assert.equal(result.maxPoints, 8);
    assert.equal(result.percent, 58);
  });

  test('onlyQuestionIds scores just that subset, and the pass mark applies to it', () => {
    const result = scoreQuiz(tenQuestions, answersWith(2), ['frage-1', 'frage-2']);
    assert.deepEqual(result.questions.map((q) => q.questionId), ['frage-1', 'frage-2']);
    assert.equal(result.maxPoints, 2);
    assert.equal(result.percent, 100);
    assert.equal(result.passed, true);
  });

  test('onlyQuestionIds ignores ids that are not in the quiz', () => {
    const result = scoreQuiz(tenQuestions, answersWith(10), ['frage-1', 'gibt-es-nicht']);
    assert.deepEqual(result.questions.map((q) => q.questionId), ['frage-1']);
  });

  test('missedQuestionIds lists every question not fully right, partial ones included', () => {
    const result = scoreQuiz(quiz, {
      single: { type: 'single-choice', optionId: 'keine' },
      multiple: { type: 'multiple-choice', optionIds: ['a'] },
      'true-false': { type: 'true-false', value: true },
      scenario: { type: 'scenario', optionId: 'reden' },
    });
    assert.deepEqual(missedQuestionIds(result), ['multiple', 'true-false', 'ordering', 'matching', 'estimate', 'short-text']);
  });

  test('missedQuestionIds is empty when every question is right', () => {
    assert.deepEqual(missedQuestionIds(scoreQuiz(tenQuestions, answersWith(10))), []);
  });
});
