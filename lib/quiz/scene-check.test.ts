import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { quizSchema, type SceneCheckQuestion } from './schema';
import { rawQuiz, sampleQuestions } from './test-quiz';
import { checkScene } from './scene-check';

/** The sample single-choice, multiple-choice and true/false questions, parsed as one scene's check. */
const [single, multiple, trueFalse] = quizSchema.parse(
  rawQuiz([sampleQuestions.estimate], {
    checks: [
      {
        scene: 'Eins',
        questions: [
          { ...sampleQuestions.single, options: sampleQuestions.single.options.map((o) => ({ ...o, feedback: `Zu ${o.id}.` })) },
          sampleQuestions.multiple,
        ],
      },
      { scene: 'Zwei', questions: [sampleQuestions.trueFalse] },
    ],
  }),
).checks.flatMap((check) => check.questions) as [SceneCheckQuestion, SceneCheckQuestion, SceneCheckQuestion];

function checked(questions: SceneCheckQuestion[], draft: Parameters<typeof checkScene>[1]) {
  const outcome = checkScene(questions, draft);
  assert.equal(outcome.kind, 'checked');
  return outcome.kind === 'checked' ? outcome.questions : [];
}

describe('checkScene', () => {
  test('the right option is judged right and shows its own feedback', () => {
    const [question] = checked([single], { single: { type: 'single-choice', optionId: 'keine' } });
    assert.equal(question!.result.verdict, 'right');
    assert.deepEqual(question!.parts, [{ text: 'Keine Menge.', mark: 'right', note: 'Zu keine.' }]);
  });

  test('a wrong option is judged wrong and shows the feedback of the option the pupil chose', () => {
    const [question] = checked([single], { single: { type: 'single-choice', optionId: 'wenig' } });
    assert.equal(question!.result.verdict, 'wrong');
    assert.deepEqual(question!.parts, [{ text: 'Ein bisschen.', mark: 'wrong', note: 'Zu wenig.' }]);
  });

  test('multiple choice with some right picks is partly right and marks the right options missed', () => {
    const [question] = checked([multiple], { multiple: { type: 'multiple-choice', optionIds: ['a', 'b', 'x'] } });
    assert.equal(question!.result.verdict, 'partial');
    const marks = Object.fromEntries(question!.parts.map((p) => [p.text, p.mark]));
    assert.deepEqual(marks, { A: 'right', B: 'right', C: 'missed', X: 'wrong' });
  });

  test('true/false is judged on the statement', () => {
    const answer = (sampleQuestions.trueFalse as { answer: boolean }).answer;
    assert.equal(checked([trueFalse], { [trueFalse.id]: { type: 'true-false', value: answer } })[0]!.result.verdict, 'right');
    assert.equal(checked([trueFalse], { [trueFalse.id]: { type: 'true-false', value: !answer } })[0]!.result.verdict, 'wrong');
  });

  test('nothing is judged until every question has an answer', () => {
    assert.deepEqual(checkScene([single], {}), { kind: 'unanswered', questionIds: ['single'], message: 'Wähle zuerst eine Antwort aus.' });
    const one = checkScene([single, multiple], { single: { type: 'single-choice', optionId: 'keine' } });
    assert.deepEqual(one, { kind: 'unanswered', questionIds: ['multiple'], message: 'Beantworte zuerst auch Frage 2.' });
    const none = checkScene([single, multiple], { multiple: { type: 'multiple-choice', optionIds: [] } });
    assert.equal(none.kind === 'unanswered' && none.message, 'Beantworte zuerst die Fragen.');
  });

  test('each question is judged on its own, in the order shown', () => {
    const questions = checked([single, multiple], {
      single: { type: 'single-choice', optionId: 'wenig' },
      multiple: { type: 'multiple-choice', optionIds: ['a', 'b', 'c'] },
    });
    assert.deepEqual(questions.map((q) => [q.questionId, q.result.verdict]), [['single', 'wrong'], ['multiple', 'right']]);
  });
});
