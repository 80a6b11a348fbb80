import { expect, test, type Page } from '@playwright/test';
import { course } from './support/course';
import { currentSlide, slideCounter } from './support/deck';
import { expectHydrated } from './support/hydrated';
import { pdfPageCount } from './support/pdf';

/** At the projector: slides readable from the back row, the presenter's controls and second screen. */

const lessons = course.lessons.filter((lesson) => course.guides.has(lesson.slug));
const [first] = lessons;

async function slideCount(page: Page) {
  const counter = slideCounter(page);
  await expect(counter).toContainText('Folie 1 von');
  return Number((await counter.innerText()).match(/von (\d+)/)![1]);
}

/** Smallest font size of any visible text on the current slide, with every step revealed, and whether it overflows. */
const measureSlide = (page: Page) =>
  currentSlide(page).evaluate((slide) => {
    const hidden = [...slide.querySelectorAll('li')].filter((item) => item.hidden);
    hidden.forEach((item) => (item.hidden = false));
    let min = Infinity;
    let smallest = '';
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (!node.textContent!.trim() || !parent.checkVisibility() || parent.closest('.visually-hidden')) continue;
      const size = parseFloat(getComputedStyle(parent).fontSize);
      if (size < min) [min, smallest] = [size, node.textContent!.trim().slice(0, 40)];
    }
    const overflow = slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1;
    hidden.forEach((item) => (item.hidden = true));
    return { min, smallest, overflow };
  });

async function jumpTo(page: Page, number: number) {
  await page.keyboard.type(String(number));
  await page.keyboard.press('Enter');
  await expect(slideCounter(page)).toContainText(`Folie ${number} von`);
}

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
]) {
  test(`every slide of every lesson at ${size.width}×${size.height}: no text below 24 px, nothing overflows`, async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(size);
    const problems: string[] = [];
    let smallest = Infinity;
    for (const lesson of lessons) {
      await page.goto(`/lehrkraefte/${lesson.slug}/praesentation`);
      const total = await slideCount(page);
      for (let number = 1; number <= total; number++) {
        if (number > 1) await jumpTo(page, number);
        const { min, smallest: text, overflow } = await measureSlide(page);
        smallest = Math.min(smallest, min);
        if (min < 24) problems.push(`${lesson.slug} Folie ${number}: ${min} px („${text}“)`);
        if (overflow) problems.push(`${lesson.slug} Folie ${number}: läuft über`);
      }
    }
    test.info().annotations.push({ type: 'smallest slide text', description: `${smallest} px` });
    expect(problems).toEqual([]);
  });
}

test('the help slide shows "Nummer gegen Kummer 116 111" in full-size type', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`/lehrkraefte/${first!.slug}/praesentation`);
  const help = currentSlide(page);
  // The deck listens to keys once it has hydrated: press again until it has.
  await expect(async () => {
    await page.keyboard.press('End');
    await expect(help.getByRole('heading', { name: 'Hilfe und Beratung' })).toBeVisible({ timeout: 1000 });
  }).toPass();
  const line = help.getByText('116 111');
  await expect(line).toBeVisible();
  expect(parseFloat(await line.evaluate((element) => getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(40);
});

test('the presenter jumps to a slide by number, opens the overview and skips to the next scene by keyboard', async ({ page }) => {
  await page.goto(`/lehrkraefte/${first!.slug}/praesentation`);
  const total = await slideCount(page);
  const counter = slideCounter(page);
  await expectHydrated(page);

  await page.keyboard.type('4');
  await expect(counter).toContainText('Gehe zu Folie 4');
  await page.keyboard.press('Enter');
  await expect(counter).toContainText(`Folie 4 von ${total}`);

  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'Übersicht aller Folien' });
  await expect(overview).toBeVisible();
  await expect(overview.getByRole('listitem')).toHaveCount(total);
  await expect(overview.getByRole('button', { name: /^4 / })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(overview).toBeHidden();
  await expect(counter).toContainText(`Folie 5 von ${total}`);

  await page.keyboard.press('o');
  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();
  await expect(page).toHaveURL(/praesentation/);

  await page.keyboard.press('Home');
  await page.keyboard.press('s');
  await expect(currentSlide(page).getByText(/^Szene 1\b/)).toBeVisible();
  await page.keyboard.press('s');
  await expect(currentSlide(page).getByText(/^Szene 2\b/)).toBeVisible();
});

test('the presenter view in a second window shows the notes and the next slide and stays in step with the projection', async ({ context }) => {
  const projected = await context.newPage();
  await projected.goto(`/lehrkraefte/${first!.slug}/praesentation`);
  const total = await slideCount(projected);
  const [presenter] = await Promise.all([
    context.waitForEvent('page'),
    projected.getByText('Mehr', { exact: true }).click().then(() => projected.getByRole('button', { name: 'Referentenansicht öffnen' }).click()),
  ]);
  await expect(presenter.getByRole('heading', { level: 1, name: /^Referentenansicht/ })).toBeVisible({ timeout: 15_000 });
  await expect(presenter.getByRole('heading', { name: 'Notizen aus dem Leitfaden' })).toBeVisible();
  await expect(presenter.getByText(course.guides.get(first!.slug)!.overview.slice(0, 40))).toBeVisible();
  await expect(presenter.getByRole('heading', { name: /^Als Nächstes: 2\./ })).toBeVisible();
  await expect(presenter.getByRole('timer')).toContainText('Seit Beginn');

  await projected.bringToFront();
  await projected.keyboard.press('ArrowRight');
  await expect(slideCounter(presenter)).toContainText(`Folie 2 von ${total}`);
  await expect(presenter.getByRole('heading', { name: /^Als Nächstes: 3\./ })).toBeVisible();

  await presenter.bringToFront();
  await presenter.keyboard.type('6');
  await presenter.keyboard.press('Enter');
  await expect(slideCounter(projected)).toContainText(`Folie 6 von ${total}`);
  await presenter.getByRole('button', { name: 'Weiter →' }).click();
  await expect(slideCounter(projected)).toContainText(/Folie (6|7) von/);
  await expect(slideCounter(presenter)).toHaveText(await slideCounter(projected).innerText());
});

test('the slides print as a PDF with one page per slide and no blank page at the end', async ({ page }) => {
  await page.goto(`/lehrkraefte/${first!.slug}/praesentation`);
  const total = await slideCount(page);
  await page.emulateMedia({ media: 'print' });
  expect(pdfPageCount(await page.pdf({ preferCSSPageSize: true }))).toBe(total);
});
