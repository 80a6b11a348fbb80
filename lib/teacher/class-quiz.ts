import type { Question, QuestionType, Quiz } from '../quiz/schema';
import { optionsInDisplayOrder } from '../quiz/shuffle';
import { expectedAnswer } from '../quiz/solution';
import { bestOptions, isGraded } from '../quiz/graded';

/** Letters on the class's answer cards, in the order options are shown. */
export const LETTERS = 'ABCDEFGH';

export interface Choice {
  text: string;
  right: boolean;
}

/** Questions the class answers by picking one option get a count per option; others "right of total". Pure. */
export function choicesOf(question: Question): Choice[] | null {
  switch (question.type) {
    case 'single-choice':
      return optionsInDisplayOrder(question.id, question.options).map((o) => ({ text: o.text, right: o.correct }));
    case 'true-false':
      return [
        { text: 'Stimmt', right: question.answer },
        { text: 'Stimmt nicht', right: !question.answer },
      ];
    case 'scenario': {
      // A feedback-only scenario has no right option: the class sees its counts, never "richtig".
      const best = bestOptions(question);
      return optionsInDisplayOrder(question.id, question.options).map((o) => ({ text: o.text, right: best.includes(o) }));
    }
    default:
      return null;
  }
}

/** The answer cards a class needs for this quiz: one letter per option of the question with the most options. */
export function answerCardLetters(quiz: Quiz): string[] {
  const most = Math.max(2, ...quiz.questions.map((question) => choicesOf(question)?.length ?? 0));
  return [...LETTERS.slice(0, most)];
}

/** "A–E" for a run of letters, "A und B" for two. */
export function letterRange(letters: readonly string[]): string {
  if (letters.length <= 2) return letters.join(' und ');
  return `${letters[0]}–${letters[letters.length - 1]}`;
}

/** How the answer cards of one pupil's set sit on an A4 page: two columns once there are three or more. */
export function answerCardGrid(cards: number): { columns: number; rows: number } {
  const columns = cards <= 2 ? 1 : 2;
  return { columns, rows: Math.ceil(cards / columns) };
}

/** The cards a question is answered with ("A–D"), or null where the class answers another way. */
export function cardsFor(question: Question): string | null {
  const choices = choicesOf(question);
  return choices ? letterRange([...LETTERS.slice(0, choices.length)]) : null;
}

const TYPE_LABELS: Record<QuestionType, string> = {
  'single-choice': 'Eine Antwort',
  'multiple-choice': 'Mehrere Antworten',
  'true-false': 'Stimmt oder stimmt nicht',
  ordering: 'Reihenfolge',
  matching: 'Zuordnen',
  estimate: 'Schätzen',
  'short-text': 'Freie Antwort',
  scenario: 'Situation',
};

/** The question's type as the teacher reads it in the picker. */
export const questionTypeLabel = (question: Question) => TYPE_LABELS[question.type];

/** The question as the class reads it: a scenario's situation comes before its prompt. */
export const promptOf = (question: Question) => (question.type === 'scenario' ? `${question.situation} ${question.prompt}` : question.prompt);

/** A short round: the questions the class answers with cards, quick to count. */
export const cardQuestionIds = (quiz: Quiz) => quiz.questions.filter((question) => choicesOf(question)).map((question) => question.id);

/** The right answer in words, e.g. "Richtig: B – Kohlenmonoxid", for the class to read, not only a mark. */
export function rightAnswerInWords(choices: Choice[]): string | null {
  const right = choices.flatMap((choice, i) => (choice.right ? [`${LETTERS[i]} – ${choice.text}`] : []));
  // Scenario options end with a full stop; "; " after one reads as a typo, a slash does not.
  return right.length === 0 ? null : `Richtig: ${right.join(' / ')}`;
}

/** Counts per question as kept in the tab's sessionStorage; anything else reads as no counts. Pure. */
export function decodeCounts(raw: string | null): Counts {
  try {
    const value: unknown = JSON.parse(raw ?? '{}');
    if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter(
        (entry): entry is [string, number[]] => Array.isArray(entry[1]) && entry[1].every((n) => Number.isInteger(n) && n >= 0 && n <= 999),
      ),
    );
  } catch {
    return {};
  }
}

