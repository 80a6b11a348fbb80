import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { course, letterLanguages } from './support/course';
import { pdfPageCount } from './support/pdf';
import { expectNoViolations } from './support/axe';
import { blocksOf } from '../lib/content/lesson-model';

/**
 * What a school prints, measured from the PDFs Chromium makes of it on A4: the worksheet and its easier
 * version on at most two pages (with the lesson's graphics), the answer key and the lesson plan on one, ten QR cards to a page, the
 * parents' letter on one page (two with the reply slip at most). PRINT_PDF_DIR keeps the PDFs for a look.
 */

const PDFINFO = '/usr/bin/pdfinfo';
const CLASS_ADDRESS = '192.168.1.20:3000';
const keepDir = process.env.PRINT_PDF_DIR;

/** Pages of a PDF: pdfinfo's count where it is installed, else the page objects in the file. */
function countPages(pdf: Buffer, file: string): number {
  if (!existsSync(PDFINFO)) return pdfPageCount(pdf);
  const info = execFileSync(PDFINFO, [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** Prints the page as the browser's print dialog would on A4 and counts the pages. */
async function printedPages(page: Page, testInfo: TestInfo, name: string): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const file = testInfo.outputPath(`${name}.pdf`);
  writeFileSync(file, pdf);
  if (keepDir) {
    mkdirSync(keepDir, { recursive: true });
    writeFileSync(join(keepDir, `${name}.pdf`), pdf);
  }
  const pages = countPages(pdf, file);
  await page.emulateMedia({ media: 'screen' });
  return pages;
}

/** No site chrome and no teacher controls on paper. */
async function expectOnlyTheDocumentPrints(page: Page) {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('button', { name: /drucken/ })).toBeHidden();
  for (const link of await page.getByRole('link', { name: /← / }).all()) await expect(link).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
}

const rows: { document: string; pages: number; limit: string }[] = [];
function record(document: string, pages: number, limit: string) {
  rows.push({ document, pages, limit });
  test.info().annotations.push({ type: 'pages', description: `${document}: ${pages} (${limit})` });
}

// One worker runs the file in order, so that the table below sees every row.
test.describe.configure({ mode: 'default' });

test.afterAll(() => {
  if (rows.length === 0) return;
  const width = Math.max(...rows.map((row) => row.document.length));
  const lines = rows.map((row) => `${row.document.padEnd(width)}  ${String(row.pages).padStart(5)}  ${row.limit}`);
  console.log(['', `${'Dokument'.padEnd(width)}  Seiten  erlaubt`, ...lines, ''].join('\n'));
});

for (const lesson of course.lessons.filter((l) => course.guides.has(l.slug))) {
  const guide = course.guides.get(lesson.slug)!;

  test(`lesson ${lesson.order} (${lesson.slug}): worksheet, easier worksheet, key, lesson plan and QR cards fit their pages`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const base = `/lehrkraefte/${lesson.slug}`;

    await page.goto(`${base}/arbeitsblatt/`);
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Arbeitsblatt zu Lektion ${lesson.order}`) })).toBeVisible();
    await expect(page.getByText(guide.worksheet.questions[0]!.answer)).toHaveCount(0);
    await expectOnlyTheDocumentPrints(page);
    await page.emulateMedia({ media: 'print' });
    const firstTask = page.getByRole('heading', { level: 2, name: 'Aufgaben' }).locator('~ ol').first().getByRole('listitem').first();
    const bodySize = await firstTask.getByText(guide.worksheet.questions[0]!.question).evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(bodySize, 'the worksheet’s text is at least 11 pt').toBeGreaterThanOrEqual((11 * 96) / 72 - 0.01);
    // The lesson's graphics come along at the end of the sheet, drawn for paper.
    for (const graphic of blocksOf(lesson.model, 'Grafik')) {
      const figure = page.getByRole('figure', { name: `Zum Nachschauen: ${graphic.attributes.titel}` });
      await expect(figure).toBeVisible();
      // Its numbers' attribution: the sources, or for the cost example the note that every price is an example.
      await expect(figure).toContainText(/Quelle|Beispielwerte/);
      await testInfo.attach(`${lesson.slug}-arbeitsblatt-grafik-${graphic.attributes.art}`, { body: await figure.screenshot(), contentType: 'image/png' });
    }
    const worksheet = await printedPages(page, testInfo, `${lesson.slug}-arbeitsblatt`);
    record(`${lesson.slug}: Arbeitsblatt`, worksheet, '≤ 2');
    expect(worksheet).toBeLessThanOrEqual(2);

    await page.getByRole('link', { name: 'Leichtere Fassung mit Satzanfängen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Arbeitsblatt mit Satzanfängen/ })).toBeVisible();
    for (const question of guide.worksheet.questions) {
      for (const starter of question.starters) await expect(page.getByText(starter, { exact: true }).first()).toBeVisible();
    }
    await expectOnlyTheDocumentPrints(page);
    const easier = await printedPages(page, testInfo, `${lesson.slug}-arbeitsblatt-leicht`);
    record(`${lesson.slug}: Arbeitsblatt mit Satzanfängen`, easier, '≤ 2');
    expect(easier).toBeLessThanOrEqual(2);

    await page.getByRole('link', { name: /Lösungen für die Lehrkraft/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Lösungen für die Lehrkraft/ })).toBeVisible();
    for (const question of guide.worksheet.questions) await expect(page.getByText(question.answer)).toBeVisible();
    await expectOnlyTheDocumentPrints(page);
    const key = await printedPages(page, testInfo, `${lesson.slug}-loesungen`);
    record(`${lesson.slug}: Lösungen`, key, '= 1');
    expect(key).toBe(1);

    await page.goto(base);
    await page.getByRole('navigation', { name: 'Material zu dieser Lektion' }).getByRole('link', { name: /Stundenverlauf/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Stundenverlauf/ })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Ablauf' }).getByRole('row')).toHaveCount(guide.phases.length + 1);
    await expect(page.getByRole('heading', { level: 2, name: 'Wenn die Zeit knapp wird' })).toBeVisible();
    for (const goal of lesson.goals) await expect(page.getByText(goal.text)).toBeVisible();
    await expectOnlyTheDocumentPrints(page);
    const plan = await printedPages(page, testInfo, `${lesson.slug}-stundenverlauf`);
    record(`${lesson.slug}: Stundenverlauf`, plan, '= 1');
    expect(plan).toBe(1);

    // The course runs on localhost here, so the teacher gives the address the class uses.
    await page.goto(`${base}/handout/`);
    await page.getByLabel('Adresse für die Klasse').fill(CLASS_ADDRESS);
    await page.getByRole('button', { name: 'Übernehmen' }).click();
    const cards = page.getByRole('list', { name: 'Karten zum Ausschneiden' }).getByRole('listitem');
    await expect(cards.first().getByRole('img')).toBeVisible();
    const cardCount = await cards.count();
    for (const card of await cards.all()) {
      await expect(card).toContainText(lesson.title);
      await expect(card).toContainText(`${CLASS_ADDRESS}/lektionen/${lesson.slug}/`);
    }
    await page.emulateMedia({ media: 'print' });
    // The address breaks only between its pieces (after "/" or "."): no piece is split over two lines.
    // The pieces are plain spans inside the address text, with no role or name of their own to find them by.
    const splitPieces = await page.locator('.qr-card__piece').evaluateAll((pieces) => pieces.filter((piece) => piece.getClientRects().length > 1).length);
    expect(splitPieces).toBe(0);
    const handout = await printedPages(page, testInfo, `${lesson.slug}-handout`);
    record(`${lesson.slug}: QR-Handout (${cardCount} Karten)`, handout, '≥ 8 Karten/Seite');
    expect(cardCount / handout, 'QR cards per A4 page').toBeGreaterThanOrEqual(8);
  });
}

const letters = [{ code: '', name: 'de' }, ...letterLanguages.map((code) => ({ code, name: code }))];

for (const letter of letters) {
  test(`the parents' letter (${letter.name}) prints on one page, and with the typed fields and the reply slip on at most two`, async ({ page }, testInfo) => {
    await page.goto(`/lehrkraefte/elternbrief/${letter.code}`);
    const article = page.getByRole('article');
    await expect(article.getByRole('heading', { level: 1 })).toBeVisible();
    const name = `elternbrief${letter.code ? `-${letter.code}` : ''}`;
    const plain = await printedPages(page, testInfo, name);
    record(`Elternbrief ${letter.name}`, plain, '= 1');
    expect(plain).toBe(1);

    await page.getByLabel('Schule', { exact: true }).fill('Goethe-Gesamtschule');
    await page.getByLabel('Klasse', { exact: true }).fill('7b');
    await page.getByLabel('Datum', { exact: true }).fill('2026-12-01');
    await page.getByLabel('Name der Lehrkraft').fill('Frau Yılmaz');
    await page.getByLabel(/Rückmeldeabschnitt zum Abtrennen/).check();
    // The reply slip is the letter's one region, named in the letter's language.
    const slip = article.getByRole('region');
    await expect(slip).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('group', { name: /Angaben der Schule/ })).toBeHidden();
    await expect(slip).toBeVisible();
    const printed = await article.innerText();
    for (const typed of ['Goethe-Gesamtschule', '7b', '2026', 'Frau Yılmaz']) expect(printed).toContain(typed);
    const withSlip = await printedPages(page, testInfo, `${name}-mit-rueckmeldung`);
    record(`Elternbrief ${letter.name} mit Rückmeldeabschnitt`, withSlip, '≤ 2');
    expect(withSlip).toBeLessThanOrEqual(2);
  });
}

test('the new printable pages have no WCAG A/AA violations, the letter with its reply slip included', async ({ page }) => {
  test.setTimeout(120_000);
  const slug = course.lessons[0]!.slug;
  for (const route of ['arbeitsblatt', 'arbeitsblatt/leicht', 'arbeitsblatt/loesungen', 'stundenverlauf']) {
    await page.goto(`/lehrkraefte/${slug}/${route}/`);
    await expectNoViolations(page, route);
  }
  await page.goto('/lehrkraefte/elternbrief/ar/');
  await page.getByLabel('Name der Lehrkraft').fill('Frau Yılmaz');
  await page.getByLabel(/Rückmeldeabschnitt zum Abtrennen/).check();
  await expectNoViolations(page, 'the Arabic letter with its reply slip');
});
