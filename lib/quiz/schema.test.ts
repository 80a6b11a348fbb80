import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { questionTypes, quizSchema } from './schema';
import { allSampleQuestions, feedbackOnlyScenario, rawQuiz, sampleQuestions } from './test-quiz';

/** Parses a quiz that must be rejected and returns its problems as "path: message". */
function problemsOf(input: unknown): { path: string; message: string }[] {
  const result = quizSchema.safeParse(input);
  assert.equal(result.success, false, 'the quiz should have been rejected');
  return result.error!.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

function assertProblemAt(input: unknown, path: string, message?: RegExp) {
  const problems = problemsOf(input);
  const found = problems.find((p) => p.path === path && (!message || message.test(p.message)));
  assert.ok(found, `expected a problem at "${path}"${message ? ` matching ${message}` : ''}, got ${JSON.stringify(problems)}`);
}

describe('quiz schema', () => {
  test('a quiz with one question of each of the 8 types parses', () => {
    const quiz = quizSchema.parse(rawQuiz(allSampleQuestions));
    assert.deepEqual(
      quiz.questions.map((q) => q.type),
      ['single-choice', 'multiple-choice', 'true-false', 'ordering', 'matching', 'estimate', 'short-text', 'scenario'],
    );
    assert.deepEqual([...questionTypes].sort(), quiz.questions.map((q) => q.type).sort());
  });

  describe('defaults', () => {
    const quiz = quizSchema.parse(rawQuiz([sampleQuestions.single, sampleQuestions.estimate]));

    test('points default to 1', () => {
      assert.ok(quiz.questions.every((q) => q.type !== 'scenario' && q.points === 1));
    });

    test('passPercent defaults to 70', () => {
      assert.equal(quiz.passPercent, 70);
    });

    test('sources default to an empty list', () => {
      assert.deepEqual(quiz.questions[0]!.sources, []);
    });

    test('a scenario is graded unless it says graded: false', () => {
      const parsed = quizSchema.parse(rawQuiz([sampleQuestions.scenario, feedbackOnlyScenario]));
      assert.deepEqual(parsed.questions.map((q) => q.type === 'scenario' && q.graded), [true, false]);
    });

    test('an option is wrong unless marked correct', () => {
      const single = quiz.questions[0]!;
      assert.equal(single.type, 'single-choice');
      if (single.type === 'single-choice') assert.deepEqual(single.options.map((o) => o.correct), [true, false, false]);
    });
  });

  describe('rejected files name the failing path', () => {
    test('single-choice with no correct option', () => {
      const options = sampleQuestions.single.options.map((o) => ({ ...o, correct: false }));
      assertProblemAt(rawQuiz([{ ...sampleQuestions.single, options }]), 'questions.0.options', /genau eine richtige Antwort \(gefunden: 0\)/);
    });

    test('single-choice with two correct options', () => {
      const options = sampleQuestions.single.options.map((o, i) => ({ ...o, correct: i < 2 }));
      assertProblemAt(rawQuiz([{ ...sampleQuestions.single, options }]), 'questions.0.options', /gefunden: 2/);
    });

    test('multiple-choice with no correct option', () => {
      const options = sampleQuestions.multiple.options.map((o) => ({ id: o.id, text: o.text }));
      assertProblemAt(rawQuiz([{ ...sampleQuestions.multiple, options }]), 'questions.0.options', /Mindestens eine Antwort/);
    });

    test('an id that would reach an object prototype', () => {
      assertProblemAt(rawQuiz([{ ...sampleQuestions.single, id: 'constructor' }]), 'questions.0.id', /nicht erlaubt/);
    });

    test('two questions with the same id', () => {
      const duplicate = { ...sampleQuestions.trueFalse, id: sampleQuestions.single.id };
      assertProblemAt(rawQuiz([sampleQuestions.single, duplicate]), 'questions.1.id', /"single" kommt doppelt vor/);
    });

    test('two options with the same id', () => {
      const options = [...sampleQuestions.single.options, { id: 'wenig', text: 'Noch einmal wenig.' }];
      assertProblemAt(rawQuiz([{ ...sampleQuestions.single, options }]), 'questions.0.options.3.id', /doppelt/);
    });

    test('matching with the same right side twice', () => {
      const pairs = [...sampleQuestions.matching.pairs, { id: 'teer-2', left: 'Kondensat', right: 'klebt in der Lunge' }];
      assertProblemAt(rawQuiz([{ ...sampleQuestions.matching, pairs }]), 'questions.0.pairs.4.right', /kommt doppelt vor/);
    });

    test('estimate whose answer lies above max', () => {
      assertProblemAt(rawQuiz([{ ...sampleQuestions.estimate, answer: 10001 }]), 'questions.0.answer', /außerhalb/);
    });

    test('estimate whose answer lies below min', () => {
      assertProblemAt(rawQuiz([{ ...sampleQuestions.estimate, answer: -1 }]), 'questions.0.answer', /außerhalb/);
    });

    test('scenario where no option gives points', () => {
      const options = sampleQuestions.scenario.options.map((o) => ({ ...o, points: 0 }));
      assertProblemAt(rawQuiz([{ ...sampleQuestions.scenario, options }]), 'questions.0.options', /Punkte/);
    });

    test('a question without goals', () => {
      const withoutGoals = Object.fromEntries(Object.entries(sampleQuestions.single).filter(([key]) => key !== 'goals'));
      assertProblemAt(rawQuiz([withoutGoals]), 'questions.0.goals');
    });

    test('a graded scenario option without points', () => {
      const options = sampleQuestions.scenario.options.map(({ points, ...o }, i) => (i === 1 ? o : { ...o, points }));
      assertProblemAt(rawQuiz([{ ...sampleQuestions.scenario, options }]), 'questions.0.options.1.points', /braucht "points"/);
    });

    test('a feedback-only scenario whose options give points', () => {
      const options = feedbackOnlyScenario.options.map((o, i) => (i === 0 ? { ...o, points: 2 } : o));
      assertProblemAt(rawQuiz([{ ...feedbackOnlyScenario, options }]), 'questions.0.options.0.points', /ohne Punkte/);
    });

    test('a quiz of feedback-only questions alone', () => {
      assertProblemAt(rawQuiz([feedbackOnlyScenario]), 'questions', /mindestens eine Frage mit Punkten/);
    });

    test('a question of an unknown type', () => {
      const problems = problemsOf(rawQuiz([sampleQuestions.single, { ...sampleQuestions.trueFalse, type: 'essay' }]));
      assert.deepEqual(problems.map((p) => p.path), ['questions.1.type']);
      assert.match(problems[0]!.message, /single-choice/);
    });

    test('a question id that is not lower-case-with-dashes', () => {
      assertProblemAt(rawQuiz([{ ...sampleQuestions.single, id: 'Frage 1' }]), 'questions.0.id', /Kleinbuchstaben/);
    });

    test('a quiz id that is not lower-case-with-dashes', () => {
      assertProblemAt({ ...rawQuiz([sampleQuestions.single]), id: 'Konzert_Quiz' }, 'id', /Kleinbuchstaben/);
    });
  });

  describe('scene checks ("checks")', () => {
    const check = (questions: readonly unknown[], scene = 'Donnerstag') => ({ scene, questions });

    test('a lesson quiz may have checks of single-choice, multiple-choice and true-false questions', () => {
      const parsed = quizSchema.parse(
        rawQuiz([sampleQuestions.single], {
          checks: [check([{ ...sampleQuestions.multiple, id: 'c-multi' }, { ...sampleQuestions.trueFalse, id: 'c-tf' }])],
        }),
      );
      assert.deepEqual(parsed.checks[0]!.questions.map((q) => q.type), ['multiple-choice', 'true-false']);
      assert.deepEqual(parsed.checks[0]!.questions[1]!.sources, []);
    });

    test('checks default to an empty list', () => {
      assert.deepEqual(quizSchema.parse(rawQuiz([sampleQuestions.single])).checks, []);
    });

    test('a check question of another type is rejected with the allowed types', () => {
      const checks = [check([{ ...sampleQuestions.ordering, id: 'c-order' }])];
      assertProblemAt(rawQuiz([sampleQuestions.single], { checks }), 'checks.0.questions.0.type', /single-choice, multiple-choice, true-false/);
    });

    test('a check with no question or with more than two is rejected', () => {
      const three = ['a', 'b', 'c'].map((id) => ({ ...sampleQuestions.trueFalse, id: `c-${id}` }));
      assertProblemAt(rawQuiz([sampleQuestions.single], { checks: [check([])] }), 'checks.0.questions', /mindestens eine Frage/);
      assertProblemAt(rawQuiz([sampleQuestions.single], { checks: [check(three)] }), 'checks.0.questions', /höchstens zwei Fragen/);
    });

    test('a check question keeps the question rules (one right single-choice answer)', () => {
      const options = sampleQuestions.single.options.map((o) => ({ ...o, correct: false }));
      const checks = [check([{ ...sampleQuestions.single, id: 'c-single', options }])];
      assertProblemAt(rawQuiz([sampleQuestions.single], { checks }), 'checks.0.questions.0.options', /gefunden: 0/);
    });

    test('a check question needs goals like a quiz question', () => {
      const withoutGoals = Object.fromEntries(Object.entries({ ...sampleQuestions.trueFalse, id: 'c-tf' }).filter(([key]) => key !== 'goals'));
      assertProblemAt(rawQuiz([sampleQuestions.single], { checks: [check([withoutGoals])] }), 'checks.0.questions.0.goals');
    });

    test('a check question id used by a quiz question or another check is rejected', () => {
      const checks = [check([{ ...sampleQuestions.trueFalse, id: 'single' }]), check([{ ...sampleQuestions.trueFalse, id: 'c-1' }, { ...sampleQuestions.trueFalse, id: 'c-1' }], 'Freitag')];
      const problems = problemsOf(rawQuiz([sampleQuestions.single], { checks }));
      assert.ok(problems.some((p) => p.path === 'checks.0.questions.0.id' && /"single" kommt doppelt vor/.test(p.message)), JSON.stringify(problems));
      assert.ok(problems.some((p) => p.path === 'checks.1.questions.1.id' && /"c-1" kommt doppelt vor/.test(p.message)), JSON.stringify(problems));
    });

    test('an unknown field in a check is rejected', () => {
      assertProblemAt(rawQuiz([sampleQuestions.single], { checks: [{ ...check([{ ...sampleQuestions.trueFalse, id: 'c-tf' }]), szene: 'x' }] }), 'checks.0');
    });

    test('only a lesson quiz may have checks', () => {
      const entry = { id: 'einstieg', kind: 'entry', title: 'Einstieg', questions: [sampleQuestions.single], checks: [check([{ ...sampleQuestions.trueFalse, id: 'c-tf' }])] };
      assertProblemAt(entry, 'checks', /Nur ein Lektions-Quiz hat Checks/);
    });
  });
});