export type Counts = Record<string, number[]>;

/** Where the teacher is: choosing questions, running them, or reading the class's result. */
export type Stage = 'pick' | 'run' | 'result';

/** The teacher's round as kept in the tab's sessionStorage: which questions, and the stage. */
export interface Round {
  questions: string[];
  stage: Stage;
}

/** Reads a stored round; unknown question ids are dropped, nothing stored means every question, still to pick. Pure. */
export function decodeRound(raw: string | null, quiz: Quiz): Round {
  const every: Round = { questions: quiz.questions.map((question) => question.id), stage: 'pick' };
  try {
    const value: unknown = JSON.parse(raw ?? 'null');
    if (!value || typeof value !== 'object' || !('questions' in value) || !Array.isArray(value.questions)) return every;
    const picked = new Set(value.questions);
    const questions = every.questions.filter((id) => picked.has(id));
    const stage = 'stage' in value && (value.stage === 'run' || value.stage === 'result') && questions.length > 0 ? value.stage : 'pick';
    return { questions, stage };
  } catch {
    return every;
  }
}

/** The questions of a round, in the quiz's order. */
export function roundQuestions(quiz: Quiz, round: Round): Question[] {
  const picked = new Set(round.questions);
  return quiz.questions.filter((question) => picked.has(question.id));
}

/** Below this share right a question counts as hard for the class: fewer than half knew it. */
const HARD_BELOW = 0.5;

export interface OptionVotes {
  letter: string;
  text: string;
  votes: number;
  right: boolean;
}

/** One question of the class's result: what was asked, what was right, how the class answered. No names. */
export interface ResultRow {
  id: string;
  /** The question's number in the round, as the class saw it ("Frage 2 von 5"). */
  number: number;
  prompt: string;
  /** "Richtig: B – …", "Erwartet: …", or null for a scenario without a right answer. */
  rightAnswer: string | null;
  /** Votes per card for questions answered with cards; null where the teacher counted "right of total". */
  options: OptionVotes[] | null;
  right: number;
  total: number;
  /** Share of the class that answered right; null without counts or for a scenario without points. */
  share: number | null;
  hard: boolean;
}

function resultRow(question: Question, index: number, counts: number[] | undefined): ResultRow {
  const choices = choicesOf(question);
  const graded = isGraded(question);
  let options: OptionVotes[] | null = null;
  let right: number;
  let total: number;
  if (choices) {
    options = choices.map((choice, i) => ({ letter: LETTERS[i]!, text: choice.text, votes: counts?.[i] ?? 0, right: choice.right }));
    total = options.reduce((sum, option) => sum + option.votes, 0);
    right = options.reduce((sum, option) => sum + (option.right ? option.votes : 0), 0);
  } else {
    total = counts?.[1] ?? 0;
    right = Math.min(counts?.[0] ?? 0, total);
  }
  const share = graded && total > 0 ? right / total : null;
  return {
    id: question.id,
    number: index + 1,
    prompt: promptOf(question),
    rightAnswer: !graded ? null : choices ? rightAnswerInWords(choices) : `Erwartet: ${expectedAnswer(question)}`,
    options,
    right,
    total,
    share,
    hard: share !== null && share < HARD_BELOW,
  };
}

/**
 * The class's result for the questions of a round: the hardest first (lowest share right), then questions
 * with counts but no right answer, then those without counts, each group in the round's order. Pure.
 */
export function classResult(questions: Question[], counts: Counts): ResultRow[] {
  const group = (row: ResultRow) => (row.share !== null ? 0 : row.total > 0 ? 1 : 2);
  return questions
    .map((question, index) => resultRow(question, index, counts[question.id]))
    .sort((a, b) => group(a) - group(b) || (a.share ?? 0) - (b.share ?? 0) || a.number - b.number);
}
