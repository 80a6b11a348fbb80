import { beforeAndAfter, type BeforeAndAfter, type EntryComparison } from './comparison';
import type { Profile } from './schema';
import { certificateAttempt, lessonStatus } from './summary';
import { lessonQuiz, quizById, type ScoringKey } from '../quiz/scoring-key';
import type { LessonRef } from '../content/types';

/**
 * "Mein Fortschritt" as a picture: the best quiz result per lesson against its pass mark, and the entry
 * questions answered right before the course and in the final test. Every figure comes from scoring the
 * learner's answers (summary.ts, comparison.ts); the chart shows nothing the table does not say. Pure.
 */

export interface LessonBar {
  slug: string;
  /** "1. Das Konzert" */
  label: string;
  /** Best full attempt in percent, or null before the first one. */
  percent: number | null;
  passPercent: number;
  passed: boolean;
}

export interface ProgressChartData {
  lessons: LessonBar[];
  /** null while there is no final test attempt to compare (or the course has no entry check or final test). */
  comparison: BeforeAndAfter | null;
}

export function progressChartData(
  profile: Profile,
  key: ScoringKey,
  lessons: readonly LessonRef[],
  tests: { finalQuizId?: string; entry?: EntryComparison },
): ProgressChartData {
  const bars = lessons.map((lesson) => {
    const status = lessonStatus(profile, lesson.slug, key);
    return {
      slug: lesson.slug,
      label: `${lesson.order}. ${lesson.title}`,
      percent: status.bestPercent,
      passPercent: lessonQuiz(key, lesson.slug)?.passPercent ?? 0,
      passed: status.passed,
    };
  });
  const finalTest = tests.finalQuizId ? quizById(key, tests.finalQuizId) : undefined;
  const best = certificateAttempt(profile, finalTest);
  const comparison = finalTest && best && tests.entry ? beforeAndAfter(finalTest, best.attempt.answers, profile.attempts, tests.entry) : null;
  return { lessons: bars, comparison };
}

/** One bar in words, as a screen reader and the printed page say it. */
export function lessonBarText(bar: LessonBar): string {
  if (bar.percent === null) return `${bar.label}: noch kein Quiz`;
  return `${bar.label}: ${bar.percent} %, ${bar.passed ? 'bestanden' : `noch nicht bestanden (ab ${bar.passPercent} %)`}`;
}
