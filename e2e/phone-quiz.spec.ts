import { devices, expect, test, type Page } from '@playwright/test';
import { course, entryQuiz, firstLesson, firstQuiz } from './support/course';
import { answerByPointer, answerQuizByPointer } from './support/quiz';
import { expectHydrated } from './support/hydrated';
import { isGraded } from '../lib/quiz/graded';

// Lea on her phone: a touch screen 360 px wide.
test.use({
  viewport: { width: 360, height: 780 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  userAgent: devices['Pixel 5'].userAgent,
});

const secondLesson = course.lessons[1]!;
const gradedQuestions = firstQuiz.questions.filter(isGraded);
/** Three graded questions answered wrong on purpose. */
const missed = gradedQuestions.slice(0, 3).map((q) => q.id);

function result(page: Page) {
  return page.getByRole('status').filter({ hasText: /Dein Ergebnis|Deine Übungsrunde/ });
}

async function checkAnswers(page: Page) {
  await page.getByRole('button', { name: 'Antworten prüfen' }).tap();
}

test('a passed quiz shows whole questions and leads on to the next lesson', async ({ page }) => {
  await page.goto(`/lektionen/${firstLesson.slug}/quiz`);
  await answerQuizByPointer(page, firstQuiz);
  await checkAnswers(page);

  const n = gradedQuestions.length;
  await expect(result(page)).toContainText(`${n} von ${n} Fragen richtig (100 %)`);
  await expect(result(page)).not.toContainText(/Punkten|\d,\d/);

  const weiter = page.getByRole('link', { name: `Weiter: Lektion ${secondLesson.order} – ${secondLesson.title}` });
  const again = page.getByRole('button', { name: 'Nochmal versuchen' });
  await expect(weiter).toBeVisible();
  // The way on comes first; trying again is the second choice.
  expect((await weiter.boundingBox())!.y).toBeLessThan((await again.boundingBox())!.y);
  await weiter.tap();
  await expect(page).toHaveURL(`/lektionen/${secondLesson.slug}/`);
});

test('feedback marks the pupil\'s own answers and says the true/false verdict once', async ({ page }) => {
  await page.goto(`/lektionen/${firstLesson.slug}/quiz`);
  await answerQuizByPointer(page, firstQuiz, gradedQuestions.map((q) => q.id));
  await checkAnswers(page);
  await expect(result(page)).toContainText(`0 von ${gradedQuestions.length} Fragen richtig`);
  // Not passed: no way on yet, trying again is the main button.
  await expect(page.getByRole('link', { name: /^Weiter:/ })).toHaveCount(0);

  const matching = firstQuiz.questions.find((q) => q.type === 'matching');
  if (matching?.type === 'matching') {
    const box = page.getByRole('group', { name: new RegExp(`^Frage ${firstQuiz.questions.indexOf(matching) + 1} von`) });
    const pairs = box.getByRole('listitem').filter({ hasText: /nicht richtig:/ });
    await expect(pairs).toHaveCount(matching.pairs.length);
    // The full text of the chosen option and the right one, not a cut-off select box.
    await expect(box).toContainText(`${matching.pairs[0]!.left} → ${matching.pairs[1]!.right}`);
    await expect(box).toContainText(`richtig: ${matching.pairs[0]!.right}`);
  }
  for (const question of firstQuiz.questions.filter((q) => q.type === 'true-false')) {
    const box = page.getByRole('group', { name: new RegExp(`^Frage ${firstQuiz.questions.indexOf(question) + 1} von`) });
    await expect(box.getByText(/nicht richtig:/)).toBeVisible();
    expect((await box.innerText()).match(/stimmt( nicht)?\./g)?.length, question.id).toBe(1);
  }
});

test('answers tapped while the quiz is still loading count when it is checked', async ({ page }) => {
  // The page's scripts wait until the pupil has answered: until then the quiz is the page's HTML only.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`/lektionen/${firstLesson.slug}/quiz`, { waitUntil: 'domcontentloaded' });
  const native = new Set(['single-choice', 'scenario', 'true-false', 'multiple-choice', 'estimate']);
  const early = firstQuiz.questions.filter((q) => native.has(q.type));
  expect(early.length, 'the quiz has questions a pupil can answer without scripts').toBeGreaterThan(1);
  for (const question of early) await answerByPointer(page, firstQuiz, question, true);
  release();
  await expectHydrated(page);
  for (const question of firstQuiz.questions.filter((q) => !native.has(q.type))) await answerByPointer(page, firstQuiz, question, true);
  await checkAnswers(page);
  const n = gradedQuestions.length;
  await expect(result(page)).toContainText(`${n} von ${n} Fragen richtig (100 %)`);
});

test('the entry check shows no points, only what the pupil already knows, and leads to lesson 1', async ({ page }) => {
  expect(entryQuiz, 'the course has an entry check').toBeDefined();
  await page.goto('/einstieg');
  await answerQuizByPointer(page, entryQuiz!, entryQuiz!.questions.slice(4).map((q) => q.id));
  await checkAnswers(page);
  await expect(result(page)).toContainText(`Du kennst dich schon bei 4 von ${entryQuiz!.questions.length} Fragen aus`);
  await expect(result(page)).not.toContainText(/Punkt|%/);
  await expect(page.getByText('Das wusstest du schon').first()).toBeVisible();
  await page.getByRole('link', { name: `Weiter: Lektion 1 – ${firstLesson.title}` }).tap();
  await expect(page).toHaveURL(`/lektionen/${firstLesson.slug}/`);
});

test('a practice round of the mistakes does not become the last attempt on /fortschritt', async ({ page }) => {
  await page.goto(`/lektionen/${firstLesson.slug}/quiz`);
  await answerQuizByPointer(page, firstQuiz, missed);
  await checkAnswers(page);
  const firstTry = await result(page).innerText();
  const percent = /\((\d+) %\)/.exec(firstTry)![1]!;
  await expect(result(page)).toContainText(`${gradedQuestions.length - 3} von ${gradedQuestions.length} Fragen richtig`);

  await page.getByRole('button', { name: 'Fehler wiederholen (3 Fragen)' }).tap();
  await expect(page.getByText(/^Übungsrunde:/)).toBeVisible();
  for (const question of firstQuiz.questions.filter((q) => missed.includes(q.id))) {
    await answerByPointer(page, firstQuiz, question, true);
  }
  await checkAnswers(page);
  await expect(result(page)).toContainText('Deine Übungsrunde');
  await expect(result(page)).toContainText('3 von 3 Fragen richtig (100 %)');

  await page.goto('/fortschritt');
  const row = page.getByRole('row', { name: new RegExp(firstLesson.title) });
  await expect(row.getByRole('cell').nth(1)).toHaveText('1 (+ 1 Übungsrunde)');
  await expect(row.getByRole('cell').nth(2)).toHaveText(`${percent} %`);
  await expect(row.getByRole('cell').nth(3)).toHaveText(new RegExp(`^${percent} % am `));

  await page.goto('/');
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: firstLesson.title }) });
  await expect(card).toContainText(`Bestes Quiz-Ergebnis: ${percent} %`);
});

test('/fortschritt fits a 360 px phone and lists the entry check and the final test', async ({ page }) => {
  await page.goto(`/lektionen/${firstLesson.slug}/quiz`);
  await answerQuizByPointer(page, firstQuiz);
  await checkAnswers(page);
  await expect(result(page)).toBeVisible();

  await page.goto('/fortschritt');
  const row = page.getByRole('row', { name: new RegExp(firstLesson.title) });
  await expect(row.getByRole('cell').nth(0)).toHaveText('Abgeschlossen');
  await expect(page.getByRole('row', { name: /Vor dem Start/ }).getByRole('cell').nth(0)).toHaveText('Noch nicht gemacht');
  await expect(page.getByRole('row', { name: /Zum Schluss/ }).getByRole('cell').nth(0)).toHaveText('Noch nicht gemacht');

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const cell of await row.getByRole('cell').all()) {
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
  }
});
