import { getCourse } from '../../lib/content/load';

/** The real course content, read the same way the build reads it: tests follow the content. */
export const course = getCourse(process.cwd());
export const firstLesson = course.lessons[0]!;
export const firstQuiz = course.quizzes.get(firstLesson.quiz)!;

export const entryQuiz = [...course.quizzes.values()].find((quiz) => quiz.kind === 'entry');
export const finalQuiz = [...course.quizzes.values()].find((quiz) => quiz.kind === 'final');
