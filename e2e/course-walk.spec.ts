import { expect, test } from '@playwright/test';
import { course, entryQuiz, finalQuiz } from './support/course';
import { answerQuizByPointer } from './support/quiz';

test.setTimeout(240_000);

test('a pupil works through the entry check, all lessons and the final test, and prints the certificate', async ({ page }) => {
  expect(entryQuiz, 'the course has an entry check').toBeDefined();
  expect(finalQuiz, 'the course has a final test').toBeDefined();

  // Entry check: only the first three answers are right.
  await page.goto('/');
  await page.getByRole('link', { name: new RegExp(entryQuiz!.title) }).click();
  await expect(page.getByRole('heading', { level: 1, name: entryQuiz!.title })).toBeVisible();
  await answerQuizByPointer(page, entryQuiz!, entryQuiz!.questions.slice(3).map((q) => q.id));
  await page.getByRole('button', { name: 'Antworten prüfen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dein Ergebnis' })).toContainText('kein Test');

  for (const lesson of course.lessons) {
    await page.goto(`/lektionen/${lesson.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Das lernst du' })).toBeVisible();
    expect(await page.getByRole('region', { name: /^Szene \d+ von \d+/ }).count(), `${lesson.slug}: scenes`).toBeGreaterThanOrEqual(2);
    const facts = page.getByRole('complementary', { name: /^Fakt/ });
    expect(await facts.count(), `${lesson.slug}: fact boxes`).toBeGreaterThanOrEqual(3);
    for (const fact of await facts.all()) await expect(fact.getByText(/^Quelle:/)).toBeVisible();
    await expect(page.getByRole('complementary', { name: /Nachgedacht/ })).toBeVisible();
    await expect(page.getByRole('complementary', { name: /Im Gespräch/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Rückblick' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Hilfsangebote/ })).toHaveAttribute('href', '/hilfe/');

    await page.getByRole('link', { name: 'Zum Quiz' }).click();
    const quiz = course.quizzes.get(lesson.quiz)!;
    await answerQuizByPointer(page, quiz);
    await page.getByRole('button', { name: 'Antworten prüfen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Dein Ergebnis' }), lesson.slug).toContainText('(100 %)');
  }

  await page.goto('/');
  for (const lesson of course.lessons) {
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: lesson.title }) });
    await expect(card.getByText('Abgeschlossen')).toBeVisible();
  }

  await page.getByRole('link', { name: new RegExp(finalQuiz!.title) }).click();
  await answerQuizByPointer(page, finalQuiz!);
  await page.getByRole('button', { name: 'Antworten prüfen' }).click();
  const result = page.getByRole('status').filter({ hasText: 'Dein Ergebnis' });
  await expect(result).toContainText('(100 %)');
  const n = entryQuiz!.questions.length;
  await expect(result).toContainText(`vorher 3 von ${n}, jetzt ${n} von ${n} richtig`);

  await page.getByRole('link', { name: 'Zur Teilnahmebestätigung' }).click();
  await page.getByLabel('Dein Name für die Bestätigung').fill('Lena Beispiel');
  const certificate = page.getByRole('region', { name: 'Bestätigung zum Ausdrucken' });
  await expect(certificate).toContainText('Lena Beispiel');
  await expect(certificate).toContainText('100 % der Punkte');
  const today = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(new Date());
  await expect(certificate).toContainText(`am ${today} mit`);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Bestätigung drucken' })).toBeHidden();
  await expect(certificate).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  await test.info().attach('teilnahmebestaetigung.pdf', { body: pdf, contentType: 'application/pdf' });
});
