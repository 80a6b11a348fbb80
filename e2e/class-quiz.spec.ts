import { expect, test } from '@playwright/test';
import { course, firstLesson, firstQuiz } from './support/course';
import { pdfPageCount } from './support/pdf';
import { expectNoViolations } from './support/axe';
import { answerCardLetters, cardQuestionIds, choicesOf, letterRange, promptOf } from '../lib/teacher/class-quiz';

/** A teacher runs a short class quiz of picked questions, prints answer cards and the class's result. */

const quizPage = `/lehrkraefte/${firstLesson.slug}/klassenquiz`;
const [firstCard, secondCard] = cardQuestionIds(firstQuiz).map((id) => firstQuiz.questions.find((q) => q.id === id)!);
const counted = firstQuiz.questions.find((question) => !choicesOf(question));
/** Three questions in the quiz's order: two answered with cards, one the teacher counts as "right of total". */
const picked = firstQuiz.questions.filter((question) => [firstCard, secondCard, counted].includes(question));

test.beforeEach(() => {
  // Content validation requires a guide for every lesson; the quiz's mix of questions is up to its authors.
  expect(picked, 'lesson 1\'s quiz has two questions for answer cards and one without').toHaveLength(3);
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test(`at ${size.width}×${size.height} the teacher picks 3 questions, runs them, keeps picks and counts through a reload and prints the result`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(size);
    await page.goto(quizPage);
    await expect(page.getByRole('main')).toContainText(`Antwortkarten ${letterRange(answerCardLetters(firstQuiz))}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Fragen auswählen' })).toBeVisible();
    const start = page.getByRole('button', { name: 'Quiz starten' });
    await expect(start, 'the start button is in view without scrolling').toBeInViewport();
    const picker = page.getByRole('group', { name: 'Fragen aus dem Quiz zur Lektion' });
    await expect(picker.getByRole('checkbox', { checked: true })).toHaveCount(firstQuiz.questions.length);
    await expect(picker.getByRole('checkbox', { name: promptOf(firstCard!) })).toHaveAccessibleDescription(/Karten [A-H]/);
    await expect(picker.getByRole('checkbox', { name: promptOf(counted!) })).toHaveAccessibleDescription(/ohne Karten/);
    await expectNoViolations(page, 'class quiz: question picker');

    await page.getByRole('group', { name: 'Schnellauswahl' }).getByRole('button', { name: 'Keine', exact: true }).click();
    await expect(start).toBeDisabled();
    for (const question of picked) await picker.getByRole('checkbox', { name: promptOf(question) }).check();
    await expect(page.getByText(`3 von ${firstQuiz.questions.length} ausgewählt`)).toBeVisible();
    await start.click();

    // The round steps through the picked questions only; the class answers with cards or the teacher counts.
    const counter = page.getByText(/^Frage \d+ von \d+$/);
    const enter = async (question: (typeof picked)[number], values: [string, string]) => {
      await expect(page.getByRole('heading', { level: 2 })).toContainText(question.prompt);
      const [first, second] = choicesOf(question) ? ['Anzahl A', 'Anzahl B'] : ['Richtig', 'Antworten insgesamt'];
      await page.getByLabel(first, { exact: true }).fill(values[0]);
      await page.getByLabel(second, { exact: true }).fill(values[1]);
    };
    const values = new Map(picked.map((question, i) => [question.id, (choicesOf(question) ? [String(3 + i), '12'] : ['5', '20']) as [string, string]]));
    for (const [i, question] of picked.entries()) {
      await expect(counter).toHaveText(`Frage ${i + 1} von 3`);
      await enter(question, values.get(question.id)!);
      if (i < 2) await page.getByRole('button', { name: 'Nächste Frage →' }).click();
    }

    await page.reload();
    await expect(counter).toHaveText('Frage 1 von 3');
    for (const [i, question] of picked.entries()) {
      const [a, b] = values.get(question.id)!;
      const [first, second] = choicesOf(question) ? ['Anzahl A', 'Anzahl B'] : ['Richtig', 'Antworten insgesamt'];
      await expect(page.getByLabel(first, { exact: true })).toHaveValue(a);
      await expect(page.getByLabel(second, { exact: true })).toHaveValue(b);
      if (i < 2) await page.getByRole('button', { name: 'Nächste Frage →' }).click();
    }
    await page.getByRole('button', { name: 'Fragen auswählen' }).click();
    await expect(picker.getByRole('checkbox', { checked: true })).toHaveCount(3);
    for (const question of picked) await expect(picker.getByRole('checkbox', { name: promptOf(question) })).toBeChecked();
    await start.click();

    await page.getByRole('button', { name: 'Projektor-Modus' }).click();
    await expect(page.getByRole('button', { name: 'Fragen auswählen' })).toBeHidden();
    await expectNoViolations(page, 'class quiz: projector mode');
    await page.keyboard.press('Escape');

    for (let i = 1; i < 3; i++) await page.getByRole('button', { name: 'Nächste Frage →' }).click();
    await page.getByRole('button', { name: 'Zum Klassenergebnis' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Klassenergebnis/ })).toBeVisible();
    const table = page.getByRole('table', { name: /schwersten zuerst/ });
    const rows = table.getByRole('row');
    await expect(rows).toHaveCount(1 + 3);
    const countedRow = table.getByRole('row', { name: new RegExp(`^Frage ${picked.indexOf(counted!) + 1}: `) });
    await expect(countedRow).toContainText('5 von 20 richtig');
    await expect(countedRow).toContainText('25 %');
    await expect(table.getByRole('row', { name: /^Frage 1: / })).toContainText('A: 3');
    await expect(table).toContainText('Richtig: ');
    const shares = (await table.locator('tbody tr td:last-child').allInnerTexts()).flatMap((text) => text.match(/(\d+) %/)?.slice(1).map(Number) ?? []);
    expect(shares, 'the hardest questions first').toEqual([...shares].sort((a, b) => a - b));
    await expectNoViolations(page, 'class quiz: class result');

    await page.reload();
    await expect(table).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Klassenergebnis drucken' })).toBeHidden();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    const printed = await page.getByRole('main').innerText();
    expect(printed).toContain('A: 3');
    expect(printed).toContain('Klasse: ');
    expect(printed, 'no line for a pupil’s name').not.toMatch(/Name\s*:/);
    expect(pdfPageCount(await page.pdf({ format: 'A4' })), 'three questions fit one page').toBe(1);
  });
}

test('the short round picks the card questions, and the picks belong to this tab only', async ({ page, context }) => {
  await page.goto(quizPage);
  await page.getByRole('button', { name: /^Kurze Runde: nur Kartenfragen/ }).click();
  const cards = cardQuestionIds(firstQuiz).length;
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(cards);
  await page.getByRole('button', { name: 'Quiz starten' }).click();
  await expect(page.getByText(`Frage 1 von ${cards}`, { exact: true })).toBeVisible();

  const other = await context.newPage();
  await other.goto(quizPage);
  await expect(other.getByRole('checkbox', { checked: true })).toHaveCount(firstQuiz.questions.length);
});

test('answer cards: one A4 page per pupil with a letter for every option of the lesson quiz, a few centimetres high', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(quizPage);
  await page.getByRole('link', { name: /^Antwortkarten [A-H].* drucken$/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`Antwortkarten ${letterRange(answerCardLetters(firstQuiz))}`);
  await expectNoViolations(page, 'answer cards');

  for (const lesson of course.lessons.filter((l) => course.guides.has(l.slug))) {
    const letters = answerCardLetters(course.quizzes.get(lesson.quiz)!);
    await page.goto(`/lehrkraefte/${lesson.slug}/klassenquiz/karten`);
    const set = page.getByRole('list', { name: `Antwortkarten ${letterRange(letters)}` });
    await expect(set.getByRole('listitem').filter({ hasText: /^[A-H]$/ })).toHaveText(letters);
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Antwortkarten drucken' })).toBeHidden();
    // 1 mm is 96 / 25.4 CSS pixels on paper; letters 5 cm high are read from the back of a classroom.
    const letterMm = (await set.getByText(letters[0]!, { exact: true }).boundingBox())!.height / (96 / 25.4);
    expect(letterMm, `${lesson.slug}: letter height`).toBeGreaterThanOrEqual(50);
    expect(pdfPageCount(await page.pdf({ format: 'A4' })), `${lesson.slug}: one set, one page`).toBe(1);
    await page.emulateMedia({ media: 'screen' });
  }
});
