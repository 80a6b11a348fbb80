/** The id a drawn question gets in the quiz that draws it (kept apart from the zod schema, for the client). */
export function drawnQuestionId(quizId: string, questionId: string): string {
  return `${quizId}--${questionId}`;
}
