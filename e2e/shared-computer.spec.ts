import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { firstLesson, firstQuiz } from './support/course';
import { answerQuizByKeyboard } from './support/quiz';

const PROGRESS_KEY = 'rauchzeichen:fortschritt';

async function createProfile(page: Page, name: string, pin?: string) {
  await page.goto('/');
  const box = page.getByRole('region', { name: 'Wer lernt gerade?' });
  await box.getByLabel('Neues Profil (Vorname oder Spitzname)').fill(name);
  if (pin) await box.getByLabel('PIN (4 Ziffern, freiwillig)').fill(pin);
  await box.getByRole('button', { name: 'Profil anlegen' }).click();
  await expect(page.getByRole('banner')).toContainText(`Wer lernt gerade? ${name}`);
}

async function passFirstQuiz(page: Page) {
  await page.goto(`/lektionen/${firstLesson.slug}/quiz`);
  await answerQuizByKeyboard(page, firstQuiz);
  await page.getByRole('button', { name: 'Antworten prüfen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dein Ergebnis' })).toContainText('(100 %)');
}

const lessonCard = (page: Page) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: firstLesson.title }) });

test('a fresh browser makes up no profile: the pupil starts as a guest and chooses', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('region', { name: 'Wer lernt gerade?' });
  await expect(box).toContainText('Niemand ist angemeldet. Du lernst als Gast.');
  await expect(box.getByLabel('Dein Profil')).toHaveCount(0);
  await expect(page.getByRole('banner')).toContainText('Wer lernt gerade? Gast');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toHaveCount(0);
  // Each term says what it does.
  await expect(box.getByRole('term')).toHaveText(['Als Gast lernen', 'Abmelden']);
  await expect(page.getByText('Mein Profil')).toHaveCount(0);

  // What the pupil did before choosing is not lost: the new profile takes it along.
  await passFirstQuiz(page);
  await createProfile(page, 'Lea');
  await expect(lessonCard(page).getByText('Abgeschlossen')).toBeVisible();
  await expect(box).toContainText('Du lernst im Profil Lea.');
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), PROGRESS_KEY);
  expect(stored.profiles.map((p: { name: string }) => p.name)).toEqual(['Lea']);
});

test('two pupils at one computer: B reaches nothing of A without A\'s name and PIN, neither opening nor exporting', async ({ page }) => {
  // Pupil A: a profile with a PIN, a quiz, "Abmelden" in the header.
  await createProfile(page, 'Ayla', '4711');
  await passFirstQuiz(page);
  await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(/\/#wer-lernt-gerade$/);
  const stored = await page.evaluate((key) => localStorage.getItem(key)!, PROGRESS_KEY);
  expect(stored, 'only a salted hash of the PIN is stored').not.toContain('4711');
  expect(JSON.parse(stored).profiles[0].pin).toMatchObject({ algorithm: 'sha-256', salt: expect.stringMatching(/^[0-9a-f]{32}$/) });

  // Pupil B: nobody is preselected, and A's progress is nowhere on the page.
  const box = page.getByRole('region', { name: 'Wer lernt gerade?' });
  await expect(page.getByRole('banner')).toContainText('Wer lernt gerade? Gast');
  await expect(box.getByLabel('Dein Profil')).toHaveValue('');
  await expect(box.getByRole('button', { name: 'Weiter mit diesem Profil' })).toBeDisabled();
  await expect(lessonCard(page).getByText('Noch nicht begonnen')).toBeVisible();

  await box.getByLabel('Dein Profil').selectOption({ label: 'Ayla' });
  await box.getByLabel('PIN von Ayla').fill('1234');
  await box.getByRole('button', { name: 'Weiter mit diesem Profil' }).click();
  await expect(box.getByRole('alert')).toHaveText('Die PIN passt nicht. Versuch es noch einmal.');
  await expect(page.getByRole('banner')).toContainText('Wer lernt gerade? Gast');
  await expect(lessonCard(page).getByText('Noch nicht begonnen')).toBeVisible();

  // Exporting on /fortschritt gives B's own (empty) guest progress, never A's answers.
  await page.goto('/fortschritt');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Fortschritt exportieren' }).click();
  const exported = JSON.parse(await readFile((await (await downloadPromise).path())!, 'utf8'));
  expect(exported.profiles).toHaveLength(1);
  expect(exported.profiles[0]).toMatchObject({ name: 'Gast', attempts: [] });

  // A comes back: the right PIN opens the profile with everything in it.
  await page.goto('/');
  await box.getByLabel('Dein Profil').selectOption({ label: 'Ayla' });
  await box.getByLabel('PIN von Ayla').fill('4711');
  await box.getByRole('button', { name: 'Weiter mit diesem Profil' }).click();
  await expect(page.getByRole('banner')).toContainText('Wer lernt gerade? Ayla');
  await expect(lessonCard(page).getByText('Abgeschlossen')).toBeVisible();
});

test('a forgotten PIN: the profile can be deleted after a confirmation, not opened', async ({ page }) => {
  await createProfile(page, 'Ayla', '4711');
  await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
  const box = page.getByRole('region', { name: 'Wer lernt gerade?' });
  await box.getByLabel('Dein Profil').selectOption({ label: 'Ayla' });
  await box.getByText('PIN vergessen?').click();
  await box.getByRole('button', { name: 'Profil „Ayla“ löschen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Profil „Ayla“ löschen?' });
  await dialog.getByRole('button', { name: 'Ja, Profil löschen' }).click();
  await expect(box.getByLabel('Dein Profil')).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)).toBeNull();
});

