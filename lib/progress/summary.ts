import type { Attempt, Profile } from './schema';

/** What the course page and "Mein Fortschritt" show about one lesson. Pure. */

export type LessonState = 'not-started' | 'in-progress' | 'completed';

export const lessonStateLabels: Record<LessonState, string> = {
  'not-started': 'Noch nicht begonnen',
  'in-progress': 'Begonnen',
  completed: 'Abgeschlossen',
};

export interface LessonStatus {
  state: LessonState;
  /** Full quiz attempts (repetitions of mistakes are counted separately). */
  attempts: number;
  /** "Fehler wiederholen" rounds: practice, shown as such, never as a result. */
  mistakeRounds: number;
  /** Best percentage over full attempts, or null before the first one. */
  bestPercent: number | null;
  /** The latest full attempt: a practice round on only the missed questions would read as a false 100 %. */
  lastAttempt: Attempt | null;
}

export function lessonStatus(profile: Profile, lesson: string): LessonStatus {
  const attempts = profile.attempts.filter((a) => a.lesson === lesson);
  const full = attempts.filter((a) => a.mode === 'full');
  const progress = profile.lessons[lesson];
  return {
    state: progress?.completedAt ? 'completed' : progress ? 'in-progress' : 'not-started',
    attempts: full.length,
    mistakeRounds: attempts.length - full.length,
    bestPercent: full.length > 0 ? Math.max(...full.map((a) => a.percent)) : null,
    lastAttempt: full.at(-1) ?? null,
  };
}

export interface ContinueTarget {
  slug: string;
  /** Where "Weiter" leads: the lesson, or its quiz when the lesson was read and the quiz not yet passed. */
  to: 'lesson' | 'quiz';
}

function lastActivity(profile: Profile, lesson: string): number {
  const started = profile.lessons[lesson]?.startedAt;
  const times = profile.attempts.filter((a) => a.lesson === lesson).map((a) => Date.parse(a.at));
  return Math.max(started ? Date.parse(started) : 0, ...times);
}

/**
 * Where the learner stopped: the most recently used lesson that is not completed; otherwise the
 * first lesson not yet completed, in course order; null when every lesson is completed.
 */
export function continueTarget(profile: Profile, lessonsInOrder: readonly string[]): ContinueTarget | null {
  const open = lessonsInOrder.filter((slug) => !profile.lessons[slug]?.completedAt);
  if (open.length === 0) return null;
  const started = open.filter((slug) => profile.lessons[slug]);
  if (started.length === 0) return { slug: open[0]!, to: 'lesson' };
  const latest = started.reduce((a, b) => (lastActivity(profile, b) > lastActivity(profile, a) ? b : a));
  const triedQuiz = profile.attempts.some((a) => a.lesson === latest);
  return { slug: latest, to: triedQuiz ? 'quiz' : 'lesson' };
}
