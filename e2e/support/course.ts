import { basename } from 'node:path';
import { getCourse, readLetterFiles } from '../../lib/content/load';
import { LETTER_TRANSLATIONS_DIR } from '../../lib/content/letters';

/** The real course content, read the same way the build reads it: tests follow the content. */
export const course = getCourse(process.cwd());
export const firstLesson = course.lessons[0]!;
export const firstQuiz = course.quizzes.get(firstLesson.quiz)!;

export const entryQuiz = [...course.quizzes.values()].find((quiz) => quiz.kind === 'entry');
export const finalQuiz = [...course.quizzes.values()].find((quiz) => quiz.kind === 'final');

/** The language codes of the parents' letter's translations (content/elternbrief/<code>.mdx). */
export const letterLanguages = readLetterFiles(process.cwd())
  .filter((file) => file.path.startsWith(`${LETTER_TRANSLATIONS_DIR}/`))
  .map((file) => basename(file.path, '.mdx'));
