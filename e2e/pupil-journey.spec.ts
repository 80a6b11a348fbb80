import { expect, test } from '@playwright/test';
import { firstLesson, firstQuiz } from './support/course';
import { expectVisibleFocus, tabTo } from './support/keyboard';
import { answerByKeyboard, answerQuizByKeyboard } from './support/quiz';

test('a pupil reads lesson 1 and completes its quiz by keyboard only; progress survives a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1, name: 'Rauchzeichen' })).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: firstLesson.title }) });
  await expect(card.getByText('Noch nicht begonnen')).toBeVisible();

  // "Weiter" leads into the first lesson.
  const weiter = page.getByRole('link', { name: /^Weiter/ });
  await tabTo(page, weiter);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/lektionen/${firstLesson.slug}/`);
  await expect(page.getByRole('heading', { level: 1, name: firstLesson.title })).toBeVisible();
  await expect(page.getByRole('link', { name: /Hilfsangebote/ })).toBeVisible();

  const toQuiz = page.getByRole('link', { name: 'Zum Quiz' });
  await tabTo(page, toQuiz);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/lektionen/${firstLesson.slug}/quiz/`);

  await answerQuizByKeyboard(page, firstQuiz);
  const submit = page.getByRole('button', { name: 'Antworten prüfen' });
  await tabTo(page, submit);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');

  const status = page.getByRole('status').filter({ hasText: 'Dein Ergebnis' });
  await expect(status).toContainText(/(\d+) von \1 Fragen richtig \(100 %\)/);
  await expect(status).not.toContainText('Punkte');
  // Focus moved to the result.
  await expect(page.getByRole('region', { name: 'Dein Ergebnis' })).toBeFocused();
  await expect(page.getByText(/^✓ Richtig$/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nochmal versuchen' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Fehler wiederholen/ })).toHaveCount(0);

  await page.reload();
  await page.goto('/');
  await expect(card.getByText('Abgeschlossen')).toBeVisible();
  await expect(card).toContainText('Bestes Quiz-Ergebnis: 100 %');

  await page.getByRole('link', { name: 'Mein Fortschritt' }).click();
  const row = page.getByRole('row', { name: new RegExp(firstLesson.title) });
  await expect(row.getByRole('cell').nth(0)).toHaveText('Abgeschlossen');
  await expect(row.getByRole('cell').nth(1)).toHaveText('1');
  await expect(row.getByRole('cell').nth(2)).toHaveText('100 %');
});

test('a pupil who misses questions repeats only those, then tries again from the start', async ({ page }) => {
  const missed = firstQuiz.questions.slice(0, 3).map((q) => q.id);
  await page.goto(`/lektionen/${firstLesson.slug}/quiz`);
  await answerQuizByKeyboard(page, firstQuiz, missed);
  await page.getByRole('button', { name: 'Antworten prüfen' }).click();
  const status = page.getByRole('status').filter({ hasText: /Dein Ergebnis|Deine Übungsrunde/ });
  await expect(status).toContainText(/\d+ von \d+ Fragen richtig/);
  await expect(page.getByText(/Leider nicht richtig|Teilweise richtig/)).toHaveCount(3);

  await page.getByRole('button', { name: 'Fehler wiederholen (3 Fragen)' }).click();
  await expect(page.getByRole('group', { name: /^Frage \d+ von/ })).toHaveCount(3);
  for (const question of firstQuiz.questions.filter((q) => missed.includes(q.id))) {
    await answerByKeyboard(page, firstQuiz, question, true);
  }
  await page.getByRole('button', { name: 'Antworten prüfen' }).click();
  await expect(status).toContainText('Übungsrunde');
  await expect(status).toContainText('(100 %)');

  await page.getByRole('button', { name: 'Nochmal versuchen' }).click();
  await expect(page.getByRole('group', { name: /^Frage \d+ von/ })).toHaveCount(firstQuiz.questions.length);
});

test('unanswered questions are pointed out before checking', async ({ page }) => {
  await page.goto(`/lektionen/${firstLesson.slug}/quiz`);
  await page.getByRole('button', { name: 'Antworten prüfen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Du hast noch nicht alle Fragen beantwortet' })).toBeVisible();
  await page.getByRole('button', { name: 'Trotzdem prüfen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dein Ergebnis' })).toContainText(/\d+ von \d+ Fragen richtig.*\(\d+ %\)/);
});
