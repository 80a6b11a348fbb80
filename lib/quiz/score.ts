import type { QuestionKey, QuestionKeyOf, ScorableQuiz } from './scoring-key';
import type { Answer, AnswerOf } from './answers';
import { parseAnswer } from './parse-answer';
import { isGraded, maxPointsOf } from './graded';

/**
 * Scoring rules, one per question type. Every rule yields a fraction between 0 and 1,
 * multiplied by the question's points.
 *
 * - single-choice, true-false: 1 if right, else 0.
 * - multiple-choice: (right picks − wrong picks) / number of right options, floored at 0.
 *   Picking everything therefore earns nothing when half the options are wrong.
 * - ordering: pairwise credit — the share of all item pairs whose relative order is right.
 *   One item in the wrong place costs less than with per-position credit, where a single
 *   early slip shifts every later item.
 * - matching: the share of left-hand items matched to their own right-hand item.
 * - estimate: 1 if |answer − solution| ≤ tolerance, else 0.
 * - short-text: 1 if the normalised answer equals one normalised accepted answer
 *   (case, spaces and hyphens, punctuation at the ends, and umlaut spellings ä/ae, ö/oe, ü/ue, ß/ss).
 * - scenario: the chosen option's points; the maximum is the best option's points.
 * - scenario with `graded: false` (feedback only): no points and no maximum, so it changes neither the
 *   score nor the percentage; its verdict is "ungraded", and "Fehler wiederholen" never repeats it.
 *
 * A verdict is "right" at full points, "wrong" at zero, otherwise "partial".
 * A question that is unanswered or whose answer has the wrong shape scores 0.
 */

export type Verdict = 'right' | 'partial' | 'wrong' | 'ungraded';

export interface QuestionResult {
  questionId: string;
  verdict: Verdict;
  points: number;
  maxPoints: number;
  answered: boolean;
}

export interface QuizResult {
  points: number;
  maxPoints: number;
  /** Whole percent, rounded half up. */
  percent: number;
  passed: boolean;
  questions: QuestionResult[];
}

/**
 * The form in which short-text answers are compared: NFC (so a pasted "a" + combining mark equals "ä"),
 * lower case, umlauts spelt out, punctuation at the ends dropped, and spaces and hyphens removed,
 * so that "Passiv-Rauch", "passiv rauch" and "Passivrauch" all match.
 */
export function normaliseText(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .trim()
    .replace(/^[\s.,;:!?"'„“”‚‘’-]+|[\s.,;:!?"'„“”‚‘’-]+$/g, '')
    .replace(/[\s\-‐‑–]+/g, '');
}

const fractionRules: { [T in QuestionKey['type']]: (q: QuestionKeyOf<T>, a: AnswerOf<T>) => number } = {
  'single-choice': (q, a) => (q.options.find((o) => o.id === a.optionId)?.correct ? 1 : 0),
  'true-false': (q, a) => (q.answer === a.value ? 1 : 0),
  'multiple-choice': (q, a) => {
    const picked = new Set(a.optionIds);
    const rightOptions = q.options.filter((o) => o.correct);
    const rightPicks = rightOptions.filter((o) => picked.has(o.id)).length;
    const wrongPicks = q.options.filter((o) => !o.correct && picked.has(o.id)).length;
    return Math.max(0, (rightPicks - wrongPicks) / rightOptions.length);
  },
  ordering: (q, a) => {
    const expected = q.items.map((item) => item.id);
    const given = a.order;
    if (given.length !== expected.length || new Set(given).size !== given.length) return 0;
    const position = new Map(given.map((itemId, index) => [itemId, index]));
    if (expected.some((itemId) => !position.has(itemId))) return 0;
    let inOrder = 0;
    let pairs = 0;
    for (let i = 0; i < expected.length; i++) {
      for (let j = i + 1; j < expected.length; j++) {
        pairs++;
        if (position.get(expected[i]!)! < position.get(expected[j]!)!) inOrder++;
      }
    }
    return inOrder / pairs;
  },
  matching: (q, a) => q.pairs.filter((pair) => a.pairs[pair.id] === pair.id).length / q.pairs.length,
  // The epsilon keeps a value exactly at the tolerance inside it despite binary fractions (|0.4 − 0.3| > 0.1).
  estimate: (q, a) => (Math.abs(a.value - q.answer) <= q.tolerance + 1e-9 * Math.max(1, Math.abs(q.answer)) ? 1 : 0),
  'short-text': (q, a) => {
    const given = normaliseText(a.value);
    return given !== '' && q.accepted.some((accepted) => normaliseText(accepted) === given) ? 1 : 0;
  },
  scenario: (q, a) => {
    const chosen = q.options.find((o) => o.id === a.optionId);
    return chosen && q.graded ? (chosen.points ?? 0) / maxPointsOf(q) : 0;
  },
};

function fractionFor(question: QuestionKey, answer: Answer): number {
  if (answer.type !== question.type) return 0;
  const rule = fractionRules[question.type] as (q: QuestionKey, a: Answer) => number;
  return rule(question, answer);
}

/** Rounds to two decimals so that sums of partial credit stay exact enough to display. */
function roundPoints(value: number): number {
  return Math.round(value * 100) / 100;
}

export function scoreQuestion(question: QuestionKey, rawAnswer: unknown): QuestionResult {
  const maxPoints = maxPointsOf(question);
  const answer = rawAnswer === undefined ? undefined : parseAnswer(rawAnswer);
  const fraction = answer ? fractionFor(question, answer) : 0;
  const points = roundPoints(fraction * maxPoints);
  const verdict: Verdict = !isGraded(question) ? 'ungraded' : points >= maxPoints ? 'right' : points <= 0 ? 'wrong' : 'partial';
  return { questionId: question.id, verdict, points, maxPoints, answered: answer !== undefined };
}

/**
 * Scores a quiz (the full quiz, or its scoring key). `answers` is untrusted (from the page or from storage): each entry is
 * validated before it is scored. `onlyQuestionIds` limits scoring to a subset, as in the
 * "Fehler wiederholen" mode; the pass mark then applies to that subset.
 */
export function scoreQuiz(quiz: ScorableQuiz, answers: unknown, onlyQuestionIds?: readonly string[]): QuizResult {
  const sheet = answers !== null && typeof answers === 'object' ? (answers as Record<string, unknown>) : {};
  const subset = onlyQuestionIds ? new Set(onlyQuestionIds) : undefined;
  const questions = quiz.questions
    .filter((q) => !subset || subset.has(q.id))
    .map((q) => scoreQuestion(q, Object.hasOwn(sheet, q.id) ? sheet[q.id] : undefined));
  const points = roundPoints(questions.reduce((sum, r) => sum + r.points, 0));
  const maxPoints = questions.reduce((sum, r) => sum + r.maxPoints, 0);
  // Points are whole hundredths, so dividing them as an integer keeps an exact .5 (57.5 %, not 57.49999 %).
  const percent = maxPoints === 0 ? 0 : Math.round(Math.round(points * 100) / maxPoints);
  return { points, maxPoints, percent, passed: percent >= quiz.passPercent, questions };
}

/** Ids of the questions not answered fully right: what "Fehler wiederholen" asks again. Feedback-only questions have no mistakes. */
export function missedQuestionIds(result: QuizResult): string[] {
  return result.questions.filter((r) => r.verdict !== 'right' && r.verdict !== 'ungraded').map((r) => r.questionId);
}
