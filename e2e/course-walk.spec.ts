import { expect, test } from '@playwright/test';
import { course, entryQuiz, finalQuiz } from './support/course';
import { answerQuizByPointer } from './support/quiz';
import { expectNoViolations } from './support/axe';

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

  // "Mein Fortschritt" shows the same results as a chart, with every number in words beside its bar.
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/fortschritt');
  const chart = page.getByRole('region', { name: 'Auf einen Blick' });
  const lessonsFigure = chart.getByRole('figure', { name: /bestes Quiz-Ergebnis je Lektion/ });
  await expect(lessonsFigure.getByRole('listitem')).toHaveCount(course.lessons.length);
  for (const lesson of course.lessons) {
    await expect(lessonsFigure.getByRole('listitem').filter({ hasText: `${lesson.order}. ${lesson.title}:` })).toContainText('100 %, bestanden');
  }
  const comparison = chart.getByRole('figure', { name: /Fragen vom Anfang/ });
  await expect(comparison.getByRole('listitem').first()).toContainText(`Vorher (Einstiegstest): 3 von ${n} richtig`);
  await expect(comparison.getByRole('listitem').last()).toContainText(`Jetzt (Abschlusstest): ${n} von ${n} richtig`);
  // The same figures are in the table.
  await expect(page.getByRole('row', { name: new RegExp(course.lessons[0]!.title) })).toContainText('100 %');

  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ media: 'screen', colorScheme: scheme });
    await expectNoViolations(page, `/fortschritt with results (${scheme})`);
    await test.info().attach(`fortschritt-diagramm-${scheme}.png`, { body: await chart.screenshot(), contentType: 'image/png' });
  }
  // On a 360 px phone the bar goes under its label and nothing runs off the screen.
  await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
  await page.setViewportSize({ width: 360, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no horizontal scrolling at 360 px').toBeLessThanOrEqual(360);
  await test.info().attach('fortschritt-diagramm-360px.png', { body: await chart.screenshot(), contentType: 'image/png' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await expect(chart).toBeVisible();
  await test.info().attach('fortschritt-diagramm-druck.png', { body: await chart.screenshot(), contentType: 'image/png' });
  const progressPdf = await page.pdf({ format: 'A4' });
  await test.info().attach('fortschritt.pdf', { body: progressPdf, contentType: 'application/pdf' });
});