test('a PIN set over plain http (no crypto.subtle) works with the built-in SHA-256', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window.crypto, 'subtle', { value: undefined }));
  await createProfile(page, 'Ayla', '2580');
  await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
  const box = page.getByRole('region', { name: 'Wer lernt gerade?' });
  await box.getByLabel('Dein Profil').selectOption({ label: 'Ayla' });
  await box.getByLabel('PIN von Ayla').fill('2580');
  await box.getByRole('button', { name: 'Weiter mit diesem Profil' }).click();
  await expect(page.getByRole('banner')).toContainText('Wer lernt gerade? Ayla');
});

test('after a browser restart a profile left signed in asks "Bist du …?" first', async ({ browser, page }) => {
  await createProfile(page, 'Ayla', '4711');
  await passFirstQuiz(page);
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Wer lernt gerade? Ayla', { timeout: 10_000 });
  const state = await page.context().storageState();

  // The same browser profile, started again: nothing of Ayla shows until someone answers.
  const restarted = await browser.newContext({ storageState: state });
  const next = await restarted.newPage();
  await next.goto('/');
  const question = next.getByRole('group', { name: 'Wer lernt gerade?' });
  await expect(question).toContainText('Bist du Ayla?');
  await expect(next.getByRole('banner')).toContainText('Wer lernt gerade? Gast');
  await expect(lessonCard(next).getByText('Noch nicht begonnen')).toBeVisible();
  await question.getByRole('button', { name: 'Ja' }).click();
  await question.getByLabel('PIN von Ayla').fill('4711');
  await question.getByRole('button', { name: 'Profil öffnen' }).click();
  await expect(next.getByRole('banner')).toContainText('Wer lernt gerade? Ayla');
  await expect(lessonCard(next).getByText('Abgeschlossen')).toBeVisible();
  await restarted.close();

  // "Nein, ich bin jemand anderes": a guest, and nobody preselected.
  const other = await browser.newContext({ storageState: state });
  const someoneElse = await other.newPage();
  await someoneElse.goto(`/lektionen/${firstLesson.slug}`);
  await someoneElse.getByRole('button', { name: 'Nein, ich bin jemand anderes' }).click();
  await expect(someoneElse.getByRole('group', { name: 'Wer lernt gerade?' })).toHaveCount(0);
  await someoneElse.goto('/');
  await expect(someoneElse.getByRole('region', { name: 'Wer lernt gerade?' }).getByLabel('Dein Profil')).toHaveValue('');
  await other.close();
});

test('"Abmelden" is in the header on every page while a profile is open, and signs out every tab', async ({ context, page }) => {
  await createProfile(page, 'Anna');
  for (const route of ['/', `/lektionen/${firstLesson.slug}`, `/lektionen/${firstLesson.slug}/quiz`, '/fortschritt', '/glossar', '/lehrkraefte']) {
    await page.goto(route);
    await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' }), route).toBeVisible();
  }
  const second = await context.newPage();
  await page.getByRole('banner').getByRole('button', { name: 'Abmelden' }).click();
  await expect(page.getByRole('banner')).toContainText('Wer lernt gerade? Gast');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Abmelden' })).toHaveCount(0);

  await second.goto(`/lektionen/${firstLesson.slug}`);
  await expect(second.getByRole('banner')).toContainText('Wer lernt gerade? Gast');
  await expect(second.getByRole('group', { name: 'Wer lernt gerade?' }), 'after "Abmelden" nobody is asked for').toHaveCount(0);
  await second.goto('/');
  await second.getByLabel('Dein Profil').selectOption({ label: 'Anna' });
  await second.getByRole('button', { name: 'Weiter mit diesem Profil' }).click();
  await expect(second.getByRole('banner')).toContainText('Wer lernt gerade? Anna');
});

test('on a pupil\'s own phone: German wording and no sign-out box at the end of a lesson', async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  const page = await phone.newPage();
  await createProfile(page, 'Lea');
  await expect(page.getByRole('region', { name: 'Wer lernt gerade?' })).toContainText('Du lernst im Profil Lea.');
  await page.goto(`/lektionen/${firstLesson.slug}`);
  await expect(page.getByRole('complementary', { name: 'Abmelden' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Wer lernt gerade?' })).toHaveCount(0);
  await phone.close();
});
