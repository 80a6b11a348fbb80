// `npm run validate`: checks every lesson, quiz, source and glossary file, and prints each problem
// as "file › path: message", then the parents' letter and its translations.
// Exits 1 when anything is wrong, so `npm run build` and `npm test` stop.
import { readContentFiles, readLetterFiles } from '../lib/content/load.ts';
import { validateLetters } from '../lib/content/letters.ts';
import { validateCourse } from '../lib/content/validate.ts';
import { formatProblem } from '../lib/content/problems.ts';
import { lessonStats } from '../lib/content/requirements.ts';
import { lessonReadability } from '../lib/content/readability.ts';

const result = validateCourse(readContentFiles(process.cwd()));
if (result.ok) {
  const { lessons, quizzes, sources, glossary } = result.course;
  const questions = [...quizzes.values()].reduce((sum, quiz) => sum + quiz.questions.length, 0);
  console.log(
    `Inhalt in Ordnung: ${lessons.length} Lektionen, ${quizzes.size} Quizze mit ${questions} Fragen, ${sources.size} Quellen, ${glossary.size} Begriffe.`,
  );
  if (process.argv.includes('--stats')) {
    for (const lesson of lessons) {
      const stats = lessonStats(lesson.model);
      const quiz = quizzes.get(lesson.quiz)!;
      const sourceIds = new Set(lesson.model.citations.map((citation) => citation.sourceId));
      quiz.questions.forEach((q) => q.sources.forEach((id) => sourceIds.add(id)));
      console.log(
        `  ${lesson.order}. ${lesson.slug}: ${stats.words} Wörter, Lesbarkeit (Amstad) ${lessonReadability(lesson.model).amstad}, ` +
          `${stats.scenes} Szenen, ${stats.factBoxes} Faktboxen, ` +
          `Quiz ${quiz.questions.length} Fragen / ${new Set(quiz.questions.map((q) => q.type)).size} Typen, Quellen: ${[...sourceIds].join(', ')}`,
      );
    }
  }
} else {
  console.error(`Der Kursinhalt ist fehlerhaft (${result.problems.length}):`);
  for (const problem of result.problems) console.error(`  - ${formatProblem(problem)}`);
  process.exitCode = 1;
}

validateLetters(readLetterFiles(process.cwd())).then((letters) => {
  if (letters.ok) {
    const codes = letters.letters.translations.map((letter) => letter.code);
    console.log(`Elternbrief in Ordnung: Deutsch und ${codes.length} Übersetzungen (${codes.join(', ')}).`);
  } else {
    console.error(`Der Elternbrief ist fehlerhaft (${letters.problems.length}):`);
    for (const problem of letters.problems) console.error(`  - ${formatProblem(problem)}`);
    process.exitCode = 1;
  }
});
