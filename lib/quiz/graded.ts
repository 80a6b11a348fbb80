import type { QuestionKey, QuestionKeyOf } from './scoring-key';

/*
 * What a question is worth. Kept apart from the zod schema and from scoring, so the browser can show
 * solutions and the class quiz can mark answers without loading either.
 */

/** False for a feedback-only scenario (`graded: false`): it explains, it does not score. */
export function isGraded(question: QuestionKey): boolean {
  return question.type !== 'scenario' || question.graded;
}

/** The most a question can score: its points, or for a scenario its best option's points; 0 when it only gives feedback. */
export function maxPointsOf(question: QuestionKey): number {
  if (question.type === 'scenario') return question.graded ? Math.max(...question.options.map((o) => o.points ?? 0)) : 0;
  return question.points;
}

type ScenarioLike<O> = Omit<QuestionKeyOf<'scenario'>, 'options'> & { options: readonly O[] };

/** The options of a graded scenario worth its full points (more than one when two are equally good); none for a feedback-only one. */
export function bestOptions<O extends { id: string; points?: number }>(question: ScenarioLike<O>): O[] {
  if (!question.graded) return [];
  const best = maxPointsOf(question);
  return question.options.filter((o) => (o.points ?? 0) === best);
}
