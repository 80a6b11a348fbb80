import { expect, test } from '@playwright/test';
import { firstLesson, firstQuiz } from './support/course';
import { answerQuizByKeyboard } from './support/quiz';

/**
 * The copy built with BASE_PATH=/rauchzeichen (project "base-path", baseURL …/rauchzeichen/): a school's
 * web space rarely has the domain root. Every request stays inside the folder and nothing is missing.
 */
test('home → lesson → quiz answered → progress, all inside /rauchzeichen/', async ({ page, baseURL }) => {
  // A quiz by keyboard and the service worker storing the whole course.
  test.setTimeout(180_000);
  const outside: string[] = [];
  const failed: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && !request.url().startsWith(baseURL!)) outside.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });

  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Rauchzeichen' })).toBeVisible();
  await page.getByRole('link', { name: firstLesson.title }).first().click();
  await expect(page).toHaveURL(`${baseURL}lektionen/${firstLesson.slug}/`);
  await expect(page.getByRole('heading', { level: 1, name: firstLesson.title })).toBeVisible();
  await page.getByRole('link', { name: 'Zum Quiz' }).click();
  await expect(page).toHaveURL(`${baseURL}lektionen/${firstLesson.slug}/quiz/`);
  await answerQuizByKeyboard(page, firstQuiz);
  await page.getByRole('button', { name: 'Antworten prüfen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dein Ergebnis' })).toContainText('(100 %)');
  await page.getByRole('link', { name: 'Mein Fortschritt' }).click();
  await expect(page).toHaveURL(`${baseURL}fortschritt/`);
  const row = page.getByRole('row', { name: new RegExp(firstLesson.title) });
  await expect(row.getByRole('cell').nth(2)).toHaveText('100 %');

  // A reload of a deep page, and the service worker registered for the folder.
  await page.reload();
  await expect(row.getByRole('cell').nth(2)).toHaveText('100 %');
  await expect(page.getByText('Offline verfügbar')).toBeVisible({ timeout: 90_000 });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(baseURL);

  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
});

test('the manifest and the QR handout point into the folder', async ({ page, baseURL, request }) => {
  const manifest = await (await request.get(`${baseURL}manifest.webmanifest`)).json();
  expect(manifest.start_url).toBe('/rauchzeichen/');
  expect(manifest.scope).toBe('/rauchzeichen/');
  for (const icon of manifest.icons) expect((await request.get(new URL(icon.src, baseURL).href)).status()).toBe(200);

  // On this computer (127.0.0.1) the teacher types the address the class uses; the folder is part of it.
  await page.goto(`lehrkraefte/${firstLesson.slug}/handout/`);
  await page.getByLabel('Adresse für die Klasse').fill('https://schule.example/rauchzeichen/');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(page.getByText(`schule.example/rauchzeichen/lektionen/${firstLesson.slug}/`, { exact: true }).first()).toBeVisible();
});
