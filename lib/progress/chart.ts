import type { BeforeAndAfter, EntryComparison } from './comparison';
import type { ProfileResults } from './summary';
import type { LessonRef } from '../content/types';

/**
 * "Mein Fortschritt" as a picture: the best quiz result per lesson against its pass mark, and the entry
 * questions answered right before the course and in the final test. Every figure comes from the store's results,
 * scored from the learner's answers (summary.ts, comparison.ts); the chart shows nothing the table does not say.
 * Pure, and with type imports only, so the page does not load the scoring code with its first JavaScript.
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

/** A lesson as the chart lists it: its pass mark comes with it from the server. */
export type ChartLesson = LessonRef & { passPercent: number };

export const lessonLabel = (lesson: LessonRef) => `${lesson.order}. ${lesson.title}`;

export function progressChartData(
  results: ProfileResults,
  lessons: readonly ChartLesson[],
  tests: { finalQuizId?: string; entry?: EntryComparison },
): ProgressChartData {
  const bars = lessons.map((lesson) => {
    const status = results.lessonStatus(lesson.slug);
    return { slug: lesson.slug, label: lessonLabel(lesson), percent: status.bestPercent, passPercent: lesson.passPercent, passed: status.passed };
  });
  const comparison = tests.finalQuizId && tests.entry ? results.entryComparison(tests.finalQuizId, tests.entry) : null;
  return { lessons: bars, comparison };
}

/** One bar in words, as a screen reader and the printed page say it. */
export function lessonBarText(bar: LessonBar): string {
  if (bar.percent === null) return `${bar.label}: noch kein Quiz`;
  return `${bar.label}: ${bar.percent} %, ${bar.passed ? 'bestanden' : `noch nicht bestanden (ab ${bar.passPercent} %)`}`;
}
