/** The states a lesson is shown in, with their German labels. Kept apart from summary.ts, which scores: no zod here. */

export type LessonState = 'not-started' | 'in-progress' | 'completed';

export const lessonStateLabels: Record<LessonState, string> = {
  'not-started': 'Noch nicht begonnen',
  'in-progress': 'Begonnen',
  completed: 'Abgeschlossen',
};
