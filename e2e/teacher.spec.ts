import { expect, test, type Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { course, firstLesson, firstQuiz, letterLanguages } from './support/course';
import { currentSlide, slideCounter } from './support/deck';
import { pdfPageCount } from './support/pdf';
import { getParentLetters } from '../lib/content/load';

// Content validation requires a guide for every lesson, so lesson 1 always has one.
const guide = course.guides.get(firstLesson.slug);

test('a teacher finds the guide for lesson 1 from the teacher area', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Für Lehrkräfte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Für Lehrkräfte' })).toBeVisible();
  await page.getByRole('row', { name: new RegExp(firstLesson.title) }).getByRole('link', { name: 'Leitfaden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: firstLesson.title })).toBeVisible();
  for (const heading of ['Lernziele', 'Vorbereitung', /^Ablauf/, 'Wenn die Zeit knapp wird', 'Gesprächsfragen', 'Erwartete Antworten im Quiz', 'Differenzierung', 'Hausaufgabe', 'Sensible Situationen', 'Fakten und Quellen auf einen Blick']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  const phases = page.getByRole('table', { name: /^Ablauf/ }).getByRole('row');
  await expect(phases).toHaveCount(guide!.phases.length + 1);
  await expect(page.getByRole('table', { name: /^Ablauf/ })).toContainText(`–${firstLesson.durationMinutes} min`);
  // One row per goal, each naming at least one question of the lesson's quiz.
  const goals = page.getByRole('table', { name: /^Lernziele/ }).getByRole('row');
  await expect(goals).toHaveCount(firstLesson.goals.length + 1);
  for (const goal of firstLesson.goals) await expect(goals.filter({ hasText: goal.text })).toContainText('Frage ');
  const answers = page.getByRole('heading', { level: 2, name: 'Erwartete Antworten im Quiz' }).locator('~ ol').first().getByRole('listitem');
  await expect(answers).toHaveCount(firstQuiz.questions.length);
  await expect(page.getByRole('heading', { name: 'Wenn die Zeit knapp wird' }).locator('~ ol').first()).toContainText(guide!.shortOfTime[0]!);
});

test('the presentation runs by keyboard through every slide and back, and writes no progress', async ({ page }) => {
  await page.goto(`/lehrkraefte/${firstLesson.slug}/praesentation`);
  const counter = slideCounter(page);
  await expect(counter).toContainText('Folie 1 von');
  const total = Number((await counter.innerText()).match(/von (\d+)/)![1]);
  expect(total).toBeGreaterThan(5);

  let revealedStepwise = false;
  for (let guard = 0; guard < 200; guard++) {
    const text = await counter.innerText();
    const step = text.match(/Frage (\d+) von (\d+)/);
    if (step) {
      await expect(currentSlide(page).getByRole('listitem')).toHaveCount(Number(step[1]));
      if (Number(step[1]) < Number(step[2])) revealedStepwise = true;
    }
    if (text.startsWith(`Folie ${total} von ${total}`) && (!step || step[1] === step[2])) break;
    await page.keyboard.press(guard % 3 === 0 ? 'ArrowRight' : guard % 3 === 1 ? 'Space' : 'PageDown');
  }
  await expect(counter).toContainText(`Folie ${total} von ${total}`);
  expect(revealedStepwise, 'discussion questions appear one at a time').toBe(true);
  await expect(page.getByRole('heading', { name: 'Hilfe und Beratung' })).toBeVisible();

  for (let guard = 0; guard < 200 && !(await counter.innerText()).startsWith('Folie 1 '); guard++) {
    await page.keyboard.press(guard % 2 === 0 ? 'ArrowLeft' : 'PageUp');
  }
  await expect(counter).toContainText('Folie 1 von');
  await expect(page.getByRole('heading', { name: firstLesson.title, exact: true })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(`/lehrkraefte/${firstLesson.slug}/`);
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});

test('the class quiz shows the distribution of counts, reveals the answer and ends with the hardest questions', async ({ page }) => {
  await page.goto(`/lehrkraefte/${firstLesson.slug}/klassenquiz`);
  await page.getByRole('button', { name: 'Quiz starten' }).click();
  const first = firstQuiz.questions[0]!;
  await expect(page.getByRole('heading', { level: 2, name: first.prompt })).toBeVisible();
  await page.getByLabel('Anzahl A').fill('3');
  await page.getByLabel('Anzahl B').fill('12');
  await page.getByRole('button', { name: 'Verteilung zeigen' }).click();
  const chart = page.getByRole('figure');
  await expect(chart).toContainText('Verteilung der Antworten (15 Stimmen)');
  await expect(chart).toContainText('3 (20 %)');
  await expect(chart).toContainText('12 (80 %)');
  await page.getByRole('button', { name: 'Auflösen' }).click();
  await expect(page.getByRole('status')).toContainText(first.explanation.slice(0, 40));
  await expect(page.getByText('✓ richtig')).toBeVisible();
  await expect(page.getByRole('status')).toContainText(/Richtig: [A-H] – /);

  for (let i = 1; i < firstQuiz.questions.length; i++) await page.getByRole('button', { name: 'Nächste Frage →' }).click();
  await page.getByRole('button', { name: 'Zum Klassenergebnis' }).click();
  await expect(page.getByRole('heading', { name: /am schwersten/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Frage 1:/ })).toContainText('von 15)');
});

test('the class quiz on the projector: no header or instructions, large options, counts kept through a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`/lehrkraefte/${firstLesson.slug}/klassenquiz`);
  await page.getByRole('button', { name: 'Quiz starten' }).click();
  await page.getByLabel('Anzahl A').fill('4');
  await page.getByLabel('Anzahl B').fill('9');
  await page.getByRole('button', { name: 'Nächste Frage →' }).click();
  await page.reload();
  await expect(page.getByLabel('Anzahl A')).toHaveValue('4');
  await expect(page.getByLabel('Anzahl B')).toHaveValue('9');

  // What the class sees at a point of the screen: the quiz covers the site header and the instructions.
  // The running quiz is a region named by its current question, the one with the projector switch.
  const quiz = page.getByRole('region').filter({ has: page.getByRole('button', { name: /^Projektor-Modus/ }) });
  const seenAt = async (covered: Locator) => {
    const box = (await covered.boundingBox())!;
    const point = { x: box.x + 10, y: box.y + box.height / 2 };
    return (await quiz.evaluate((section, { x, y }) => section.contains(document.elementFromPoint(x, y)), point)) ? 'quiz' : 'page';
  };
  const header = page.getByRole('banner');
  const instructions = page.getByText(/^Wählen Sie die Fragen aus/);
  await page.getByRole('button', { name: 'Projektor-Modus' }).click();
  expect(await seenAt(header)).toBe('quiz');
  expect(await seenAt(instructions)).toBe('quiz');
  await expect(page.getByLabel('Anzahl A')).toBeHidden();
  const options = quiz.getByRole('listitem');
  expect(await options.count(), 'the question shows its options').toBeGreaterThan(1);
  for (const option of await options.all()) {
    expect(parseFloat(await option.evaluate((element) => getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(28);
  }
  await page.getByText('Stimmen eintragen', { exact: true }).click();
  await expect(page.getByLabel('Anzahl A')).toHaveValue('4');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Projektor-Modus' })).toHaveAttribute('aria-pressed', 'false');
  expect(await seenAt(header)).toBe('page');
});

test('the worksheet prints without navigation and without the solutions, which print from a page of their own', async ({ page }) => {
  await page.goto(`/lehrkraefte/${firstLesson.slug}/arbeitsblatt`);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Arbeitsblatt zu Lektion ${firstLesson.order}`) })).toBeVisible();
  const tasks = page.getByRole('heading', { level: 2, name: 'Aufgaben' }).locator('~ ol').first().getByRole('listitem');
  await expect(tasks).toHaveCount(guide!.worksheet.questions.length);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Arbeitsblatt drucken' })).toBeHidden();
  // The sheet for the class never carries the solutions …
  await expect(page.getByText(guide!.worksheet.questions[0]!.answer)).toHaveCount(0);
  // … they are a page of their own for the teacher.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: /Lösungen für die Lehrkraft/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Lösungen für die Lehrkraft/ })).toBeVisible();
  await expect(page.getByText(guide!.worksheet.questions[0]!.answer)).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
});

test('on localhost the QR handout asks for the address the class uses, remembers it and encodes it', async ({ page }) => {
  await page.goto(`/lehrkraefte/${firstLesson.slug}/handout/`);
  await expect(page.getByText('Der Kurs ist gerade nur auf diesem Computer geöffnet')).toBeVisible();
  await expect(page.getByRole('img', { name: /QR-Code/ })).toHaveCount(0);

  const field = page.getByLabel('Adresse für die Klasse');
  await field.fill('localhost:3000');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'funktioniert nur auf diesem Computer' })).toBeVisible();

  await field.fill('192.168.1.20:3000/');
  await page.getByRole('button', { name: 'Übernehmen' }).click();
  const expected = `http://192.168.1.20:3000/lektionen/${firstLesson.slug}/`;
  const image = page.getByRole('img', { name: /QR-Code/ });
  await expect(image).toBeVisible();
  const src = await image.getAttribute('src');
  expect(src).toMatch(/^data:image\/png;base64,/);
  const png = PNG.sync.read(Buffer.from(src!.split(',')[1]!, 'base64'));
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(expected);
  await expect(page.getByText(`192.168.1.20:3000/lektionen/${firstLesson.slug}/`, { exact: true }).first()).toBeVisible();

  // Remembered on this device, also for the other lessons' handouts.
  await page.goto(`/lehrkraefte/${course.lessons[1]!.slug}/handout/`);
  await expect(page.getByLabel('Adresse für die Klasse')).toHaveValue('http://192.168.1.20:3000');
  await expect(page.getByText(`192.168.1.20:3000/lektionen/${course.lessons[1]!.slug}/`, { exact: true }).first()).toBeVisible();
});

test('the parents letter prints on one A4 page, names where families get help and links to its translations', async ({ page }) => {
  await page.goto('/lehrkraefte/elternbrief');
  await expect(page.getByRole('heading', { level: 1, name: /Elternbrief/ })).toBeVisible();
  await expect(page.getByRole('article')).toContainText('0800 8 31 31 31');
  const { translations } = await getParentLetters();
  const languages = page.getByRole('navigation', { name: /in anderen Sprachen/ });
  await expect(languages.getByRole('link')).toHaveCount(translations.length);
  for (const letter of translations) {
    const link = languages.getByRole('link', { name: `${letter.language} (${letter.languageDe})` });
    await expect(link.locator(`[lang="${letter.code}"]`)).toHaveText(letter.language);
  }
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Elternbrief drucken' })).toBeHidden();
  await expect(languages).toBeHidden();
  expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);

  await page.emulateMedia({ media: 'screen' });
  await languages.getByRole('link', { name: /\(Türkisch\)/ }).click();
  await expect(page).toHaveURL(/\/lehrkraefte\/elternbrief\/tr\/?$/);
});

for (const code of letterLanguages) {
  test(`the parents letter in "${code}": its language and direction, a note for the teacher only, one A4 page in its language`, async ({ page }, testInfo) => {
    const letter = (await getParentLetters()).translations.find((l) => l.code === code)!;
    await page.goto(`/lehrkraefte/elternbrief/${code}`);
    const article = page.getByRole('article');
    await expect(article).toHaveAttribute('lang', code);
    await expect(article).toHaveAttribute('dir', letter.dir);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(article.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(article.getByRole('heading', { level: 1 }).locator('bdi[lang="de"]')).toHaveText('Rauchzeichen');
    for (const number of ['0800 8 31 31 31', '0800 111 0 550', '116 111']) await expect(article).toContainText(number);
    const note = page.getByRole('complementary', { name: 'Hinweis für die Lehrkraft' });
    await expect(note).toContainText(`von jemandem lesen, der ${letter.languageDe} spricht`);

    // The teacher fills in German-labelled fields; the letter prints them with labels in its own language.
    await page.getByLabel('Schule', { exact: true }).fill('Goethe-Gesamtschule');
    await page.getByLabel('Klasse', { exact: true }).fill('7b');
    await page.getByLabel('Datum', { exact: true }).fill('2026-12-01');
    // The form's inputs are not text: what the letter shows of them is its printed lines.
    await expect(article).toContainText('Goethe-Gesamtschule');
    await expect(article).toContainText('7b');
    await expect(article).toContainText('2026');

    await page.emulateMedia({ media: 'print' });
    await expect(note).toBeHidden();
    await expect(page.getByRole('button', { name: /drucken/ })).toBeHidden();
    await expect(page.getByRole('group', { name: /Angaben der Schule/ })).toBeHidden();
    const printed = await article.innerText();
    for (const germanWords of ['Schule:', 'Klasse:', 'Datum:', 'Elternbrief', 'Liebe Eltern']) expect(printed).not.toContain(germanWords);
    const pdf = await page.pdf({ format: 'A4' });
    await testInfo.attach(`elternbrief-${code}.pdf`, { body: pdf, contentType: 'application/pdf' });
    expect(pdfPageCount(pdf), `the letter in "${code}" fits one A4 page`).toBe(1);
  });
}
