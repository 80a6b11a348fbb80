import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readContentFiles } from './load';
import { anotherLesson, courseWith, entryQuiz, finalQuiz, glossary, lessonBody, lessonFile, lessonMeta, quiz, quizWithChecks, sources, trueFalseQuestions, guide } from './test-course';
import { validateCourse } from './validate';
import { formatProblem } from './problems';
import type { ContentFile, ContentProblem } from './types';

function problemsOf(files: ContentFile[]): ContentProblem[] {
  const result = validateCourse(files);
  assert.equal(result.ok, false, 'the course should have been rejected');
  return result.ok ? [] : result.problems;
}

function assertProblem(problems: ContentProblem[], file: string, path: string, message: RegExp) {
  const found = problems.find((p) => p.file === file && p.path === path && message.test(p.message));
  assert.ok(found, `expected "${file} › ${path}: ${message}", got:\n${problems.map(formatProblem).join('\n')}`);
}

describe('validateCourse', () => {
  describe('lesson requirements', () => {
    const without = (pattern: RegExp) => lessonFile(lessonMeta, lessonBody.replace(pattern, ''));

    test('a lesson with fewer than two scenes with dialogue is rejected', () => {
      const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': without(/<Szene titel="Zwei">[\s\S]*?<\/Szene>/) }));
      assertProblem(problems, 'lessons/konzert.mdx', '', /2 Szenen mit Dialog/);
    });

    test('a scene without dialogue does not count', () => {
      const body = lessonBody.replace('**Mama:** „Hallo, Steffen.“', 'Mama sagt nichts.');
      const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': lessonFile(lessonMeta, body) }));
      assertProblem(problems, 'lessons/konzert.mdx', '', /gefunden: 1/);
    });

    test('a lesson with fewer than three fact boxes is rejected', () => {
      const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': without(/<Fakt quelle="dkfz-gifte">Viele[^<]*<\/Fakt>/) }));
      assertProblem(problems, 'lessons/konzert.mdx', '', /3 Faktboxen/);
    });

    test('a lesson without reflection, discussion or recap is rejected', () => {
      const body = lessonBody.replace(/<(Nachgedacht|ImGespraech|Rueckblick)>[\s\S]*?<\/\1>/g, '');
      const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': lessonFile(lessonMeta, body) }));
      assertProblem(problems, 'lessons/konzert.mdx', '', /<Nachgedacht>/);
      assertProblem(problems, 'lessons/konzert.mdx', '', /<ImGespraech>/);
      assertProblem(problems, 'lessons/konzert.mdx', '', /<Rueckblick>/);
    });

    test('a lesson whose quiz is too small or too uniform is rejected', () => {
      const small = { ...quiz, questions: quiz.questions.slice(0, 5) };
      const problems = problemsOf(courseWith({ 'quizzes/konzert.yaml': stringify(small) }));
      assertProblem(problems, 'lessons/konzert.mdx', '', /mindestens 8 Fragen, hat aber 5/);
      assertProblem(problems, 'lessons/konzert.mdx', '', /mindestens 4 Fragetypen, hat aber 1/);
    });

    test('a glossary id defined in two files is reported', () => {
      const problems = problemsOf(courseWith({ 'content/glossar/zwei.yaml': stringify(glossary) }));
      assertProblem(problems, 'content/glossar/zwei.yaml', 'nikotin', /gibt es schon in content\/glossar\/test.yaml/);
    });
  });

  describe('entry check and final test', () => {
    /** The valid course plus an entry check and a final test (null leaves one out). */
    const withQuizzes = (entry: object | null, final: object | null, more: Record<string, string> = {}) =>
      courseWith({
        ...(entry ? { 'quizzes/einstieg.yaml': stringify(entry) } : {}),
        ...(final ? { 'quizzes/abschluss.yaml': stringify(final) } : {}),
        ...more,
      });
    const courseOf = (files: ContentFile[]) => {
      const result = validateCourse(files);
      assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
      return result.course;
    };

    test('an entry check and a final test need no lesson', () => {
      const course = courseOf(withQuizzes(entryQuiz(), finalQuiz()));
      assert.equal(course.quizzes.get('einstieg')!.kind, 'entry');
      assert.equal(course.quizzes.get('abschluss')!.kind, 'final');
      assert.equal(course.quizzes.get('einstieg')!.lesson, undefined);
      assert.equal(course.quizzes.get('abschluss')!.lesson, undefined);
    });

    test('a question drawn twice is reported and kept once', () => {
      const twice = finalQuiz(7, { draw: [{ quiz: 'einstieg' }, { quiz: 'einstieg', questions: ['e-1'] }] });
      const problems = problemsOf(withQuizzes(entryQuiz(), twice));
      assertProblem(problems, 'quizzes/abschluss.yaml', 'draw', /"einstieg--e-1" wird mehr als einmal übernommen/);
    });

    test('a lesson without a teacher guide is reported', () => {
      const files = courseWith({}).filter((f) => !f.path.startsWith('guides/'));
      assertProblem(problemsOf(files), 'guides/konzert.yaml', '', /Leitfaden für Lehrkräfte; diese Datei fehlt/);
    });

    test('a guide whose phases do not fill the lesson, or whose worksheet quotes a missing scene, is reported', () => {
      const broken = { ...guide, phases: guide.phases.slice(0, 2).concat(guide.phases[0]!), worksheet: { ...guide.worksheet, scene: 9 } };
      const problems = problemsOf(courseWith({ 'guides/konzert.yaml': stringify(broken) }));
      assertProblem(problems, 'guides/konzert.yaml', 'phases', /zusammen 50 Minuten, die Lektion 45/);
      assertProblem(problems, 'guides/konzert.yaml', 'worksheet.scene', /nur 2 Szenen/);
    });

    test('a worksheet excerpt that runs on past the last scene, or ends before it starts, is reported', () => {
      for (const toScene of [3, 0]) {
        const broken = { ...guide, worksheet: { ...guide.worksheet, scene: 1, toScene } };
        const problems = problemsOf(courseWith({ 'guides/konzert.yaml': stringify(broken) }));
        assertProblem(problems, 'guides/konzert.yaml', 'worksheet.toScene', toScene === 0 ? /./ : /zwischen 1 und 2 liegen \(gefunden: 3\)/);
      }
    });

    test('a worksheet task without sentence starters for the easier sheet, or with a starter that does not end in "…", is reported', () => {
      const [first, second, ...rest] = guide.worksheet.questions;
      const withoutStarters = Object.fromEntries(Object.entries(first!).filter(([key]) => key !== 'starters'));
      const broken = { ...guide, worksheet: { ...guide.worksheet, questions: [withoutStarters, { ...second!, starters: ['Steffen sagt.'] }, ...rest] } };
      const problems = problemsOf(courseWith({ 'guides/konzert.yaml': stringify(broken) }));
      assertProblem(problems, 'guides/konzert.yaml', 'worksheet.questions[0].starters', /Array/);
      assertProblem(problems, 'guides/konzert.yaml', 'worksheet.questions[1].starters[0]', /endet mit „…“/);
    });

    test('a lesson quiz without "lesson" is rejected', () => {
      const withoutLesson = Object.fromEntries(Object.entries(quiz).filter(([key]) => key !== 'lesson'));
      const problems = problemsOf(courseWith({ 'quizzes/konzert.yaml': stringify(withoutLesson) }));
      assertProblem(problems, 'quizzes/konzert.yaml', 'lesson', /muss seine Lektion nennen/);
    });

    test('an entry check naming a lesson is rejected', () => {
      const problems = problemsOf(withQuizzes(entryQuiz(8, { lesson: 'konzert' }), finalQuiz()));
      assertProblem(problems, 'quizzes/einstieg.yaml', 'lesson', /Nur ein Lektions-Quiz/);
    });

    test('a final test\'s draw copies the other quiz\'s questions with ids "<quiz>--<question>"', () => {
      const course = courseOf(withQuizzes(entryQuiz(), finalQuiz()));
      const final = course.quizzes.get('abschluss')!;
      const entry = course.quizzes.get('einstieg')!;
      assert.deepEqual(final.questions.map((q) => q.id), [
        ...['f-1', 'f-2', 'f-3', 'f-4', 'f-5', 'f-6', 'f-7'],
        ...['einstieg--e-1', 'einstieg--e-2', 'einstieg--e-3', 'einstieg--e-4'],
        ...['einstieg--e-5', 'einstieg--e-6', 'einstieg--e-7', 'einstieg--e-8'],
      ]);
      entry.questions.forEach((question, index) => {
        assert.deepEqual({ ...final.questions[7 + index]!, id: question.id }, question);
      });
    });

    test('a draw of chosen questions copies only those, in the order given', () => {
      const draw = [{ quiz: 'einstieg' }, { quiz: 'konzert', questions: ['frage-8', 'frage-1'] }];
      const course = courseOf(withQuizzes(entryQuiz(), finalQuiz(7, { draw })));
      const ids = course.quizzes.get('abschluss')!.questions.map((q) => q.id);
      assert.equal(ids.length, 17);
      assert.deepEqual(ids.slice(-2), ['konzert--frage-8', 'konzert--frage-1']);
    });

    test('the quiz drawn from keeps its own questions and ids', () => {
      const course = courseOf(withQuizzes(entryQuiz(), finalQuiz()));
      assert.deepEqual(
        course.quizzes.get('einstieg')!.questions.map((q) => q.id),
        ['e-1', 'e-2', 'e-3', 'e-4', 'e-5', 'e-6', 'e-7', 'e-8'],
      );
    });

    test('drawing from a quiz that does not exist is reported', () => {
      const draw = [{ quiz: 'gibt-es-nicht' }, { quiz: 'einstieg' }];
      const problems = problemsOf(withQuizzes(entryQuiz(), finalQuiz(7, { draw })));
      assertProblem(problems, 'quizzes/abschluss.yaml', 'draw[0].quiz', /"gibt-es-nicht" gibt es nicht/);
    });

    test('drawing a question that does not exist is reported', () => {
      const draw = [{ quiz: 'konzert', questions: ['frage-99'] }, { quiz: 'einstieg' }];
      const problems = problemsOf(withQuizzes(entryQuiz(), finalQuiz(7, { draw })));
      assertProblem(problems, 'quizzes/abschluss.yaml', 'draw[0].questions[0]', /"frage-99" gibt es nicht in "konzert"/);
    });

    test('drawing from a quiz that itself draws is reported', () => {
      const entry = entryQuiz(8, { draw: [{ quiz: 'konzert', questions: ['frage-1'] }] });
      const problems = problemsOf(withQuizzes(entry, finalQuiz()));
      assertProblem(problems, 'quizzes/abschluss.yaml', 'draw[0].quiz', /"einstieg" übernimmt selbst Fragen/);
    });

    test('a quiz drawing from itself is reported', () => {
      const problems = problemsOf(withQuizzes(null, finalQuiz(15, { draw: [{ quiz: 'abschluss' }] })));
      assertProblem(problems, 'quizzes/abschluss.yaml', 'draw[0].quiz', /"abschluss"/);
    });

    test('an entry check with fewer than 8 questions is reported', () => {
      const problems = problemsOf(withQuizzes(entryQuiz(7), finalQuiz(8)));
      assertProblem(problems, 'quizzes/einstieg.yaml', 'questions', /8 bis 10 Fragen, hat aber 7/);
    });

    test('an entry check with more than 10 questions is reported', () => {
      const problems = problemsOf(withQuizzes(entryQuiz(11), finalQuiz(4)));
      assertProblem(problems, 'quizzes/einstieg.yaml', 'questions', /8 bis 10 Fragen, hat aber 11/);
    });

    test('an entry check with exactly 8 or exactly 10 questions passes', () => {
      courseOf(withQuizzes(entryQuiz(8), finalQuiz(7)));
      courseOf(withQuizzes(entryQuiz(10), finalQuiz(5)));
    });

    test('a final test with fewer than 15 questions, drawn ones included, is reported', () => {
      const problems = problemsOf(withQuizzes(entryQuiz(8), finalQuiz(6)));
      assertProblem(problems, 'quizzes/abschluss.yaml', 'questions', /mindestens 15 Fragen, hat aber 14/);
    });

    test('a final test that does not repeat every entry question is reported, naming the missing ones', () => {
      const draw = [{ quiz: 'einstieg', questions: ['e-1', 'e-2', 'e-3', 'e-4', 'e-5', 'e-6'] }];
      const problems = problemsOf(withQuizzes(entryQuiz(8), finalQuiz(9, { draw })));
      assertProblem(problems, 'quizzes/abschluss.yaml', 'draw', /es fehlen: e-7, e-8\./);
    });

    test('entry questions copied by hand instead of drawn do not count as repeated', () => {
      const final = finalQuiz(7, { questions: [...trueFalseQuestions('f', 7), ...trueFalseQuestions('e', 8)], draw: [] });
      const problems = problemsOf(withQuizzes(entryQuiz(8), final));
      assertProblem(problems, 'quizzes/abschluss.yaml', 'draw', /es fehlen: e-1, e-2, e-3, e-4, e-5, e-6, e-7, e-8\./);
    });

    test('two final tests are reported', () => {
      const problems = problemsOf(
        withQuizzes(entryQuiz(), finalQuiz(), { 'quizzes/abschluss-zwei.yaml': stringify(finalQuiz(7, { id: 'abschluss-zwei' })) }),
      );
      assertProblem(problems, 'quizzes/abschluss-zwei.yaml', 'kind', /nur ein Quiz der Art "final"/);
    });

    test('two entry checks are reported', () => {
      const problems = problemsOf(
        withQuizzes(entryQuiz(), finalQuiz(), { 'quizzes/einstieg-zwei.yaml': stringify(entryQuiz(8, { id: 'einstieg-zwei' })) }),
      );
      assertProblem(problems, 'quizzes/einstieg-zwei.yaml', 'kind', /nur ein Quiz der Art "entry"/);
    });
  });

  describe('learning goals', () => {
    const withGoals = (index: number, goals: string[]) => ({
      ...quiz,
      questions: quiz.questions.map((q, i) => (i === index ? { ...q, goals } : q)),
    });

    test('a question that names no goal is rejected', () => {
      const problems = problemsOf(courseWith({ 'quizzes/konzert.yaml': stringify(withGoals(0, [])) }));
      assertProblem(problems, 'quizzes/konzert.yaml', 'questions[0].goals', /mindestens ein Lernziel/);
    });

    test('a question naming an unknown goal is reported', () => {
      const problems = problemsOf(courseWith({ 'quizzes/konzert.yaml': stringify(withGoals(0, ['konzert-passivrauch', 'erfunden'])) }));
      assertProblem(problems, 'quizzes/konzert.yaml', 'questions[0].goals[1]', /Unbekanntes Lernziel "erfunden"/);
    });

    test('an entry question naming an unknown goal is reported', () => {
      const entry = entryQuiz(8, { questions: trueFalseQuestions('e', 8, { goals: ['konzert-gibt-es-nicht'] }) });
      const files = courseWith({ 'quizzes/einstieg.yaml': stringify(entry), 'quizzes/abschluss.yaml': stringify(finalQuiz()) });
      assertProblem(problemsOf(files), 'quizzes/einstieg.yaml', 'questions[0].goals[0]', /Unbekanntes Lernziel "konzert-gibt-es-nicht"/);
    });

    test('a lesson goal that no question of its quiz checks is reported', () => {
      const onlyOne = { ...quiz, questions: quiz.questions.map((q) => ({ ...q, goals: ['konzert-passivrauch'] })) };
      const problems = problemsOf(courseWith({ 'quizzes/konzert.yaml': stringify(onlyOne) }));
      assertProblem(problems, 'quizzes/konzert.yaml', 'questions', /Keine Frage prüft das Lernziel "konzert-reden" der Lektion "konzert"/);
    });

    test('a lesson quiz naming another lesson\'s goal is reported', () => {
      const second = anotherLesson('zweite', { order: 2 });
      const problems = problemsOf(
        courseWith({
          'lessons/zweite.mdx': lessonFile(second.meta),
          'guides/zweite.yaml': stringify({ ...guide, lesson: 'zweite' }),
          'quizzes/zweite.yaml': stringify({ ...second.quiz, questions: second.quiz.questions.map((q, i) => (i === 0 ? { ...q, goals: ['konzert-reden'] } : q)) }),
        }),
      );
      assertProblem(problems, 'quizzes/zweite.yaml', 'questions[0].goals[0]', /"konzert-reden" gehört zur Lektion "konzert"/);
    });

    test('the same goal id in two lessons is reported', () => {
      const second = anotherLesson('zweite', { order: 2 });
      const meta = { ...second.meta, goals: [lessonMeta.goals[0], second.meta.goals[1]] };
      const problems = problemsOf(
        courseWith({
          'lessons/zweite.mdx': lessonFile(meta),
          'guides/zweite.yaml': stringify({ ...guide, lesson: 'zweite' }),
          'quizzes/zweite.yaml': stringify(second.quiz),
        }),
      );
      assertProblem(problems, 'lessons/zweite.mdx', 'frontmatter.goals[0].id', /"konzert-passivrauch" gibt es schon in lessons\/konzert\.mdx/);
    });

    test('a final test without a question on any goal of a lesson is reported', () => {
      const second = anotherLesson('zweite', { order: 2, title: 'Die zweite Lektion' });
      const problems = problemsOf(
        courseWith({
          'lessons/zweite.mdx': lessonFile(second.meta),
          'guides/zweite.yaml': stringify({ ...guide, lesson: 'zweite' }),
          'quizzes/zweite.yaml': stringify(second.quiz),
          'quizzes/einstieg.yaml': stringify(entryQuiz()),
          'quizzes/abschluss.yaml': stringify(finalQuiz()),
        }),
      );
      assertProblem(problems, 'quizzes/abschluss.yaml', 'questions', /keine Frage zu einem Lernziel der Lektion "zweite" \(„Die zweite Lektion“\).*zweite-passivrauch, zweite-reden/);
      assert.ok(!problems.some((p) => /Lektion "konzert"/.test(p.message)), 'konzert is covered by the final test\'s own questions');
    });

    test('a question drawn into the final test keeps its goals and covers its lesson', () => {
      const second = anotherLesson('zweite', { order: 2 });
      const result = validateCourse(
        courseWith({
          'lessons/zweite.mdx': lessonFile(second.meta),
          'guides/zweite.yaml': stringify({ ...guide, lesson: 'zweite' }),
          'quizzes/zweite.yaml': stringify(second.quiz),
          'quizzes/einstieg.yaml': stringify(entryQuiz()),
          'quizzes/abschluss.yaml': stringify(finalQuiz(7, { draw: [{ quiz: 'einstieg' }, { quiz: 'zweite', questions: ['frage-6'] }] })),
        }),
      );
      assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
      const drawn = result.course.quizzes.get('abschluss')!.questions.find((q) => q.id === 'zweite--frage-6')!;
      assert.deepEqual(drawn.goals, ['zweite-reden']);
    });
  });

  describe('scene checks ("Kurz gecheckt")', () => {
    const [checkEins, checkZwei] = quiz.checks;
    const withChecks = (checks: object[]) => courseWith({ 'quizzes/konzert.yaml': stringify(quizWithChecks(checks)) });
    const withQuestion = (question: object) => withChecks([{ ...checkEins!, questions: [{ ...checkEins!.questions[0]!, ...question }] }, checkZwei!]);

    test('the fixture lesson with one check per scene passes', () => {
      const result = validateCourse(courseWith({}));
      assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
      assert.deepEqual(result.course.quizzes.get('konzert')!.checks.map((c) => c.scene), ['Eins', 'Zwei']);
    });

    test('a scene without a check is reported in the quiz file', () => {
      assertProblem(problemsOf(withChecks([checkEins!])), 'quizzes/konzert.yaml', 'checks', /Die Szene „Zwei“ hat keinen Check/);
    });

    test('a second check for the same scene is reported', () => {
      const again = { ...checkEins!, questions: [{ ...checkEins!.questions[0]!, id: 'check-nochmal' }] };
      assertProblem(problemsOf(withChecks([checkEins!, checkZwei!, again])), 'quizzes/konzert.yaml', 'checks[2].scene', /„Eins“ hat schon einen Check \(checks\[0\]\)/);
    });

    test('a check naming no scene of the lesson is reported with the scene titles', () => {
      const problems = problemsOf(withChecks([checkEins!, { ...checkZwei!, scene: 'Drei' }]));
      assertProblem(problems, 'quizzes/konzert.yaml', 'checks[1].scene', /keine Szene „Drei“\. Ihre Szenen heißen: „Eins“, „Zwei“\./);
    });

    test('two scenes with the same title are reported in the lesson file', () => {
      const body = lessonBody.replace('<Szene titel="Zwei">', '<Szene titel="Eins">');
      const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': lessonFile(lessonMeta, body), 'quizzes/konzert.yaml': stringify(quizWithChecks([checkEins!])) }));
      assertProblem(problems, 'lessons/konzert.mdx', '<Szene titel="Eins">', /„Eins“ gibt es zweimal/);
    });

    test('a check naming a goal of another lesson is reported', () => {
      const problems = problemsOf(
        courseWith({
          'lessons/zweite.mdx': lessonFile(anotherLesson('zweite', { order: 2 }).meta),
          'quizzes/zweite.yaml': stringify(anotherLesson('zweite').quiz),
          'guides/zweite.yaml': stringify({ ...guide, lesson: 'zweite' }),
          'quizzes/konzert.yaml': stringify(quizWithChecks([{ ...checkEins!, questions: [{ ...checkEins!.questions[0]!, goals: ['zweite-reden'] }] }, checkZwei!])),
        }),
      );
      assertProblem(problems, 'quizzes/konzert.yaml', 'checks[0].questions[0].goals[0]', /gehört zur Lektion "zweite"/);
    });

    test('a check naming an unknown goal is reported', () => {
      assertProblem(problemsOf(withQuestion({ goals: ['erfunden'] })), 'quizzes/konzert.yaml', 'checks[0].questions[0].goals[0]', /Unbekanntes Lernziel "erfunden"/);
    });

    test('a check citing an unknown source is reported', () => {
      assertProblem(problemsOf(withQuestion({ sources: ['erfunden'] })), 'quizzes/konzert.yaml', 'checks[0].questions[0].sources[0]', /Unbekannte Quelle "erfunden"/);
    });

    test('a figure anywhere in a check (prompt, option, feedback, explanation) needs a source', () => {
      assertProblem(problemsOf(withQuestion({ prompt: 'Im Rauch sind über 5.300 Stoffe.' })), 'quizzes/konzert.yaml', 'checks[0].questions[0].sources', /nennt eine Zahl \(„5\.300“\)/);
      assertProblem(problemsOf(withQuestion({ explanation: 'Rund 90 davon.' })), 'quizzes/konzert.yaml', 'checks[0].questions[0].sources', /„90“/);
      const options = (feedback: string) => [
        { id: 'a', text: 'Eine Antwort', correct: true, feedback },
        { id: 'b', text: '3 bis 5 von 100' },
      ];
      const single = { type: 'single-choice', answer: undefined, options: options('Gut.') };
      assertProblem(problemsOf(withQuestion(single)), 'quizzes/konzert.yaml', 'checks[0].questions[0].sources', /„3“/);
    });

    test('a check with a figure and its source, or naming only a scene number, passes', () => {
      assert.ok(validateCourse(withQuestion({ prompt: 'Im Rauch sind über 5.300 Stoffe.', sources: ['dkfz-gifte'] })).ok);
      assert.ok(validateCourse(withQuestion({ prompt: 'Was passiert in Szene 2?' })).ok);
    });
  });

  test('a minimal course (lesson, its quiz, sources, glossary) passes', () => {
    const result = validateCourse(courseWith({}));
    assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
    assert.deepEqual(result.course.lessons.map((l) => l.slug), ['konzert']);
    assert.equal(result.course.lessons[0]!.title, 'Das Konzert');
    assert.deepEqual([...result.course.quizzes.keys()], ['konzert']);
    assert.deepEqual([...result.course.sources.keys()], ['dkfz-gifte']);
    assert.deepEqual([...result.course.glossary.keys()], ['nikotin']);
  });

  test('lessons are sorted by their order, not by file name', () => {
    const result = validateCourse(
      courseWith({
        'lessons/anfang.mdx': lessonFile(anotherLesson('anfang', { title: 'Anfang', order: 2 }).meta),
        'quizzes/anfang.yaml': stringify(anotherLesson('anfang').quiz),
        'guides/anfang.yaml': stringify({ ...guide, lesson: 'anfang' }),
      }),
    );
    assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
    assert.deepEqual(result.course.lessons.map((l) => l.slug), ['konzert', 'anfang']);
  });

  test('a YAML syntax error is reported with its line', () => {
    const problems = problemsOf(courseWith({ 'content/quellen.yaml': '- id: dkfz-gifte\n  authority: DKFZ\n  title: Gifte: im Tabakrauch\n  year: null\n' }));
    assertProblem(problems, 'content/quellen.yaml', '', /YAML kann nicht gelesen werden \(Zeile 3, Spalte 10\)/);
  });

  test('a YAML syntax error in a quiz is reported with its line', () => {
    const problems = problemsOf(courseWith({ 'quizzes/konzert.yaml': 'id: konzert\nlesson: konzert\ntitle: [Quiz\n' }));
    assertProblem(problems, 'quizzes/konzert.yaml', '', /Zeile \d+, Spalte \d+/);
  });

  test('a YAML syntax error in the frontmatter is reported with its line in the lesson file', () => {
    // The frontmatter's line 2 is the file's line 3, after the opening "---".
    const text = '---\ntitle: Das Konzert\ngoal: Ein: Ziel\norder: 1\n---\n\nText\n';
    const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': text }));
    assertProblem(problems, 'lessons/konzert.mdx', 'frontmatter', /Zeile 3, Spalte 7/);
  });

  test('a duplicate YAML key is reported', () => {
    const problems = problemsOf(courseWith({ 'quizzes/konzert.yaml': `${stringify(quiz)}title: Noch ein Titel\n` }));
    assertProblem(problems, 'quizzes/konzert.yaml', '', /YAML kann nicht gelesen werden/);
  });

  test('a lesson without frontmatter is reported', () => {
    const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': lessonBody }));
    assertProblem(problems, 'lessons/konzert.mdx', 'frontmatter', /Frontmatter/);
  });

  test('a bad frontmatter field is reported with its path', () => {
    const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': lessonFile({ ...lessonMeta, goals: [{ id: 'konzert-eins', text: 'Nur eins.' }] }) }));
    assertProblem(problems, 'lessons/konzert.mdx', 'frontmatter.goals', /Mindestens zwei Lernziele/);
  });

  test('an unknown frontmatter field is reported', () => {
    const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': lessonFile({ ...lessonMeta, dauer: 45 }) }));
    assert.ok(problems.some((p) => p.file === 'lessons/konzert.mdx' && p.path.startsWith('frontmatter') && /dauer/.test(p.message)));
  });

  test('a missing sources file is reported', () => {
    const files = courseWith({}).filter((f) => f.path !== 'content/quellen.yaml');
    assertProblem(problemsOf(files), 'content/quellen.yaml', '', /fehlt/);
  });

  test('a lesson naming a quiz that does not exist is reported', () => {
    const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': lessonFile({ ...lessonMeta, quiz: 'gibt-es-nicht' }) }));
    assertProblem(problems, 'lessons/konzert.mdx', 'frontmatter.quiz', /"gibt-es-nicht" gibt es nicht/);
  });

  test('a quiz whose lesson does not exist is reported', () => {
    const problems = problemsOf(courseWith({ 'quizzes/verwaist.yaml': stringify({ ...quiz, id: 'verwaist', lesson: 'verwaist' }) }));
    assertProblem(problems, 'quizzes/verwaist.yaml', 'lesson', /"verwaist" gibt es nicht/);
  });

  test('a quiz whose id does not match its file name is reported', () => {
    const problems = problemsOf(courseWith({ 'quizzes/konzert.yaml': stringify({ ...quiz, id: 'konzert-quiz' }) }));
    assertProblem(problems, 'quizzes/konzert.yaml', 'id', /"konzert-quiz" muss dem Dateinamen entsprechen/);
  });

  test('two lessons with the same order are reported', () => {
    const problems = problemsOf(
      courseWith({
        'lessons/zweite.mdx': lessonFile(anotherLesson('zweite').meta),
        'quizzes/zweite.yaml': stringify(anotherLesson('zweite').quiz),
      }),
    );
    assertProblem(problems, 'lessons/zweite.mdx', 'frontmatter.order', /Position 1 hat schon lessons\/konzert\.mdx/);
  });

  test('an invalid quiz is reported with the path inside the quiz', () => {
    const broken = { ...quiz, questions: [{ ...quiz.questions[0], answer: 'nein' }] };
    const problems = problemsOf(courseWith({ 'quizzes/konzert.yaml': stringify(broken) }));
    assertProblem(problems, 'quizzes/konzert.yaml', 'questions[0].answer', /./);
  });

  test('an unknown source in a question is reported', () => {
    const unknown = { ...quiz, questions: [{ ...quiz.questions[0], sources: ['erfunden'] }] };
    const problems = problemsOf(courseWith({ 'quizzes/konzert.yaml': stringify(unknown) }));
    assertProblem(problems, 'quizzes/konzert.yaml', 'questions[0].sources[0]', /Unbekannte Quelle "erfunden"/);
  });

  test('an explanation stating a number without sources is reported', () => {
    const unsourced = { ...quiz, questions: quiz.questions.map((q, i) => (i === 1 ? { ...q, explanation: 'Es sind rund 90 Stoffe.', sources: [] } : q)) };
    const problems = problemsOf(courseWith({ 'quizzes/konzert.yaml': stringify(unsourced) }));
    assertProblem(problems, 'quizzes/konzert.yaml', 'questions[1].sources', /nennt eine Zahl \(„90“\), aber keine Quelle/);
  });

  test('an explanation naming only a lesson number or a year needs no source', () => {
    const explanation = 'Mehr dazu in Lektion 5. Das steht so im Bericht von 2006.';
    const course = { ...quiz, questions: quiz.questions.map((q, i) => (i === 1 ? { ...q, explanation, sources: [] } : q)) };
    const result = validateCourse(courseWith({ 'quizzes/konzert.yaml': stringify(course) }));
    assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
  });

  test('a fact box stating a figure with an unknown or empty source is reported', () => {
    const body = lessonBody.replace('<Fakt quelle="dkfz-gifte">Tabakrauch', '<Fakt quelle="">Tabakrauch');
    const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': lessonFile(lessonMeta, body) }));
    assertProblem(problems, 'lessons/konzert.mdx', '<Fakt quelle="">', /Unbekannte Quelle ""/);
  });

  test('an unknown source in <Fakt quelle> is reported', () => {
    const body = '<Fakt quelle="erfunden">Eine Zahl.</Fakt>\n';
    const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': lessonFile(lessonMeta, body) }));
    assertProblem(problems, 'lessons/konzert.mdx', '<Fakt quelle="erfunden">', /Unbekannte Quelle "erfunden"/);
  });

  test('a <Fakt> without quelle is reported', () => {
    const body = `${lessonBody}\n<Fakt>Eine Zahl ohne Quelle.</Fakt>\n`;
    const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': lessonFile(lessonMeta, body) }));
    assertProblem(problems, 'lessons/konzert.mdx', '<Fakt>', /braucht eine Quelle/);
  });

  test('a scene marked sensibel without a hinweis is reported', () => {
    const body = lessonBody.replace('<Szene titel="Zwei">', '<Szene titel="Zwei" sensibel>');
    const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': lessonFile(lessonMeta, body) }));
    assertProblem(problems, 'lessons/konzert.mdx', '<Szene titel="Zwei">', /"sensibel" braucht einen Inhaltshinweis/);
  });

  test('a scene marked sensibel with an empty hinweis is reported', () => {
    const body = lessonBody.replace('<Szene titel="Zwei">', '<Szene titel="Zwei" sensibel hinweis=" ">');
    assertProblem(problemsOf(courseWith({ 'lessons/konzert.mdx': lessonFile(lessonMeta, body) })), 'lessons/konzert.mdx', '<Szene titel="Zwei">', /Inhaltshinweis/);
  });

  test('a scene marked sensibel with a hinweis passes', () => {
    const body = lessonBody.replace('<Szene titel="Zwei">', '<Szene titel="Zwei" sensibel hinweis="In dieser Szene streiten Eltern.">');
    const result = validateCourse(courseWith({ 'lessons/konzert.mdx': lessonFile(lessonMeta, body) }));
    assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
  });

  test('an unknown <Begriff id> is reported', () => {
    const body = `${lessonBody}\n<Begriff id="teer">Teer</Begriff>\n`;
    const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': lessonFile(lessonMeta, body) }));
    assertProblem(problems, 'lessons/konzert.mdx', '<Begriff id="teer">', /Unbekannter Begriff "teer"/);
  });

  test('a link to a lesson that does not exist is reported', () => {
    const body = `${lessonBody}\nWeiter mit [der nächsten Lektion](/lektionen/unbekannt).\n`;
    const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': lessonFile(lessonMeta, body) }));
    assertProblem(problems, 'lessons/konzert.mdx', '/lektionen/unbekannt', /"unbekannt"/);
  });

  test('a link to an existing lesson\'s quiz page passes', () => {
    const body = `${lessonBody}\nZum [Quiz](/lektionen/konzert/quiz).\n`;
    assert.ok(validateCourse(courseWith({ 'lessons/konzert.mdx': lessonFile(lessonMeta, body) })).ok);
  });

  test('a duplicate source id is reported', () => {
    const problems = problemsOf(courseWith({ 'content/quellen.yaml': stringify([...sources, { ...sources[0], title: 'Noch einmal' }]) }));
    assertProblem(problems, 'content/quellen.yaml', '[1].id', /"dkfz-gifte" kommt doppelt vor/);
  });

  test('a duplicate glossary id is reported', () => {
    const problems = problemsOf(courseWith({ 'content/glossar/test.yaml': stringify([...glossary, ...glossary]) }));
    assertProblem(problems, 'content/glossar/test.yaml', '[1].id', /doppelt/);
  });

  test('a source url that is not https is reported', () => {
    const problems = problemsOf(courseWith({ 'content/quellen.yaml': stringify([{ ...sources[0], url: 'http://www.dkfz.de/' }]) }));
    assertProblem(problems, 'content/quellen.yaml', '[0].url', /./);
  });

  test('every problem is collected, not only the first', () => {
    const body = '<Fakt quelle="erfunden">x</Fakt>\n<Begriff id="teer">Teer</Begriff>\n';
    const problems = problemsOf(
      courseWith({
        'lessons/konzert.mdx': lessonFile(lessonMeta, body),
        'content/glossar/test.yaml': 'nicht: [geschlossen\n',
      }),
    );
    assert.ok(problems.some((p) => p.file === 'content/glossar/test.yaml'));
    assert.ok(problems.some((p) => p.path === '<Fakt quelle="erfunden">'));
  });

  test('the course in this repository is valid', (t) => {
    const root = process.cwd();
    if (!existsSync(join(root, 'lessons/konzert.mdx'))) {
      t.skip('lessons/konzert.mdx is not written yet');
      return;
    }
    const result = validateCourse(readContentFiles(root));
    assert.ok(result.ok, result.ok ? '' : `\n${result.problems.map(formatProblem).join('\n')}`);
    assert.ok(result.course.lessons.some((l) => l.slug === 'konzert'));
  });
});
