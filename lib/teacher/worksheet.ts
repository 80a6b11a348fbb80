import type { WorksheetQuestion } from './schema';

export type WorksheetVariant = 'standard' | 'easier';

/** One writing line under a task; on the easier sheet the first lines begin with a sentence starter. */
export interface WritingLine {
  starter: string | null;
}

/**
 * The writing lines under a task. The easier sheet prints each sentence starter at the start of a line
 * and keeps the task's number of lines, with at least one free line after the last starter.
 */
export function writingLines(question: WorksheetQuestion, variant: WorksheetVariant): WritingLine[] {
  const starters = variant === 'easier' ? question.starters : [];
  const count = Math.max(question.lines, starters.length + (starters.length > 0 ? 1 : 0));
  return Array.from({ length: count }, (_, index) => ({ starter: starters[index] ?? null }));
}
