import { scoreQuiz, type QuizResult } from '../quiz/score';
import { lessonQuiz, quizById, type QuizKey, type ScoringKey } from '../quiz/scoring-key';
import type { LessonState } from './lesson-state';
import { beforeAndAfter, type BeforeAndAfter, type EntryComparison } from './comparison';
import type { Attempt, Profile } from './schema';

/**
 * What the course page, "Mein Fortschritt" and the certificate show about the learner. Pure.
 * Every percent and every "bestanden" here is computed from the stored answers against the scoring key:
 * a record holds answers, never results, so nothing shown can be faked by editing or importing a number.
 */


export interface ScoredAttempt {
  attempt: Attempt;
  result: QuizResult;
}

/** Scores one attempt against its quiz: a "mistakes" round on the questions it asked, a full one on all. */
export function scoreAttempt(quiz: QuizKey, attempt: Attempt): QuizResult {
  return scoreQuiz(quiz, attempt.answers, attempt.mode === 'mistakes' ? attempt.asked : undefined);
}

/** The full attempts at a quiz, each scored, in the order they were made. */
export function scoredFullAttempts(profile: Profile, quiz: QuizKey): ScoredAttempt[] {
  return profile.attempts
    .filter((a) => a.quizId === quiz.id && a.mode === 'full')
    .map((attempt) => ({ attempt, result: scoreAttempt(quiz, attempt) }));
}

export interface QuizStatus {
  /** Full quiz attempts (repetitions of mistakes are counted separately). */
  attempts: number;
  /** "Fehler wiederholen" rounds: practice, shown as such, never as a result. */
  mistakeRounds: number;
  /** Best percentage over full attempts, or null before the first one. */
  bestPercent: number | null;
  /** The latest full attempt: a practice round on only the missed questions would read as a false 100 %. */
  lastAttempt: ScoredAttempt | null;
  /** Whether a full attempt passed. */
  passed: boolean;
}

const noAttempts: QuizStatus = { attempts: 0, mistakeRounds: 0, bestPercent: null, lastAttempt: null, passed: false };

/** The learner's attempts at one quiz; a quiz missing from the key (removed from the course) has none to show. */
export function quizStatus(profile: Profile, quiz: QuizKey | undefined): QuizStatus {
  if (!quiz) return noAttempts;
  const full = scoredFullAttempts(profile, quiz);
  return {
    attempts: full.length,
    mistakeRounds: profile.attempts.filter((a) => a.quizId === quiz.id && a.mode === 'mistakes').length,
    bestPercent: full.length > 0 ? Math.max(...full.map((a) => a.result.percent)) : null,
    lastAttempt: full.at(-1) ?? null,
    passed: full.some((a) => a.result.passed),
  };
}

export interface LessonStatus extends QuizStatus {
  state: LessonState;
}

/** A lesson is started when it was opened or its quiz tried, and completed when a full attempt at its quiz passes. */
export function lessonStatus(profile: Profile, lesson: string, key: ScoringKey): LessonStatus {
  const quiz = lessonQuiz(key, lesson);
  const status = quizStatus(profile, quiz);
  const tried = quiz !== undefined && profile.attempts.some((a) => a.quizId === quiz.id);
  const state = status.passed ? 'completed' : profile.lessons[lesson] || tried ? 'in-progress' : 'not-started';
  return { ...status, state };
}

/** The lessons started: opened, or with an attempt at their quiz. Lessons no longer in the course count as well. */
export function startedLessons(profile: Profile, key: ScoringKey): Set<string> {
  const started = new Set(Object.keys(profile.lessons));
  for (const attempt of profile.attempts) {
    const quiz = quizById(key, attempt.quizId);
    if (quiz?.kind === 'lesson' && quiz.lesson) started.add(quiz.lesson);
  }
  return started;
}

