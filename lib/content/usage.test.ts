import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { anotherLesson, courseWith, entryQuiz, finalQuiz, glossary, lessonBody, lessonFile, lessonMeta, sources, guide } from './test-course';
import { glossaryUsage, sourceUsage, type QuestionRef } from './usage';
import { validateCourse } from './validate';
import { formatProblem } from './problems';
import type { Course } from './types';

/**
 * Two lessons (konzert is lesson 1, balkon lesson 2, but balkon's files come first, as
 * readContentFiles sorts them), their quizzes, an entry check and a final test.
 *
 * konzert: three facts from dkfz-gifte, the terms nikotin (three times) and passivrauch.
 * balkon: facts from who-passiv (twice) and dkfz-gifte, the term nikotin.
 * Questions citing sources: konzert 1 (dkfz-gifte), balkon 3 (who-passiv), einstieg 2 (who-passiv),
 * abschluss 2 (dkfz-gifte); the final test also draws every entry question and konzert's frage-1.
 */
const konzertBody = `${lessonBody}\nNoch einmal <Begriff id="nikotin">Nikotin</Begriff> und <Begriff id='nikotin'>Nikotin</Begriff>, dazu <Begriff id="passivrauch">Passivrauch</Begriff>.\n`;
const balkonBody = lessonBody
  .replace('<Fakt quelle="dkfz-gifte">Tabakrauch', '<Fakt quelle="who-passiv">Tabakrauch')
  .replace('<Fakt quelle="dkfz-gifte">Viele', '<Fakt quelle="who-passiv">Viele');

/** The questions with only the one at `index` citing `source`. */
function citing(questions: Record<string, unknown>[], index: number, source: string) {
  return questions.map((q, i) => ({ ...q, sources: i === index ? [source] : [] }));
}

const balkonLesson = anotherLesson('balkon', { title: 'Auf dem Balkon', order: 2 });
const files = courseWith({
  'lessons/balkon.mdx': lessonFile(balkonLesson.meta, balkonBody),
  'guides/balkon.yaml': stringify({ ...guide, lesson: 'balkon' }),
  'lessons/konzert.mdx': lessonFile(lessonMeta, konzertBody),
  'quizzes/balkon.yaml': stringify({ ...balkonLesson.quiz, title: 'Quiz zum Balkon', questions: citing(balkonLesson.quiz.questions, 2, 'who-passiv') }),
  'quizzes/einstieg.yaml': stringify({ ...entryQuiz(), questions: citing(entryQuiz().questions, 1, 'who-passiv') }),
  'quizzes/abschluss.yaml': stringify({
    ...finalQuiz(),
    // The final test checks a goal of every lesson: konzert's through its own questions, balkon's through f-1.
    questions: citing(finalQuiz().questions, 1, 'dkfz-gifte').map((q, i) => (i === 0 ? { ...q, goals: ['balkon-reden'] } : q)),
    draw: [{ quiz: 'einstieg' }, { quiz: 'konzert', questions: ['frage-1'] }],
  }),
  'content/quellen.yaml': stringify([
    ...sources,
    { id: 'who-passiv', authority: 'WHO', title: 'Passivrauchen', year: 2023 },
    { id: 'bzga-reden', authority: 'BZgA', title: 'Reden hilft', year: null },
  ]),
  'content/glossar/test.yaml': stringify([
    ...glossary,
    { id: 'passivrauch', term: 'Passivrauch', definition: 'Rauch, den andere einatmen.' },
    { id: 'teer', term: 'Teer', definition: 'Klebt in der Lunge.' },
  ]),
}).sort((a, b) => a.path.localeCompare(b.path));

function buildCourse(): Course {
  const result = validateCourse(files);
  assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
  return result.course;
}

const course = buildCourse();
const konzert = { slug: 'konzert', title: 'Das Konzert', order: 1 };
const balkon = { slug: 'balkon', title: 'Auf dem Balkon', order: 2 };

/** Question references in a fixed order, so the test does not depend on the order quizzes were read. */
function sorted(questions: QuestionRef[]): QuestionRef[] {
  return [...questions].sort((a, b) => a.quizId.localeCompare(b.quizId) || a.number - b.number);
}

describe('glossaryUsage', () => {
  test('lists the lessons that mark a term, in course order', () => {
    assert.deepEqual(glossaryUsage(course).get('nikotin'), [konzert, balkon]);
  });

  test('lists a lesson once, however often it marks the term', () => {
    // konzert marks nikotin three times.
    assert.equal(glossaryUsage(course).get('nikotin')!.filter((lesson) => lesson.slug === 'konzert').length, 1);
  });

  test('a term marked in one lesson lists only that lesson', () => {
    assert.deepEqual(glossaryUsage(course).get('passivrauch'), [konzert]);
  });

  test('a term no lesson marks is not listed', () => {
    assert.equal(glossaryUsage(course).has('teer'), false);
    assert.deepEqual([...glossaryUsage(course).keys()].sort(), ['nikotin', 'passivrauch']);
  });
});

describe('sourceUsage', () => {
  test('lists the lessons whose fact boxes cite a source, each once, in course order', () => {
    assert.deepEqual(sourceUsage(course).get('dkfz-gifte')!.lessons, [konzert, balkon]);
    assert.deepEqual(sourceUsage(course).get('who-passiv')!.lessons, [balkon]);
  });

  test('lists a lesson quiz\'s question with its 1-based number and the quiz page', () => {
    assert.deepEqual(sourceUsage(course).get('who-passiv')!.questions.find((q) => q.quizId === 'balkon'), {
      quizId: 'balkon',
      quizTitle: 'Quiz zum Balkon',
      number: 3,
      href: '/lektionen/balkon/quiz',
    });
  });

  test('a question of the entry check links to /einstieg', () => {
    assert.deepEqual(sourceUsage(course).get('who-passiv')!.questions.find((q) => q.quizId === 'einstieg'), {
      quizId: 'einstieg',
      quizTitle: 'Was weißt du schon?',
      number: 2,
      href: '/einstieg',
    });
  });

  test('a question of the final test links to /abschluss', () => {
    assert.deepEqual(sourceUsage(course).get('dkfz-gifte')!.questions.find((q) => q.quizId === 'abschluss'), {
      quizId: 'abschluss',
      quizTitle: 'Abschlusstest',
      number: 2,
      href: '/abschluss',
    });
  });

  test('a drawn question is listed only where it was written', () => {
    const usage = sourceUsage(course);
    assert.deepEqual(sorted(usage.get('dkfz-gifte')!.questions), [
      { quizId: 'abschluss', quizTitle: 'Abschlusstest', number: 2, href: '/abschluss' },
      { quizId: 'konzert', quizTitle: 'Quiz zum Konzert', number: 1, href: '/lektionen/konzert/quiz' },
    ]);
    assert.deepEqual(
      sorted(usage.get('who-passiv')!.questions).map((q) => q.quizId),
      ['balkon', 'einstieg'],
    );
  });

  test('the drawn questions really do carry the source (so skipping them matters)', () => {
    const final = course.quizzes.get('abschluss')!;
    assert.ok(final.questions.some((q) => q.id === 'konzert--frage-1' && q.sources.includes('dkfz-gifte')));
    assert.ok(final.questions.some((q) => q.id === 'einstieg--e-2' && q.sources.includes('who-passiv')));
  });

  test('only cited sources appear', () => {
    assert.deepEqual([...sourceUsage(course).keys()].sort(), ['dkfz-gifte', 'who-passiv']);
  });
});
