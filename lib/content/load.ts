import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { questionsByGoal, type NumberedQuestion } from './goals';
import type { LessonGoal } from './schema';
import type { Quiz, SceneCheck } from '../quiz/schema';
import { sceneTitles } from './scene-checks';
import { nextStepAfter, type NextStep } from '../quiz/next-step';
import { scoringKeyOf, type ScoringKey } from '../quiz/scoring-key';
import { GERMAN_LETTER_FILE, LETTER_TRANSLATIONS_DIR, validateLetters, type ParentLetters } from './letters';
import { GLOSSARY_DIR, SOURCES_FILE, validateCourse } from './validate';
import { formatProblem } from './problems';
import { GRAPHICS_DIR } from '../graphics/kinds';
import type { ContentFile, ContentProblem, Course } from './types';

/** Thrown at build time when content is broken: a developer or author error, not a learner's. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(`Der Kursinhalt ist fehlerhaft (${problems.length} Problem${problems.length === 1 ? '' : 'e'}):\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

function listFiles(root: string, dir: string, pattern: RegExp): string[] {
  try {
    return readdirSync(join(root, dir))
      .filter((name) => pattern.test(name))
      .sort()
      .map((name) => `${dir}/${name}`);
  } catch {
    return [];
  }
}

/** The paths of every content file, relative to the root. */
function contentPaths(root: string): string[] {
  return [
    ...listFiles(root, 'lessons', /\.mdx$/),
    ...listFiles(root, 'quizzes', /\.ya?ml$/),
    ...listFiles(root, 'guides', /\.ya?ml$/),
    ...listFiles(root, GLOSSARY_DIR, /\.ya?ml$/),
    ...listFiles(root, GRAPHICS_DIR, /\.ya?ml$/),
    ...[SOURCES_FILE].filter((path) => {
      try {
        readFileSync(join(root, path));
        return true;
      } catch {
        return false;
      }
    }),
  ];
}

export function readContentFiles(root: string): ContentFile[] {
  return contentPaths(root).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/** Which content files there are and when each last changed: any edit, new or removed file changes it. */
function contentStamp(root: string): string {
  return contentPaths(root)
    .map((path) => {
      const { mtimeMs, size } = statSync(join(root, path));
      return `${path}@${mtimeMs}:${size}`;
    })
    .join('\n');
}

let cached: { course: Course; stamp: string | undefined } | undefined;

/**
 * The validated course, read from the project root. Throws ContentError. A build reads it once; under
 * `next dev` it is read again whenever a lesson, quiz, guide, glossary or sources file changed, so an
 * edit shows on the next page load without restarting the server (the bundler does not watch these files).
 */
export function getCourse(root = process.cwd()): Course {
  const stamp = process.env.NODE_ENV === 'development' ? contentStamp(root) : undefined;
  if (cached && cached.stamp === stamp) return cached.course;
  const result = validateCourse(readContentFiles(root));
  if (!result.ok) throw new ContentError(result.problems);
  cached = { course: result.course, stamp };
  return cached.course;
}

/** The course's entry check or final test, if the content has one. */
export function courseQuiz(kind: 'entry' | 'final') {
  return [...getCourse().quizzes.values()].find((quiz) => quiz.kind === kind);
}

/** What the browser scores the learner's answers against: every quiz of the course, without its texts. */
export function courseScoringKey(): ScoringKey {
  return scoringKeyOf(getCourse().quizzes.values());
}

/** Where a quiz's main button leads once it is passed (or, for the entry check, done). */
export function quizNextStep(quiz: Quiz): NextStep | null {
  return nextStepAfter(quiz, getCourse().lessons, courseQuiz('final') !== undefined);
}

/** A lesson with its neighbours, quiz and teacher's guide, or undefined for an unknown slug. */
export function lessonBySlug(slug: string) {
  const course = getCourse();
  const index = course.lessons.findIndex((l) => l.slug === slug);
  if (index === -1) return undefined;
  const lesson = course.lessons[index]!;
  return {
    lesson,
    previous: course.lessons[index - 1],
    next: course.lessons[index + 1],
    quiz: course.quizzes.get(lesson.quiz)!,
    guide: course.guides.get(lesson.slug),
  };
}

/** A lesson's scenes in reading order, each with the check that follows it ("Kurz gecheckt"). */
export function lessonScenes(slug: string): { title: string; check: SceneCheck | undefined }[] {
  const found = lessonBySlug(slug);
  if (!found) return [];
  return sceneTitles(found.lesson.model).map((title) => ({ title, check: found.quiz.checks.find((c) => c.scene === title) }));
}

/** One row of the teacher's goal table: a lesson goal and the questions that check it. */
export interface GoalCoverage {
  goal: LessonGoal;
  /** In the lesson's own quiz, numbered as there. */
  lessonQuiz: NumberedQuestion[];
  /** In the final test, numbered as there; empty when the course has none. */
  finalTest: NumberedQuestion[];
}

/** Which quiz question checks which goal of a lesson, computed from the questions' `goals`. */
export function goalCoverage(slug: string): GoalCoverage[] {
  const found = lessonBySlug(slug);
  if (!found) return [];
  const final = courseQuiz('final');
  const inFinal = final ? questionsByGoal(found.lesson.goals, final) : [];
  return questionsByGoal(found.lesson.goals, found.quiz).map(({ goal, questions }, index) => ({
    goal,
    lessonQuiz: questions,
    finalTest: inFinal[index]?.questions ?? [],
  }));
}

/** The German parents' letter and its translations, as files. */
export function readLetterFiles(root: string): ContentFile[] {
  const paths = [GERMAN_LETTER_FILE, ...listFiles(root, LETTER_TRANSLATIONS_DIR, /./)];
  return paths.flatMap((path) => {
    try {
      return [{ path, text: readFileSync(join(root, path), 'utf8') }];
    } catch {
      return [];
    }
  });
}

let cachedLetters: Promise<ParentLetters> | undefined;

/** The validated parents' letters (German and translations), read once per build. Rejects with ContentError. */
export function getParentLetters(root = process.cwd()): Promise<ParentLetters> {
  cachedLetters ??= validateLetters(readLetterFiles(root)).then((result) => {
    if (!result.ok) throw new ContentError(result.problems);
    return result.letters;
  });
  return cachedLetters;
}

/** One translation of the parents' letter, or undefined for a language without one. */
export async function letterTranslation(code: string) {
  return (await getParentLetters()).translations.find((letter) => letter.code === code);
}
