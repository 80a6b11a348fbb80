import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { firstLesson, firstQuiz } from './support/course';
import { answerQuizByKeyboard } from './support/quiz';
import { scoreQuiz } from '../lib/quiz/score';

const PROGRESS_KEY = 'rauchzeichen:fortschritt';

async function completeFirstQuiz(page: Page) {
  await page.goto(`/lektionen/${firstLesson.slug}`);
  await page.getByRole('link', { name: 'Zum Quiz' }).click();
  await answerQuizByKeyboard(page, firstQuiz);
  await page.getByRole('button', { name: 'Antworten prüfen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dein Ergebnis' })).toContainText('(100 %)');
}

/** A saved profile, created on purpose: a fresh browser starts as a guest and saves nothing. */
async function createProfile(page: Page, name: string) {
  await page.goto('/');
  await page.getByLabel('Neues Profil (Vorname oder Spitzname)').fill(name);
  await page.getByRole('button', { name: 'Profil anlegen' }).click();
  await expect(page.getByRole('banner')).toContainText(`Wer lernt gerade? ${name}`);
}

async function storedKeys(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
}

test('progress exported from one browser imports into a fresh one', async ({ page, browser }) => {
  await createProfile(page, 'Mia');
  await completeFirstQuiz(page);
  await page.goto('/fortschritt');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Fortschritt exportieren' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^rauchzeichen-fortschritt-mia-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = await readFile((await download.path())!, 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ app: 'rauchzeichen', schemaVersion: 3 });
  expect(exported, 'a file holds answers, never a result to fake').not.toMatch(/"(points|percent|passed)"/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/fortschritt');
  const row = other.getByRole('row', { name: new RegExp(firstLesson.title) });
  await expect(row.getByRole('cell').nth(0)).toHaveText('Noch nicht begonnen');
  await other.getByLabel(/Fortschritt aus einer Datei importieren/).setInputFiles({
    name: 'fortschritt.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(other.getByRole('status').filter({ hasText: 'Import' })).toHaveText(
    'Import abgeschlossen: 1 neuer Quiz-Versuch, 1 Lektion neu begonnen, 1 Lektion neu abgeschlossen.',
  );
  await expect(row.getByRole('cell').nth(0)).toHaveText('Abgeschlossen');
  await expect(row.getByRole('cell').nth(2)).toHaveText('100 %');

  // The same file again adds nothing.
  await other.getByLabel(/Fortschritt aus einer Datei importieren/).setInputFiles({
    name: 'fortschritt.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(other.getByRole('status').filter({ hasText: 'Import' })).toHaveText('Import abgeschlossen: Die Datei enthielt nichts Neues.');
  await fresh.close();
});

test('an import file that is not progress is refused and nothing changes', async ({ page }) => {
  await createProfile(page, 'Mia');
  await completeFirstQuiz(page);
  await page.goto('/fortschritt');
  const before = (await storedKeys(page))[PROGRESS_KEY];
  await page.getByLabel(/Fortschritt aus einer Datei importieren/).setInputFiles({
    name: 'boese.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"app":"rauchzeichen","schemaVersion":2,"__proto__":{"x":1}}'),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Import' })).toContainText('unzulässigen Schlüssel "__proto__"');
  await expect(page.getByRole('status').filter({ hasText: 'Import' })).toContainText('Dein bisheriger Fortschritt ist unverändert');
  expect((await storedKeys(page))[PROGRESS_KEY]).toBe(before);
});

test('corrupted storage shows a notice, keeps the data aside and offers it as a download', async ({ page }) => {
  const corrupt = '{"app":"rauchzeichen","schemaVersion":2,"profiles":[kaputt';
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PROGRESS_KEY, corrupt],
  );
  await page.goto('/');
  const notice = page.getByRole('region', { name: 'Hinweise zu deinem Fortschritt' });
  await expect(notice).toContainText('Wir konnten gespeicherte Daten nicht lesen');
  await expect(notice).toContainText('kein gültiges JSON');

  const stored = await storedKeys(page);
  const asideKey = Object.keys(stored).find((k) => k.startsWith('rauchzeichen:beiseitegelegt:'));
  expect(asideKey, 'the corrupt data was put aside under its own key').toBeDefined();
  expect(stored[asideKey!]).toBe(corrupt);

  const downloadPromise = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Daten herunterladen' }).click();
  const download = await downloadPromise;
  expect(await readFile((await download.path())!, 'utf8')).toBe(corrupt);

  // The learner can go on (as a guest: no profile is made up), and the notice stays after a reload until they decide.
  await page.goto(`/lektionen/${firstLesson.slug}`);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Hinweise zu deinem Fortschritt' })).toContainText('nicht lesen');
  await createProfile(page, 'Mia');
  expect(JSON.parse((await storedKeys(page))[PROGRESS_KEY]!).profiles[0].lessons).toHaveProperty(firstLesson.slug);
});

test('guest mode stores nothing in localStorage', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('Du lernst als Gast')).toBeVisible();
  await completeFirstQuiz(page);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Hinweise zu deinem Fortschritt' })).toContainText('Gastmodus');
  expect(await storedKeys(page)).toEqual({});
});

test('disabled storage degrades to a clear notice and the quiz still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await completeFirstQuiz(page);
  await expect(page.getByRole('region', { name: 'Hinweise zu deinem Fortschritt' })).toContainText('Speichern nicht möglich');
  expect(errors).toEqual([]);
});

