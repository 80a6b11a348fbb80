import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { readContentFiles } from './load';
import { formatProblem, validateCourse, type ContentFile, type ContentProblem } from './validate';

/** Lesson frontmatter and body, quiz, sources and glossary of a tiny valid course. */
const lessonMeta = {
  title: 'Das Konzert',
  order: 1,
  durationMinutes: 45,
  goal: 'Du begleitest Steffen zu seinem Konzert.',
  goals: ['Du kannst erklären, was Passivrauch ist.', 'Du kannst sagen, mit wem du reden kannst.'],
  quiz: 'konzert',
};
const lessonBody = [
  'Steffen ist 14.',
  '',
  '<Szene titel="Eins">\n\n**Steffen:** „Hallo.“\n\n</Szene>',
  '',
  '<Szene titel="Zwei">\n\n**Mama:** „Hallo, Steffen.“\n\n</Szene>',
  '',
  '<Fakt quelle="dkfz-gifte">Tabakrauch enthält über 5.300 Substanzen.</Fakt>',
  '',
  '<Fakt quelle="dkfz-gifte">Viele davon sind giftig.</Fakt>',
  '',
  '<Fakt quelle="dkfz-gifte">Für die meisten Krebsstoffe gibt es keine ungefährliche Menge.</Fakt>',
  '',
  'Darin steckt <Begriff id="nikotin">Nikotin</Begriff>.',
  '',
  '[Zur Lektion](/lektionen/konzert)',
  '',
  '<Nachgedacht>Was gibt dir Kraft?</Nachgedacht>',
  '',
  '<ImGespraech>Was hilft Steffen?</ImGespraech>',
  '',
  '<Rueckblick>\n\n- Lüften reicht nicht.\n\n</Rueckblick>',
  '',
].join('\n');
const quiz = {
  id: 'konzert',
  lesson: 'konzert',
  title: 'Quiz zum Konzert',
  questions: [
    {
      id: 'frage-1',
      type: 'true-false',
      prompt: 'Lüften reicht.',
      explanation: 'Nein.',
      answer: false,
      sources: ['dkfz-gifte'],
    },
    ...[2, 3, 4, 5].map((n) => ({ id: `frage-${n}`, type: 'true-false', prompt: `Aussage ${n}.`, explanation: 'Erklärung.', answer: true })),
    {
      id: 'frage-6',
      type: 'single-choice',
      prompt: 'Wie viele?',
      explanation: 'So viele.',
      options: [
        { id: 'a', text: 'Viele', correct: true },
        { id: 'b', text: 'Keine' },
      ],
    },
    { id: 'frage-7', type: 'estimate', prompt: 'Schätze.', explanation: 'So.', answer: 5300, tolerance: 500 },
    { id: 'frage-8', type: 'short-text', prompt: 'Welcher Stoff?', explanation: 'Nikotin.', accepted: ['Nikotin'] },
  ],
};
const sources = [{ id: 'dkfz-gifte', authority: 'DKFZ', title: 'Gifte im Tabakrauch', year: null, url: 'https://www.dkfz.de/' }];
const glossary = [{ id: 'nikotin', term: 'Nikotin', definition: 'Ein Stoff, der süchtig macht.' }];

function lessonFile(meta: object = lessonMeta, body = lessonBody): string {
  return `---\n${stringify(meta)}---\n\n${body}`;
}

function validCourse(): Record<string, string> {
  return {
    'lessons/konzert.mdx': lessonFile(),
    'quizzes/konzert.yaml': stringify(quiz),
    'content/quellen.yaml': stringify(sources),
    'content/glossar/test.yaml': stringify(glossary),
  };
}

/** The valid course with some files replaced or added. */
function courseWith(changes: Record<string, string>): ContentFile[] {
  return Object.entries({ ...validCourse(), ...changes }).map(([path, text]) => ({ path, text }));
}

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
        'lessons/anfang.mdx': lessonFile({ ...lessonMeta, title: 'Anfang', order: 2, quiz: 'anfang' }),
        'quizzes/anfang.yaml': stringify({ ...quiz, id: 'anfang', lesson: 'anfang' }),
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
    const problems = problemsOf(courseWith({ 'lessons/konzert.mdx': lessonFile({ ...lessonMeta, goals: ['Nur eins.'] }) }));
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
        'lessons/zweite.mdx': lessonFile({ ...lessonMeta, quiz: 'zweite' }),
        'quizzes/zweite.yaml': stringify({ ...quiz, id: 'zweite', lesson: 'zweite' }),
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
