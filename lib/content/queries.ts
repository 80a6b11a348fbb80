import 'server-only';
import type { EntryComparison } from '../progress/comparison';
import type { Quiz } from '../quiz/schema';
import type { Lesson, LessonRef } from './types';
import { lessonSlides } from '../teacher/slides';
import { blocksOf } from './lesson-model';
import { sourceLabel, sourceRefsFor } from './citation';
import { courseQuiz, courseScoringKey, getCourse, getParentLetters, goalCoverage, lessonBySlug, lessonScenes, letterTranslation, quizNextStep } from './load';
import { glossaryUsage, sourceUsage } from './usage';

/**
 * The one door from routes and components to the course: a named query per page (or per MDX component),
 * returning what that page shows and nothing it would have to look up itself. Pages never walk the course.
 * An unknown slug yields undefined; the route turns that into its 404. Server only: the `server-only`
 * marker makes importing this from a client component a build error (Next resolves it itself, and its
 * types declare it, so no package is needed).
 */


const lessonRef = ({ slug, title, order }: Lesson): LessonRef => ({ slug, title, order });

/** The sources a quiz's questions cite, formatted for the browser. */
const quizSources = (quiz: Pick<Quiz, 'questions'>) => sourceRefsFor(getCourse().sources, quiz.questions);

// Static params.

/** Every lesson's slug: /lektionen/<slug> and its quiz. */
export function lessonParams() {
  return getCourse().lessons.map(({ slug }) => ({ slug }));
}

/** Every /lehrkraefte/<slug>/… page: the lessons that have a guide. */
export function teacherParams() {
  const course = getCourse();
  return course.lessons.filter((lesson) => course.guides.has(lesson.slug)).map(({ slug }) => ({ slug }));
}

/** Every translation of the parents' letter: /lehrkraefte/elternbrief/<lang>. */
export async function parentLetterParams() {
  return (await getParentLetters()).translations.map((letter) => ({ lang: letter.code }));
}

// The pupil's pages.

/** The course page: the lessons, and the entry check and final test around them. */
export function courseOverview() {
  const entry = courseQuiz('entry');
  const final = courseQuiz('final');
  return {
    lessons: getCourse().lessons.map((lesson) => ({ ...lessonRef(lesson), goal: lesson.goal, durationMinutes: lesson.durationMinutes })),
    entry: entry && { id: entry.id, title: entry.title, questionCount: entry.questions.length },
    final: final && { id: final.id, title: final.title, questionCount: final.questions.length, passPercent: final.passPercent },
  };
}

/** A lesson's page: the lesson, its neighbours, and its scenes in order, each with its check and the sources the check cites. */
export function lessonPage(slug: string) {
  const found = lessonBySlug(slug);
  if (!found) return undefined;
  return {
    lesson: found.lesson,
    previous: found.previous && lessonRef(found.previous),
    next: found.next && lessonRef(found.next),
    scenes: lessonScenes(slug).map(({ title, check }) => ({ title, check: check && { questions: check.questions, sources: quizSources(check) } })),
  };
}

/** A lesson's quiz page. */
export function lessonQuizPage(slug: string) {
  const found = lessonBySlug(slug);
  if (!found) return undefined;
  return { lesson: lessonRef(found.lesson), quiz: found.quiz, sources: quizSources(found.quiz), next: quizNextStep(found.quiz) };
}

/** The entry check ("Was weißt du schon?"), if the course has one. */
export function entryCheckPage() {
  const quiz = courseQuiz('entry');
  return quiz && { quiz, sources: quizSources(quiz), next: quizNextStep(quiz) };
}

/** The final test, if the course has one, with the entry questions it compares against. */
export function finalTestPage() {
  const quiz = courseQuiz('final');
  const entry = courseQuiz('entry');
  const comparison: EntryComparison | undefined = entry && { entryQuizId: entry.id, entryQuestionIds: entry.questions.map((q) => q.id) };
  return quiz && { quiz, sources: quizSources(quiz), comparison };
}

/** The certificate: which test it is for, and the lessons it lists. */
export function certificatePage() {
  const quiz = courseQuiz('final');
  return quiz && { finalQuizId: quiz.id, passPercent: quiz.passPercent, lessons: getCourse().lessons.map(({ title, order }) => ({ title, order })) };
}

