import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { quizSchema } from './schema';
import { scoreQuiz, type QuizResult, type Verdict } from './score';
import { entryCheckText, scoreText, tallyResult, ungradedText } from './outcome';
import { allSampleQuestions, feedbackOnlyScenario, rawQuiz } from './test-quiz';

/** A result with the given verdicts, one question each. */
function resultOf(...verdicts: Verdict[]): QuizResult {
  return {
    points: 0,
    maxPoints: 0,
    percent: 0,
    passed: false,
    questions: verdicts.map((verdict, index) => ({ questionId: `q${index}`, verdict, points: 0, maxPoints: 1, answered: true })),
  };
}

describe('tallyResult', () => {
  test('counts right, partial and wrong questions as whole questions', () => {
    assert.deepEqual(tallyResult(resultOf('right', 'right', 'partial', 'wrong')), { counted: 4, right: 2, partial: 1, wrong: 1, ungraded: 0 });
  });

  test('feedback-only questions are counted apart, not as questions to get right', () => {
    assert.deepEqual(tallyResult(resultOf('right', 'ungraded', 'wrong')), { counted: 2, right: 1, partial: 0, wrong: 1, ungraded: 1 });
  });

  test('a real quiz with partial credit yields whole numbers', () => {
    const quiz = quizSchema.parse(rawQuiz([...allSampleQuestions, feedbackOnlyScenario]));
    const result = scoreQuiz(quiz, {
      single: { type: 'single-choice', optionId: 'keine' },
      multiple: { type: 'multiple-choice', optionIds: ['a', 'b'] },
    });
    const tally = tallyResult(result);
    assert.equal(tally.right, 1);
    assert.equal(tally.partial, 1);
    assert.equal(tally.ungraded, 1);
    assert.equal(tally.counted, quiz.questions.length - 1);
    assert.ok(Number.isInteger(tally.right + tally.partial + tally.wrong));
  });
});

describe('scoreText', () => {
  test('names right and partly right questions', () => {
    assert.equal(scoreText({ counted: 14, right: 12, partial: 2, wrong: 0, ungraded: 1 }), '12 von 14 Fragen richtig, 2 teilweise');
  });

  test('leaves out "teilweise" when nothing was partly right', () => {
    assert.equal(scoreText({ counted: 8, right: 8, partial: 0, wrong: 0, ungraded: 0 }), '8 von 8 Fragen richtig');
  });

  test('one question is "Frage"', () => {
    assert.equal(scoreText({ counted: 1, right: 0, partial: 0, wrong: 1, ungraded: 0 }), '0 von 1 Frage richtig');
  });
});

describe('ungradedText', () => {
  test('is null when every question counted', () => {
    assert.equal(ungradedText({ counted: 3, right: 3, partial: 0, wrong: 0, ungraded: 0 }), null);
  });

  test('says "ohne Punkte" for one and for several', () => {
    assert.match(ungradedText({ counted: 3, right: 3, partial: 0, wrong: 0, ungraded: 1 })!, /^Eine Frage war ohne Punkte/);
    assert.match(ungradedText({ counted: 3, right: 3, partial: 0, wrong: 0, ungraded: 2 })!, /^2 Fragen waren ohne Punkte/);
  });
});

describe('entryCheckText', () => {
  test('says what the pupil already knows, without points or percent', () => {
    const text = entryCheckText({ counted: 10, right: 6, partial: 2, wrong: 2, ungraded: 0 });
    assert.equal(text, 'Du kennst dich schon bei 6 von 10 Fragen aus, bei 2 weiteren zum Teil.');
    assert.doesNotMatch(text, /Punkt|%/);
  });

  test('stays kind when nothing was known yet', () => {
    const text = entryCheckText({ counted: 10, right: 0, partial: 0, wrong: 10, ungraded: 0 });
    assert.doesNotMatch(text, /0 von|falsch|Punkt|%/);
  });
});
