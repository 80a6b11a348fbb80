import type { Question, Quiz } from '../quiz/schema';
import type { LessonGoal } from './schema';

/**
 * Learning goals and the quiz questions that check them. Each lesson goal has an id unique in the course;
 * each question names the goals it checks (`goals`). Pure: used by the build checks and the teacher's guide.
 */

interface LessonWithGoals {
  slug: string;
  title: string;
  goals: readonly LessonGoal[];
  quiz: string;
}

/** A problem found by the goal checks; `quizId` set when it belongs to a quiz file, else to the lesson. */
export interface GoalProblem {
  lessonSlug?: string;
  quizId?: string;
  path: string;
  message: string;
}

export interface NumberedQuestion {
  /** Position in the quiz as the pupil sees it, from 1. */
  number: number;
  question: Question;
}

/** For each goal, the questions of `quiz` that name it, numbered as in the quiz. */
export function questionsByGoal(goals: readonly LessonGoal[], quiz: Quiz): { goal: LessonGoal; questions: NumberedQuestion[] }[] {
  const numbered = quiz.questions.map((question, index) => ({ number: index + 1, question }));
  return goals.map((goal) => ({ goal, questions: numbered.filter(({ question }) => question.goals.includes(goal.id)) }));
}

/**
 * The goal rules:
 * - a goal id is unique in the course;
 * - every goal id a question or scene check names exists, and a lesson quiz names only goals of its own lesson;
 * - every lesson goal is checked by at least one question of the lesson's quiz;
 * - the final test (its drawn questions included) checks at least one goal of every lesson.
 * `ownQuestions`: each quiz's own questions, before draws (a drawn question is checked where it is written);
 * `quizzes`: with drawn questions resolved.
 */
export function checkGoals(
  lessons: readonly LessonWithGoals[],
  ownQuestions: ReadonlyMap<string, readonly Question[]>,
  quizzes: ReadonlyMap<string, Quiz>,
): GoalProblem[] {
  const problems: GoalProblem[] = [];
  const owners = new Map<string, string>();
  for (const lesson of lessons) {
    lesson.goals.forEach((goal, index) => {
      const other = owners.get(goal.id);
      if (other) {
        problems.push({
          lessonSlug: lesson.slug,
          path: `frontmatter.goals[${index}].id`,
          message: `Das Lernziel "${goal.id}" gibt es schon in lessons/${other}.mdx; jede Lernziel-id kommt im Kurs nur einmal vor.`,
        });
      } else {
        owners.set(goal.id, lesson.slug);
      }
    });
  }

  const checkNamedGoals = (quizId: string, question: Question, path: string) => {
    const quiz = quizzes.get(quizId);
    const ownLesson = quiz?.kind === 'lesson' ? quiz.lesson : undefined;
    question.goals.forEach((goalId, goalIndex) => {
      const goalPath = `${path}.goals[${goalIndex}]`;
      const owner = owners.get(goalId);
      if (!owner) {
        problems.push({ quizId, path: goalPath, message: `Unbekanntes Lernziel "${goalId}": Keine Lektion hat es unter "goals".` });
      } else if (ownLesson && owner !== ownLesson) {
        problems.push({
          quizId,
          path: goalPath,
          message: `Das Lernziel "${goalId}" gehört zur Lektion "${owner}". Ein Lektions-Quiz prüft nur Lernziele seiner eigenen Lektion ("${ownLesson}").`,
        });
      }
    });
  };
  for (const [quizId, questions] of ownQuestions) {
    questions.forEach((question, questionIndex) => checkNamedGoals(quizId, question, `questions[${questionIndex}]`));
    // The checks after the scenes name goals of the lesson too; they do not count as covering a goal (no points).
    quizzes.get(quizId)?.checks.forEach((check, checkIndex) =>
      check.questions.forEach((question, questionIndex) => checkNamedGoals(quizId, question, `checks[${checkIndex}].questions[${questionIndex}]`)),
    );
  }

  for (const lesson of lessons) {
    const quiz = quizzes.get(lesson.quiz);
    if (!quiz) continue;
    for (const { goal, questions } of questionsByGoal(lesson.goals, quiz)) {
      if (questions.length === 0) {
        problems.push({
          quizId: quiz.id,
          path: 'questions',
          message: `Keine Frage prüft das Lernziel "${goal.id}" der Lektion "${lesson.slug}" („${goal.text}“). Nenne es bei mindestens einer Frage unter "goals".`,
        });
      }
    }
  }

  const final = [...quizzes.values()].find((quiz) => quiz.kind === 'final');
  if (final) {
    const checked = new Set(final.questions.flatMap((question) => question.goals));
    for (const lesson of lessons) {
      if (!lesson.goals.some((goal) => checked.has(goal.id))) {
        problems.push({
          quizId: final.id,
          path: 'questions',
          message: `Der Abschlusstest hat keine Frage zu einem Lernziel der Lektion "${lesson.slug}" („${lesson.title}“). Nimm eine Frage dazu auf, die eines davon prüft (${lesson.goals.map((g) => g.id).join(', ')}).`,
        });
      }
    }
  }
  return problems;
}
