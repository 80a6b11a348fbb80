import type { Quiz } from './schema';
import { routes } from '../site/routes';
import type { LessonRef } from '../content/types';

export interface NextStep {
  href: string;
  label: string;
}

/**
 * Where the main button leads after a passed quiz or the entry check: the next lesson in course order;
 * after the last lesson, the final test; after the final test, nowhere (its certificate link leads on).
 */
export function nextStepAfter(quiz: Pick<Quiz, 'kind' | 'lesson'>, lessons: readonly LessonRef[], hasFinalTest: boolean): NextStep | null {
  if (quiz.kind === 'final') return null;
  const ordered = [...lessons].sort((a, b) => a.order - b.order);
  const index = quiz.kind === 'entry' ? -1 : ordered.findIndex((lesson) => lesson.slug === quiz.lesson);
  if (quiz.kind === 'lesson' && index === -1) return null;
  const next = ordered[index + 1];
  if (next) return { href: routes.lesson(next.slug), label: `Weiter: Lektion ${next.order} – ${next.title}` };
  return hasFinalTest ? { href: routes.finalTest, label: 'Weiter: zum Abschlusstest' } : null;
}
