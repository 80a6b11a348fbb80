import type { Question, Quiz } from './schema';

/**
 * A scoring key: what scoring needs of the course's quizzes and nothing else (no prompts, option texts,
 * feedback or explanations). Built at build time from the validated course and handed to the browser,
 * where every percent and every "bestanden" is computed from the learner's answers against it.
 * The full `Quiz` and `Question` types fit these shapes, so a quiz can be scored directly as well.
 */

interface KeyBase {
  id: string;
}

export type QuestionKey =
  | (KeyBase & { type: 'single-choice'; points: number; options: readonly { id: string; correct?: boolean }[] })
  | (KeyBase & { type: 'multiple-choice'; points: number; options: readonly { id: string; correct?: boolean }[] })
  | (KeyBase & { type: 'true-false'; points: number; answer: boolean })
  | (KeyBase & { type: 'ordering'; points: number; items: readonly KeyBase[] })
  | (KeyBase & { type: 'matching'; points: number; pairs: readonly KeyBase[] })
  | (KeyBase & { type: 'estimate'; points: number; answer: number; tolerance: number })
  | (KeyBase & { type: 'short-text'; points: number; accepted: readonly string[] })
  | (KeyBase & { type: 'scenario'; graded: boolean; options: readonly { id: string; points?: number }[] });

export type QuestionKeyOf<T extends QuestionKey['type']> = Extract<QuestionKey, { type: T }>;

/** What `scoreQuiz` needs of a quiz. */
export interface ScorableQuiz {
  passPercent: number;
  questions: readonly QuestionKey[];
}

export interface QuizKey extends ScorableQuiz {
  id: string;
  kind: 'lesson' | 'entry' | 'final';
  /** The lesson's slug, for a lesson quiz only. */
  lesson?: string;
}

export interface ScoringKey {
  quizzes: readonly QuizKey[];
}

const ids = (items: readonly { id: string }[]) => items.map(({ id }) => ({ id }));

function questionKeyOf(question: Question): QuestionKey {
  const { id } = question;
  switch (question.type) {
    case 'single-choice':
    case 'multiple-choice':
      // Only the right options say so: `correct: false` on every other one would only add bytes.
      return { id, type: question.type, points: question.points, options: question.options.map((o) => (o.correct ? { id: o.id, correct: true } : { id: o.id })) };
    case 'true-false':
      return { id, type: question.type, points: question.points, answer: question.answer };
    case 'ordering':
      return { id, type: question.type, points: question.points, items: ids(question.items) };
    case 'matching':
      return { id, type: question.type, points: question.points, pairs: ids(question.pairs) };
    case 'estimate':
      return { id, type: question.type, points: question.points, answer: question.answer, tolerance: question.tolerance };
    case 'short-text':
      return { id, type: question.type, points: question.points, accepted: question.accepted };
    case 'scenario':
      return {
        id,
        type: question.type,
        graded: question.graded,
        options: question.options.map((o) => (o.points === undefined ? { id: o.id } : { id: o.id, points: o.points })),
      };
  }
}

export function quizKeyOf(quiz: Quiz): QuizKey {
  return {
    id: quiz.id,
    kind: quiz.kind,
    ...(quiz.lesson ? { lesson: quiz.lesson } : {}),
    passPercent: quiz.passPercent,
    questions: quiz.questions.map(questionKeyOf),
  };
}

export function scoringKeyOf(quizzes: Iterable<Quiz>): ScoringKey {
  return { quizzes: [...quizzes].map(quizKeyOf) };
}

export function quizById(key: ScoringKey, quizId: string): QuizKey | undefined {
  return key.quizzes.find((quiz) => quiz.id === quizId);
}

/** The quiz of a lesson, by the lesson's slug. */
export function lessonQuiz(key: ScoringKey, lesson: string): QuizKey | undefined {
  return key.quizzes.find((quiz) => quiz.kind === 'lesson' && quiz.lesson === lesson);
}

/** Ids of the entry check and the final test: quizzes that are not lessons. */
export function courseTestIds(key: ScoringKey): Set<string> {
  return new Set(key.quizzes.filter((quiz) => quiz.kind !== 'lesson').map((quiz) => quiz.id));
}
