import { drawnQuestionId } from '../quiz/drawn';
import { scoreQuiz } from '../quiz/score';
import type { ScorableQuiz } from '../quiz/scoring-key';
import type { Attempt } from './schema';

/** The final test repeats the entry check's questions; this names them, to compare. */
export interface EntryComparison {
  entryQuizId: string;
  /** The entry question ids as they appear in the entry check. */
  entryQuestionIds: string[];
}

/** The entry check's questions answered right, before (in the entry check) and now (in the final test). */
export interface BeforeAndAfter {
  /** null when the learner never did the entry check. */
  before: number | null;
  now: number;
  total: number;
}

/**
 * What the learner has learnt: the entry questions answered right in the final test now, against the first
 * full entry check, both scored by the final test's own key (where they carry drawn ids). The first entry check
 * counts, not the best: it is what the learner knew before the course. Pure.
 */
export function beforeAndAfter(finalTest: ScorableQuiz, answers: Record<string, unknown>, attempts: readonly Attempt[], entry: EntryComparison): BeforeAndAfter {
  const drawnIds = entry.entryQuestionIds.map((id) => drawnQuestionId(entry.entryQuizId, id));
  const rightIn = (sheet: Record<string, unknown>) => scoreQuiz(finalTest, sheet, drawnIds).questions.filter((q) => q.verdict === 'right').length;
  const firstEntry = attempts.find((a) => a.quizId === entry.entryQuizId && a.mode === 'full');
  return {
    before: firstEntry ? rightIn(Object.fromEntries(Object.entries(firstEntry.answers).map(([id, answer]) => [drawnQuestionId(entry.entryQuizId, id), answer]))) : null,
    now: rightIn(answers),
    total: drawnIds.length,
  };
}

/** The comparison as the final test's result says it. */
export function beforeAndAfterText({ before, now, total }: BeforeAndAfter): string {
  return before === null
    ? `Die Fragen vom Anfang: jetzt ${now} von ${total} richtig (den Einstiegstest hast du nicht gemacht).`
    : `Die Fragen vom Anfang: vorher ${before} von ${total}, jetzt ${now} von ${total} richtig.`;
}
