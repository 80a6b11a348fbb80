import type { Question, Quiz } from '../quiz/schema';
import { optionsInDisplayOrder } from '../quiz/shuffle';

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
      const best = Math.max(...question.options.map((o) => o.points ?? 0));
      return optionsInDisplayOrder(question.id, question.options).map((o) => ({ text: o.text, right: question.graded && o.points === best }));
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

/** The right answer in words, e.g. "Richtig: B – Kohlenmonoxid", for the class to read, not only a mark. */
export function rightAnswerInWords(choices: Choice[]): string | null {
  const right = choices.flatMap((choice, i) => (choice.right ? [`${LETTERS[i]} – ${choice.text}`] : []));
  return right.length === 0 ? null : `Richtig: ${right.join('; ')}`;
}

/** Counts per question as kept in the tab's sessionStorage; anything else reads as no counts. Pure. */
export function decodeCounts(raw: string | null): Record<string, number[]> {
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
