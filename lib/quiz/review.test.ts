import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { quizSchema, type Question } from './schema';
import { explanationStatesVerdict, reviewAnswer } from './review';
import { allSampleQuestions, feedbackOnlyScenario, rawQuiz } from './test-quiz';

const quiz = quizSchema.parse(rawQuiz([...allSampleQuestions, feedbackOnlyScenario]));

function question(type: Question['type'], graded = true): Question {
  const found = quiz.questions.find((q) => q.type === type && (q.type !== 'scenario' || q.graded === graded));
  assert.ok(found, `no ${type} question in the test quiz`);
  return found;
}

describe('reviewAnswer', () => {
  test('a wrong single choice is marked wrong, with its full text', () => {
    const parts = reviewAnswer(question('single-choice'), { type: 'single-choice', optionId: 'wenig' }, 'wrong');
    assert.deepEqual(parts.map((p) => [p.text, p.mark]), [['Ein bisschen.', 'wrong']]);
  });

  test('multiple choice marks right picks, wrong picks and missed right options', () => {
    const parts = reviewAnswer(question('multiple-choice'), { type: 'multiple-choice', optionIds: ['a', 'x'] }, 'partial');
    const marks = Object.fromEntries(parts.map((p) => [p.text, p.mark]));
    assert.deepEqual(marks, { A: 'right', B: 'missed', C: 'missed', X: 'wrong' });
  });

  test('true/false names the pupil\'s answer', () => {
    assert.deepEqual(reviewAnswer(question('true-false'), { type: 'true-false', value: true }, 'wrong'), [{ text: 'Stimmt', mark: 'wrong' }]);
  });

  test('ordering marks every position and says where a misplaced item belongs', () => {
    const parts = reviewAnswer(question('ordering'), { type: 'ordering', order: ['eins', 'drei', 'zwei', 'vier'] }, 'partial');
    assert.deepEqual(
      parts.map((p) => [p.text, p.mark, p.note]),
      [
        ['1. Eins', 'right', undefined],
        ['2. Drei', 'wrong', 'gehört auf Platz 3'],
        ['3. Zwei', 'wrong', 'gehört auf Platz 2'],
        ['4. Vier', 'right', undefined],
      ],
    );
  });

  test('matching marks every pair and shows the full chosen text', () => {
    const q = question('matching');
    if (q.type !== 'matching') throw new Error('fixture');
    const [first, second] = q.pairs;
    const parts = reviewAnswer(q, { type: 'matching', pairs: { [first!.id]: first!.id, [second!.id]: first!.id } }, 'partial');
    assert.equal(parts.length, q.pairs.length);
    assert.deepEqual(parts[0], { text: `${first!.left} → ${first!.right}`, mark: 'right', note: undefined });
    assert.deepEqual(parts[1], { text: `${second!.left} → ${first!.right}`, mark: 'wrong', note: `richtig: ${second!.right}` });
    assert.equal(parts.at(-1)!.mark, 'wrong');
  });

  test('a feedback-only scenario marks the choice as chosen, not right or wrong', () => {
    const q = question('scenario', false);
    if (q.type !== 'scenario') throw new Error('fixture');
    const [part] = reviewAnswer(q, { type: 'scenario', optionId: q.options[0]!.id }, 'ungraded');
    assert.equal(part!.mark, 'chosen');
  });

  test('an unanswered question has nothing to review', () => {
    assert.deepEqual(reviewAnswer(question('single-choice'), undefined, 'wrong'), []);
  });
});

describe('explanationStatesVerdict', () => {
  test('recognises explanations that open with the verdict', () => {
    assert.equal(explanationStatesVerdict('Die Aussage stimmt nicht. Lüften reicht nicht.'), true);
    assert.equal(explanationStatesVerdict('Die Aussage stimmt. So ist es.'), true);
    assert.equal(explanationStatesVerdict('Das stimmt nicht. Eine Trennung …'), true);
  });

  test('is false when the explanation only explains', () => {
    assert.equal(explanationStatesVerdict('Nein.'), false);
    assert.equal(explanationStatesVerdict('Lüften reicht nicht; die Aussage stimmt nicht.'), false);
  });
});
