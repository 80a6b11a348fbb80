import type { QuestionKey } from './scoring-key';

/** False for a feedback-only scenario (`graded: false`): it explains, it does not score. Kept apart from the zod schema, for the client. */
export function isGraded(question: QuestionKey): boolean {
  return question.type !== 'scenario' || question.graded;
}
