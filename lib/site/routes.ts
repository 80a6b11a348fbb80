/**
 * Every address of the course, in one place. Paths as links use them: without the base path (Next's <Link>
 * and router add it) and without the trailing slash (`trailingSlash: true` adds it). The static export
 * writes each to `<path>/index.html`; e2e tests and printed QR codes rely on them, so they never change
 * by accident.
 */

const lesson = (slug: string) => `/lektionen/${slug}`;
const guide = (slug: string) => `/lehrkraefte/${slug}`;
const classQuiz = (slug: string) => `${guide(slug)}/klassenquiz`;
const worksheet = (slug: string) => `${guide(slug)}/arbeitsblatt`;
const parentLetters = '/lehrkraefte/elternbrief';

export const routes = {
  home: '/',
  /** The profile switcher on the course page. */
  profiles: '/#wer-lernt-gerade',
  lesson,
  lessonQuiz: (slug: string) => `${lesson(slug)}/quiz`,
  entryCheck: '/einstieg',
  finalTest: '/abschluss',
  certificate: '/abschluss/bestaetigung',
  progress: '/fortschritt',
  glossary: '/glossar',
  sources: '/quellen',
  help: '/hilfe',
  privacy: '/datenschutz',
  teacher: {
    overview: '/lehrkraefte',
    guide,
    lessonPlan: (slug: string) => `${guide(slug)}/stundenverlauf`,
    slides: (slug: string) => `${guide(slug)}/praesentation`,
    classQuiz,
    answerCards: (slug: string) => `${classQuiz(slug)}/karten`,
    worksheet,
    easierWorksheet: (slug: string) => `${worksheet(slug)}/leicht`,
    answerKey: (slug: string) => `${worksheet(slug)}/loesungen`,
    handout: (slug: string) => `${guide(slug)}/handout`,
    /** The German parents' letter, or one of its translations by language code. */
    parentLetter: (code?: string) => (code ? `${parentLetters}/${code}` : parentLetters),
  },
} as const;

/** Where a quiz is taken: the entry check and the final test have pages of their own, a lesson's quiz sits under the lesson. */
export function quizRoute(quiz: { kind: 'lesson' | 'entry' | 'final'; lesson?: string }): string {
  if (quiz.kind === 'entry') return routes.entryCheck;
  if (quiz.kind === 'final') return routes.finalTest;
  return routes.lessonQuiz(quiz.lesson!);
}

/** A lesson's teacher material, in the order the overview and the guide list it. */
export const teacherLinks = (slug: string) => [
  { href: routes.teacher.guide(slug), label: 'Leitfaden' },
  { href: routes.teacher.lessonPlan(slug), label: 'Stundenverlauf (1 Seite)' },
  { href: routes.teacher.slides(slug), label: 'Präsentation' },
  { href: routes.teacher.classQuiz(slug), label: 'Klassenquiz' },
  { href: routes.teacher.worksheet(slug), label: 'Arbeitsblatt' },
  { href: routes.teacher.easierWorksheet(slug), label: 'Arbeitsblatt mit Satzanfängen' },
  { href: routes.teacher.answerKey(slug), label: 'Lösungen zum Arbeitsblatt' },
  { href: routes.teacher.handout(slug), label: 'QR-Handout' },
];
