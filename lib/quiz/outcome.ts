import type { QuizResult } from './score';

/**
 * What a pupil reads after checking: whole questions, not fractional points. Pure; the scoring rules
 * themselves stay in score.ts. A question counts as "right" at full points, "partial" with some credit;
 * feedback-only questions (`graded: false`) are not questions to get right and are counted apart.
 */
export interface QuizTally {
  /** Questions with points: the ones to get right. */
  counted: number;
  right: number;
  partial: number;
  wrong: number;
  /** Feedback-only questions ("ohne Punkte"). */
  ungraded: number;
}

export function tallyResult(result: QuizResult): QuizTally {
  const tally: QuizTally = { counted: 0, right: 0, partial: 0, wrong: 0, ungraded: 0 };
  for (const question of result.questions) {
    if (question.verdict === 'ungraded') {
      tally.ungraded++;
      continue;
    }
    tally.counted++;
    tally[question.verdict]++;
  }
  return tally;
}

function questions(count: number): string {
  return count === 1 ? 'Frage' : 'Fragen';
}

/** "12 von 14 Fragen richtig, 2 teilweise" – the headline of a lesson quiz or the final test. */
export function scoreText(tally: QuizTally): string {
  const partial = tally.partial > 0 ? `, ${tally.partial} teilweise` : '';
  return `${tally.right} von ${tally.counted} ${questions(tally.counted)} richtig${partial}`;
}

/** "Eine Frage war ohne Punkte …", or null when every question counted. */
export function ungradedText(tally: QuizTally): string | null {
  if (tally.ungraded === 0) return null;
  return tally.ungraded === 1
    ? 'Eine Frage war ohne Punkte: Sie zählt nicht mit.'
    : `${tally.ungraded} Fragen waren ohne Punkte: Sie zählen nicht mit.`;
}

/**
 * The entry check is not a test: no points, no percent, only what the pupil already knows,
 * in the same "X von N" the final test uses to compare before and after.
 */
export function entryCheckText(tally: QuizTally): string {
  if (tally.right === 0 && tally.partial === 0) {
    return 'Vieles hier ist noch neu für dich. Genau darum geht es im Kurs.';
  }
  const partial = tally.partial > 0 ? `, bei ${tally.partial} weiteren zum Teil` : '';
  return `Du kennst dich schon bei ${tally.right} von ${tally.counted} ${questions(tally.counted)} aus${partial}.`;
}