/** "Mein Fortschritt": the lessons, the entry check and final test by id and title, and what the chart compares. */
export function progressPage() {
  const testRef = (quiz: Quiz | undefined) => quiz && { id: quiz.id, title: quiz.title };
  const course = getCourse();
  return {
    lessons: course.lessons.map(lessonRef),
    chartLessons: course.lessons.map((lesson) => ({ ...lessonRef(lesson), passPercent: course.quizzes.get(lesson.quiz)?.passPercent ?? 0 })),
    entry: testRef(courseQuiz('entry')),
    final: testRef(courseQuiz('final')),
    comparison: finalTestPage()?.comparison,
  };
}

/** The glossary, A to Z, each term with the lessons that use it. */
export function glossaryPage() {
  const course = getCourse();
  const usage = glossaryUsage(course);
  return [...course.glossary.values()]
    .sort((a, b) => a.term.localeCompare(b.term, 'de', { sensitivity: 'base' }))
    .map((entry) => ({ entry, lessons: usage.get(entry.id) ?? [] }));
}

/** The sources the course cites, by label, each with the lessons and questions that cite it; uncited ones are left out. */
export function sourcesPage() {
  const course = getCourse();
  const usage = sourceUsage(course);
  return [...course.sources.values()]
    .filter((source) => usage.has(source.id))
    .sort((a, b) => sourceLabel(a).localeCompare(sourceLabel(b), 'de'))
    .map((source) => ({ source, ...usage.get(source.id)! }));
}

/** What the browser scores against (see courseScoringKey), for the layout to hand over. */
export const scoringKey = courseScoringKey;

// What lesson MDX components look up.

/** The source a fact box cites, or undefined for an unknown id. */
export const factSource = (id: string) => getCourse().sources.get(id);

/** A glossary entry by id, or undefined for an unknown one. */
export const glossaryEntry = (id: string) => getCourse().glossary.get(id);

// The teachers' pages.

/** The teachers' overview: every lesson with its goals and length, and the parents' letter's languages. */
export async function teacherOverview() {
  const { translations } = await getParentLetters();
  return {
    lessons: getCourse().lessons.map((lesson) => ({ ...lessonRef(lesson), goals: lesson.goals, durationMinutes: lesson.durationMinutes })),
    letterLanguages: translations.map(({ code, languageDe }) => ({ code, languageDe })),
  };
}

/** The lesson, its quiz and its guide, for any page of a lesson's teacher material; undefined without a guide. */
export function teacherPage(slug: string) {
  const found = lessonBySlug(slug);
  if (!found?.guide) return undefined;
  return { lesson: found.lesson, quiz: found.quiz, guide: found.guide };
}

/** The guide: the teacher page, which question checks which goal, and the lesson's facts with their sources. */
export function guidePage(slug: string) {
  const page = teacherPage(slug);
  if (!page) return undefined;
  const { sources } = getCourse();
  const facts = blocksOf(page.lesson.model, 'Fakt').map((fact) => ({
    title: fact.attributes.titel ?? 'Fakt',
    text: fact.text,
    source: sources.get(fact.attributes.quelle ?? '')!,
  }));
  return { ...page, goals: goalCoverage(slug), facts };
}

/** The presentation: the teacher page, its slides, and the label of each source a fact slide cites. */
export function presentationPage(slug: string) {
  const page = teacherPage(slug);
  if (!page) return undefined;
  const { sources } = getCourse();
  const slides = lessonSlides(page.lesson.model);
  const sourceLabels = new Map(slides.flatMap((spec) => (spec.kind === 'fact' ? [[spec.sourceId, sourceLabel(sources.get(spec.sourceId)!)] as const] : [])));
  return { ...page, slides, sourceLabels };
}

/** The class quiz: the teacher page, and the sources its questions cite. */
export function classQuizPage(slug: string) {
  const page = teacherPage(slug);
  return page && { ...page, sources: quizSources(page.quiz) };
}

/** The German parents' letter and the languages it is translated into. */
export async function parentLetterPage() {
  return getParentLetters();
}

/** One translation of the parents' letter, or undefined for a language without one. */
export const translatedLetterPage = letterTranslation;
