import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { course, firstLesson, firstQuiz } from './support/course';
import { answerQuizByKeyboard } from './support/quiz';

const UPDATE_PORT = Number(process.env.E2E_PORT ?? 3100) + 10;

/**
 * A classroom without Wi-Fi (project "nginx"): the first visit online stores the course; then the
 * network is cut and every lesson and quiz opens by link and by reload, a quiz is answered and saved,
 * and the teacher's presentation and class quiz still work.
 */
test('after one visit online, the whole course works with the network cut', async ({ page, context }) => {
  test.setTimeout(300_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  await expect(page.getByText('Offline verfügbar')).toBeVisible({ timeout: 90_000 });
  await context.setOffline(true);
  // Nothing can come from the network now.
  expect(await page.evaluate(() => fetch('/gibt-es-nicht.txt', { cache: 'no-store' }).then(() => 'online', () => 'offline'))).toBe('offline');

  for (const lesson of course.lessons) {
    // By link from the course page (client navigation: the payloads come from the cache) …
    await page.goto('/');
    await page.getByRole('link', { name: lesson.title }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
    await page.getByRole('link', { name: 'Zum Quiz' }).click();
    await expect(page.getByRole('button', { name: 'Antworten prüfen' })).toBeVisible();
    // … and by reload (a full page load from the cache).
    await page.reload();
    await expect(page.getByRole('button', { name: 'Antworten prüfen' })).toBeVisible();
    await page.goto(`/lektionen/${lesson.slug}/`);
    await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
  }

  // A quiz answered offline is saved and shows on the progress page.
  await page.goto(`/lektionen/${firstLesson.slug}/quiz/`);
  await answerQuizByKeyboard(page, firstQuiz);
  await page.getByRole('button', { name: 'Antworten prüfen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dein Ergebnis' })).toContainText('(100 %)');
  await page.getByRole('link', { name: 'Mein Fortschritt' }).click();
  const row = page.getByRole('row', { name: new RegExp(firstLesson.title) });
  await expect(row.getByRole('cell').nth(0)).toHaveText('Abgeschlossen');
  await expect(row.getByRole('cell').nth(2)).toHaveText('100 %');

  // The teacher's tools for the projector.
  await page.goto(`/lehrkraefte/${firstLesson.slug}/praesentation/`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await page.goto(`/lehrkraefte/${firstLesson.slug}/klassenquiz/`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();

  // A link typed without its trailing slash still opens.
  await page.goto(`/lektionen/${firstLesson.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: firstLesson.title })).toBeVisible();
  expect(errors).toEqual([]);
});

test('a new version waits until the learner reloads', async ({ page }) => {
  test.setTimeout(180_000);
  // A host of its own, on a copy of the build, so that a "deployment" can change a file under it.
  const dir = mkdtempSync(join(tmpdir(), 'rauchzeichen-update-'));
  cpSync('out', dir, { recursive: true });
  const start = async () => {
    const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
      env: { ...process.env, SITE_DIR: dir, SITE_BASE_PATH: '', PORT: String(UPDATE_PORT), HOST: 'localhost' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    server.stdout.on('data', (chunk) => (output += chunk));
    await expect.poll(() => output, { timeout: 30_000 }).toContain('Rauchzeichen läuft');
    return server;
  };
  const stop = (server: ReturnType<typeof spawn>) => new Promise((resolve) => (server.kill(), server.once('exit', resolve)));
  let server = await start();
  try {
    await page.goto(`http://localhost:${UPDATE_PORT}/`);
    await expect(page.getByText('Offline verfügbar')).toBeVisible({ timeout: 90_000 });

    // A new version is deployed (the server restarted on changed files): its service worker differs.
    await stop(server);
    appendFileSync(join(dir, 'sw.js'), '\n// neue Version\n');
    server = await start();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const reload = page.getByRole('button', { name: 'Neue Version – neu laden' });
    await expect(reload).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole('status').filter({ hasText: 'neue Version' })).toBeVisible();
    // Nothing changes until the learner chooses it.
    await page.waitForTimeout(1000);
    await expect(reload).toBeVisible();

    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await expect(reload).toHaveCount(0);
    await expect(page.getByText('Offline verfügbar')).toBeVisible({ timeout: 60_000 });
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(false);
  } finally {
    server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
});
