import { stringify } from 'yaml';
import { parseLesson } from './lesson-model';
import { formatProblem } from './problems';
import type { ContentFile, LessonModel } from './types';

/**
 * Content files of a tiny valid course, for unit tests only: one lesson, its quiz, sources and
 * glossary. `courseWith` replaces or adds files; the builders below make entry checks and final tests.
 */

export const lessonMeta = {
  title: 'Das Konzert',
  order: 1,
  durationMinutes: 45,
  goal: 'Du begleitest Steffen zu seinem Konzert.',
  goals: [
    { id: 'konzert-passivrauch', text: 'Du kannst erklären, was Passivrauch ist.' },
    { id: 'konzert-reden', text: 'Du kannst sagen, mit wem du reden kannst.' },
  ],
  quiz: 'konzert',
};

export const lessonBody = [
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

export const quiz = {
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
      goals: ['konzert-passivrauch'],
    },
    ...[2, 3, 4, 5].map((n) => ({ id: `frage-${n}`, type: 'true-false', prompt: `Aussage ${n}.`, explanation: 'Erklärung.', answer: true, goals: ['konzert-passivrauch'] })),
    {
      id: 'frage-6',
      type: 'single-choice',
      prompt: 'Wie viele?',
      explanation: 'So viele.',
      goals: ['konzert-reden'],
      options: [
        { id: 'a', text: 'Viele', correct: true },
        { id: 'b', text: 'Keine' },
      ],
    },
    { id: 'frage-7', type: 'estimate', prompt: 'Schätze.', explanation: 'So.', answer: 5300, tolerance: 500, goals: ['konzert-passivrauch'] },
    { id: 'frage-8', type: 'short-text', prompt: 'Welcher Stoff?', explanation: 'Nikotin.', accepted: ['Nikotin'], goals: ['konzert-passivrauch'] },
  ],
  checks: [
    {
      scene: 'Eins',
      questions: [{ id: 'check-eins', type: 'true-false', prompt: 'Steffen sagt Hallo.', explanation: 'Stimmt.', answer: true, goals: ['konzert-reden'] }],
    },
    {
      scene: 'Zwei',
      questions: [
        {
          id: 'check-zwei',
          type: 'single-choice',
          prompt: 'Wer antwortet?',
          explanation: 'Mama.',
          goals: ['konzert-reden'],
          options: [
            { id: 'mama', text: 'Mama', correct: true, feedback: 'Genau.' },
            { id: 'papa', text: 'Papa' },
          ],
        },
      ],
    },
  ],
};

/** The fixture quiz with other scene checks. */
export function quizWithChecks(checks: object[]) {
  return { ...quiz, checks };
}

export const sources = [{ id: 'dkfz-gifte', authority: 'DKFZ', title: 'Gifte im Tabakrauch', year: null, url: 'https://www.dkfz.de/' }];
export const glossary = [{ id: 'nikotin', term: 'Nikotin', definition: 'Ein Stoff, der süchtig macht.' }];

/** A further lesson's frontmatter and quiz, built from the fixture's: goal ids "<slug>-…" instead of "konzert-…". */
export function anotherLesson(slug: string, meta: object = {}) {
  const goalId = (id: string) => id.replace(/^konzert-/, `${slug}-`);
  return {
    meta: { ...lessonMeta, quiz: slug, goals: lessonMeta.goals.map((goal) => ({ ...goal, id: goalId(goal.id) })), ...meta },
    quiz: {
      ...quiz,
      id: slug,
      lesson: slug,
      questions: quiz.questions.map((question) => ({ ...question, goals: question.goals.map(goalId) })),
      checks: quiz.checks.map((check) => ({ ...check, questions: check.questions.map((question) => ({ ...question, goals: question.goals.map(goalId) })) })),
    },
  };
}

export function lessonFile(meta: object = lessonMeta, body = lessonBody): string {
  return `---\n${stringify(meta)}---\n\n${body}`;
}

/** The model of a lesson file with the fixture's frontmatter (or `meta`) and `body`; throws where it has problems. */
export function lessonModel(body: string, meta: object = lessonMeta): LessonModel {
  const parsed = parseLesson('lessons/konzert.mdx', lessonFile(meta, body));
  if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
  return parsed.model;
}

/** A teacher's guide for the fixture lesson: 45 minutes, worksheet quoting scene 1. */
export const guide = {
  lesson: 'konzert',
  overview: 'Steffen und das Konzert.',
  preparation: ['Beamer'],
  phases: [15, 20, 10].map((minutes, i) => ({ minutes, title: `Phase ${i + 1}`, teacher: 'erzählt', pupils: 'hören zu', method: 'Plenum' })),
  shortOfTime: ['Das Quiz als Hausaufgabe geben.'],
  discussion: [
    { question: 'Was hält Steffen auf?', hints: ['Geld, Sorgen'] },
    { question: 'Was hilft ihm?', hints: ['Mira, Frau Reuter'] },
  ],
  differentiation: { faster: ['Mehr lesen'], slower: ['Vorlesen'] },
  homework: 'Eine Nachricht an Steffen schreiben.',
  sensitive: ['Niemanden nach der eigenen Familie fragen.'],
  worksheet: {
    scene: 1,
    task: 'Lies die Szene.',
    questions: [1, 2, 3, 4].map((n) => ({ question: `Frage ${n}?`, answer: `Antwort ${n}.`, starters: [`Steffen …`] })),
  },
};

export function validCourse(): Record<string, string> {
  return {
    'lessons/konzert.mdx': lessonFile(),
    'guides/konzert.yaml': stringify(guide),
    'quizzes/konzert.yaml': stringify(quiz),
    'content/quellen.yaml': stringify(sources),
    'content/glossar/test.yaml': stringify(glossary),
  };
}

/** The valid course with some files replaced or added. */
export function courseWith(changes: Record<string, string>): ContentFile[] {
  return Object.entries({ ...validCourse(), ...changes }).map(([path, text]) => ({ path, text }));
}

/** `count` true-false questions with ids "<prefix>-1" … "<prefix>-<count>". */
export function trueFalseQuestions(prefix: string, count: number, extra: object = {}) {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i + 1}`,
    type: 'true-false',
    prompt: `Aussage ${prefix} ${i + 1}.`,
    explanation: 'Erklärung.',
    answer: i % 2 === 0,
    goals: ['konzert-passivrauch'],
    ...extra,
  }));
}

/** An entry check ("einstieg") with `count` questions e-1 … e-<count>. */
export function entryQuiz(count = 8, extra: object = {}) {
  return { id: 'einstieg', kind: 'entry', title: 'Was weißt du schon?', questions: trueFalseQuestions('e', count), ...extra };
}

/** A final test ("abschluss") that draws the whole entry check and adds `own` questions f-1 … f-<own>. */
export function finalQuiz(own = 7, extra: object = {}) {
  return { id: 'abschluss', kind: 'final', title: 'Abschlusstest', questions: trueFalseQuestions('f', own), draw: [{ quiz: 'einstieg' }], ...extra };
}
