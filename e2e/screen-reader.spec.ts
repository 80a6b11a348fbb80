import { expect, test } from '@playwright/test';
import { course, firstLesson, firstQuiz } from './support/course';
import { answerByKeyboard } from './support/quiz';
import { withScreenReader } from './support/screen-reader';
import { glossaryUsage } from '../lib/content/usage';
import { isGraded } from '../lib/quiz/graded';

/**
 * A blind pupil with a screen reader: what they hear, not what the page shows. The virtual screen reader
 * stands in for NVDA or VoiceOver (it reads the accessibility tree by the ARIA specifications); it does not
 * replace trying the course with a real one.
 */

const termsOfLesson1 = [...glossaryUsage(course)]
  .filter(([, lessons]) => lessons.some((lesson) => lesson.slug === firstLesson.slug))
  .map(([id]) => course.glossary.get(id)!);

test('reading lesson 1 on, a glossary word is read out with its explanation, the explanation closed', async ({ page }) => {
  expect(termsOfLesson1.length, 'lesson 1 marks glossary words').toBeGreaterThan(0);
  const reader = await withScreenReader(page);
  await page.goto(`/lektionen/${firstLesson.slug}/`);
  await reader.start();
  const names = termsOfLesson1.map((entry) => entry.term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const phrase = await reader.readOnUntil(new RegExp(`^button, (${names}),`));
  expect(phrase, 'the reader meets a glossary word in lesson 1').not.toBeNull();
  const entry = termsOfLesson1.find((candidate) => phrase!.startsWith(`button, ${candidate.term},`))!;
  expect(phrase).toContain(`${entry.term}: ${entry.definition}`);
  // Read in passing, the explanation is described, not opened on screen.
  await expect(page.getByRole('tooltip')).toHaveCount(0);
});

test('checking the quiz: the missing questions are spoken, then the score, and focus lands on the result', async ({ page }) => {
  const reader = await withScreenReader(page);
  await page.goto(`/lektionen/${firstLesson.slug}/quiz/`);
  await reader.start();
  const [first, second, ...rest] = firstQuiz.questions;
  for (const question of rest) await answerByKeyboard(page, firstQuiz, question, true);

  await page.getByRole('button', { name: 'Antworten prüfen' }).click();
  // An alert interrupts whatever the reader was saying.
  await expect
    .poll(reader.spoken)
    .toContainEqual(expect.stringMatching(/^assertive: Du hast noch nicht alle Fragen beantwortet: Frage 1, Frage 2\. Unbeantwortete Fragen zählen 0 Punkte\.$/));

  // Answering takes the warning away again.
  for (const question of [first!, second!]) await answerByKeyboard(page, firstQuiz, question, true);
  await reader.forget();
  await page.getByRole('button', { name: 'Antworten prüfen' }).click();

  const n = firstQuiz.questions.filter(isGraded).length;
  const result = page.getByRole('region', { name: 'Dein Ergebnis' });
  await expect(result).toBeFocused();
  await expect
    .poll(reader.spoken)
    .toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^polite: Dein Ergebnis\\s*${n} von ${n} Fragen richtig \\(100 %\\)`)), 'region, Dein Ergebnis']));
});
