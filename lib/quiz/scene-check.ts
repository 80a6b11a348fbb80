import type { Answer } from './answers';
import { answersFromDraft, type Draft } from './draft';
import { reviewAnswer, type AnswerPart } from './review';
import type { SceneCheckQuestion } from './schema';
import { scoreQuestion, type QuestionResult } from './score';

/**
 * "Kurz gecheckt": the short check after a scene. It is judged at once, question by question, with the
 * quiz's own scoring rules; but it earns no points, counts toward nothing and is never saved.
 * Pure, so the page's island only shows what this returns.
 */

export interface CheckedSceneQuestion {
  questionId: string;
  answer: Answer;
  result: QuestionResult;
  /** The pupil's own choices, marked, each with its option's feedback. */
  parts: AnswerPart[];
}

export type SceneCheckOutcome =
  | { kind: 'unanswered'; questionIds: string[]; message: string }
  | { kind: 'checked'; questions: CheckedSceneQuestion[] };

/** A check is judged once every question has an answer: there is nothing to gain from leaving one out. */
export function checkScene(questions: readonly SceneCheckQuestion[], draft: Draft): SceneCheckOutcome {
  const answers = answersFromDraft(draft);
  const unanswered = questions.filter((q) => !answers[q.id]).map((q) => q.id);
  if (unanswered.length > 0) {
    const message =
      questions.length === 1
        ? 'Wähle zuerst eine Antwort aus.'
        : unanswered.length === questions.length
          ? 'Beantworte zuerst die Fragen.'
          : `Beantworte zuerst auch Frage ${questions.findIndex((q) => q.id === unanswered[0]) + 1}.`;
    return { kind: 'unanswered', questionIds: unanswered, message };
  }
  return {
    kind: 'checked',
    questions: questions.map((question) => {
      const answer = answers[question.id]!;
      const result = scoreQuestion(question, answer);
      return { questionId: question.id, answer, result, parts: reviewAnswer(question, answer, result.verdict) };
    }),
  };
}