/** The lessons with a passed full attempt at their quiz. */
export function completedLessons(profile: Profile, key: ScoringKey): Set<string> {
  const completed = new Set<string>();
  for (const quiz of key.quizzes) {
    if (quiz.kind === 'lesson' && quiz.lesson && quizStatus(profile, quiz).passed) completed.add(quiz.lesson);
  }
  return completed;
}

/**
 * The attempt the certificate names: the best full attempt at the final test (the earliest of equals),
 * or undefined before the first one. The certificate is given only when it passed.
 */
export function certificateAttempt(profile: Profile, finalTest: QuizKey | undefined): ScoredAttempt | undefined {
  if (!finalTest) return undefined;
  return scoredFullAttempts(profile, finalTest).reduce<ScoredAttempt | undefined>(
    (best, a) => (!best || a.result.percent > best.result.percent ? a : best),
    undefined,
  );
}

export interface ContinueTarget {
  slug: string;
  /** Where "Weiter" leads: the lesson, or its quiz when the lesson was read and the quiz not yet passed. */
  to: 'lesson' | 'quiz';
}

function attemptsAtLesson(profile: Profile, lesson: string, key: ScoringKey): Attempt[] {
  const quiz = lessonQuiz(key, lesson);
  return quiz ? profile.attempts.filter((a) => a.quizId === quiz.id) : [];
}

function lastActivity(profile: Profile, lesson: string, key: ScoringKey): number {
  const started = profile.lessons[lesson]?.startedAt;
  const times = attemptsAtLesson(profile, lesson, key).map((a) => Date.parse(a.at));
  return Math.max(started ? Date.parse(started) : 0, ...times);
}

/**
 * Where the learner stopped: the most recently used lesson that is not completed; otherwise the
 * first lesson not yet completed, in course order; null when every lesson is completed.
 */
export function continueTarget(profile: Profile, lessonsInOrder: readonly string[], key: ScoringKey): ContinueTarget | null {
  const completed = completedLessons(profile, key);
  const open = lessonsInOrder.filter((slug) => !completed.has(slug));
  if (open.length === 0) return null;
  const startedSet = startedLessons(profile, key);
  const started = open.filter((slug) => startedSet.has(slug));
  if (started.length === 0) return { slug: open[0]!, to: 'lesson' };
  const latest = started.reduce((a, b) => (lastActivity(profile, b, key) > lastActivity(profile, a, key) ? b : a));
  const triedQuiz = attemptsAtLesson(profile, latest, key).length > 0;
  return { slug: latest, to: triedQuiz ? 'quiz' : 'lesson' };
}

/**
 * The results of one profile against the scoring key, as the store hands them to the page. Components call
 * these instead of importing this module, so scoring (with its zod/mini answer schema) loads with the store,
 * after the page, and not in every route's first-load JavaScript.
 */
export interface ProfileResults {
  lessonStatus(lesson: string): LessonStatus;
  quizStatus(quizId: string): QuizStatus;
  continueTarget(lessonsInOrder: readonly string[]): ContinueTarget | null;
  certificateAttempt(finalQuizId: string): ScoredAttempt | undefined;
  /** The entry questions right before the course and in the best final test; null before a final test attempt. */
  entryComparison(finalQuizId: string, entry: EntryComparison): BeforeAndAfter | null;
}

export function profileResults(profile: Profile, key: ScoringKey): ProfileResults {
  return {
    lessonStatus: (lesson) => lessonStatus(profile, lesson, key),
    quizStatus: (quizId) => quizStatus(profile, quizById(key, quizId)),
    continueTarget: (lessonsInOrder) => continueTarget(profile, lessonsInOrder, key),
    certificateAttempt: (finalQuizId) => certificateAttempt(profile, quizById(key, finalQuizId)),
    entryComparison: (finalQuizId, entry) => {
      const finalTest = quizById(key, finalQuizId);
      const best = certificateAttempt(profile, finalTest);
      return finalTest && best ? beforeAndAfter(finalTest, best.attempt.answers, profile.attempts, entry) : null;
    },
  };
}