test('profiles keep separate progress on a shared computer', async ({ page }) => {
  await createProfile(page, 'Mia');
  await completeFirstQuiz(page);
  await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
  await createProfile(page, 'Lena');
  await expect(page.getByText('Du lernst im Profil Lena')).toBeVisible();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: firstLesson.title }) });
  await expect(card.getByText('Noch nicht begonnen')).toBeVisible();
  await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
  await page.getByLabel('Dein Profil').selectOption({ label: 'Mia' });
  await page.getByRole('button', { name: 'Weiter mit diesem Profil' }).click();
  await expect(card.getByText('Abgeschlossen')).toBeVisible();
});

test('two tabs answering quizzes at the same time lose no attempt', async ({ context }) => {
  // Two whole quizzes by keyboard.
  test.setTimeout(180_000);
  const [first, second] = [await context.newPage(), await context.newPage()];
  await createProfile(first, 'Mia');
  for (const tab of [first, second]) await tab.goto(`/lektionen/${firstLesson.slug}/quiz`);
  // A new tab asks first whether Mia is still the one learning.
  await second.getByRole('button', { name: 'Ja' }).click();
  await expect(second.getByRole('banner')).toContainText('Wer lernt gerade? Mia');
  for (const tab of [first, second]) await answerQuizByKeyboard(tab, firstQuiz);
  await Promise.all(
    [first, second].map(async (tab) => {
      await tab.getByRole('button', { name: 'Antworten prüfen' }).click();
      await expect(tab.getByRole('status').filter({ hasText: 'Dein Ergebnis' })).toContainText('(100 %)');
    }),
  );
  for (const tab of [first, second]) {
    await tab.getByRole('button', { name: 'Nochmal versuchen' }).click();
    await tab.getByRole('button', { name: 'Antworten prüfen' }).click();
    await tab.getByRole('button', { name: 'Trotzdem prüfen' }).click();
  }
  // Each attempt is saved right after the frame that shows its result.
  const savedAttempts = async () => (await first.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY)).profiles[0].attempts.length;
  await expect.poll(savedAttempts).toBe(4);
});

test('progress made in another tab arrives on an open progress page without a reload', async ({ context }) => {
  const overview = await context.newPage();
  await createProfile(overview, 'Mia');
  await overview.goto('/fortschritt');
  const row = overview.getByRole('row', { name: new RegExp(firstLesson.title) });
  await expect(row.getByRole('cell').nth(0)).toHaveText('Noch nicht begonnen');
  const loads: string[] = [];
  overview.on('load', () => loads.push(overview.url()));

  const quiz = await context.newPage();
  await quiz.goto(`/lektionen/${firstLesson.slug}/quiz`);
  await quiz.getByRole('button', { name: 'Ja' }).click();
  await expect(quiz.getByRole('banner')).toContainText('Wer lernt gerade? Mia');
  await answerQuizByKeyboard(quiz, firstQuiz);
  await quiz.getByRole('button', { name: 'Antworten prüfen' }).click();
  await expect(quiz.getByRole('status').filter({ hasText: 'Dein Ergebnis' })).toContainText('(100 %)');

  // The open page hears of it through the browser's storage event, as it is.
  await expect(row.getByRole('cell').nth(0)).toHaveText('Abgeschlossen');
  await expect(row.getByRole('cell').nth(1)).toHaveText('1');
  await expect(row.getByRole('cell').nth(2)).toHaveText('100 %');
  expect(loads, 'the progress page was not loaded again').toEqual([]);
});

test('a saved record from the last version that claims 100 % shows the real result, and says so', async ({ page }) => {
  // The true/false questions answered right, every other question left open: well below 100 %.
  const answers = Object.fromEntries(
    firstQuiz.questions.flatMap((q) => (q.type === 'true-false' ? [[q.id, { type: 'true-false', value: q.answer }]] : [])),
  );
  const real = scoreQuiz(firstQuiz, answers);
  expect(real.passed).toBe(false);
  const at = '2025-03-01T10:00:00.000Z';
  const faked = {
    app: 'rauchzeichen',
    schemaVersion: 2,
    activeProfileId: 'mia',
    profiles: [
      {
        id: 'mia',
        name: 'Mia',
        createdAt: at,
        lessons: { [firstLesson.slug]: { startedAt: at, completedAt: at } },
        attempts: [
          { id: 'v1', quizId: firstQuiz.id, lesson: firstLesson.slug, at, mode: 'full', answers, points: real.maxPoints, maxPoints: real.maxPoints, percent: 100, passed: true },
        ],
      },
    ],
  };
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        // Mia opened her profile in this tab: no "Bist du Mia?" first.
        sessionStorage.setItem('rauchzeichen:angemeldet', 'mia');
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PROGRESS_KEY, JSON.stringify(faked)],
  );
  await page.goto('/fortschritt');
  const notice = page.getByRole('region', { name: 'Hinweise zu deinem Fortschritt' });
  await expect(notice).toContainText('1 Quiz-Versuch wurde anhand deiner Antworten neu bewertet.');
  await expect(notice).toContainText('1 Lektion gilt nicht mehr als abgeschlossen.');
  const row = page.getByRole('row', { name: new RegExp(firstLesson.title) });
  await expect(row.getByRole('cell').nth(0)).toHaveText('Begonnen');
  await expect(row.getByRole('cell').nth(2)).toHaveText(`${real.percent} %`);
  const stored = JSON.parse((await storedKeys(page))[PROGRESS_KEY]!);
  expect(stored.schemaVersion).toBe(3);
  expect(JSON.stringify(stored)).not.toContain('"percent"');
});
