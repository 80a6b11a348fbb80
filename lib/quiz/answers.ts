import * as z from 'zod/mini';

/**
 * A learner's answers, as they come from the quiz page or back out of storage.
 * zod/mini keeps this schema small enough for the client bundle.
 */

const optionId = z.string().check(z.minLength(1), z.maxLength(100));

export const answerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single-choice'), optionId }),
  z.object({ type: z.literal('multiple-choice'), optionIds: z.array(optionId).check(z.maxLength(50)) }),
  z.object({ type: z.literal('true-false'), value: z.boolean() }),
  z.object({ type: z.literal('ordering'), order: z.array(optionId).check(z.maxLength(50)) }),
  z.object({ type: z.literal('matching'), pairs: z.record(z.string(), optionId) }),
  z.object({ type: z.literal('estimate'), value: z.number().check(z.refine(Number.isFinite)) }),
  z.object({ type: z.literal('short-text'), value: z.string().check(z.maxLength(500)) }),
  z.object({ type: z.literal('scenario'), optionId }),
]);

/** Answers keyed by question id. A question without an entry was left unanswered. */
export const answerSheetSchema = z.record(z.string(), answerSchema);

export type Answer = z.infer<typeof answerSchema>;
export type AnswerSheet = z.infer<typeof answerSheetSchema>;
export type AnswerOf<T extends Answer['type']> = Extract<Answer, { type: T }>;
