import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { currentSlide, slideCounter } from './support/deck';
import { tabTo } from './support/keyboard';
import { expectPageSettled } from './support/settled';

// The calculator „Was würde dich Rauchen kosten?“ in lesson konzert, with the example values of
// content/grafiken/kosten.yaml: 10 a day, 8,50 € for 20, a concert ticket at 35 €.
const LESSON = '/lektionen/konzert/';
const TITLE = 'Was würde dich Rauchen kosten?';

const graphic = (page: Page) => page.getByRole('figure', { name: TITLE });
const result = (page: Page) => graphic(page).getByRole('status');
/** The text as read aloud: line breaks and Intl's no-break space before the euro sign as single spaces. */
const textOf = async (locator: Locator) => (await locator.innerText()).replace(/\s+/g, ' ');

async function attachScreenshot(name: string, locator: Locator) {
  const body = await locator.screenshot({ animations: 'disabled' });
  await test.info().attach(name, { body, contentType: 'image/png' });
}

async function openLesson(page: Page) {
  await page.goto(LESSON);
  await expectPageSettled(page);
  await expect(graphic(page).getByRole('group', { name: 'Deine Rechnung' })).toBeVisible();
}

test('a pupil works out by keyboard what smoking would cost them and what else it would buy', async ({ page }) => {
  await openLesson(page);
  const perDay = graphic(page).getByRole('textbox', { name: 'Zigaretten am Tag' });
  const packPrice = graphic(page).getByRole('textbox', { name: 'Preis einer Schachtel in Euro' });
  const good = graphic(page).getByRole('combobox', { name: 'Was würdest du dir lieber kaufen?' });

  // The example values are there and marked as examples.
  await expect(packPrice).toHaveValue('8,50');
  await expect(packPrice).toHaveAccessibleDescription('Beispielwert – trag ein, was du willst.');
  await expect(graphic(page).getByRole('textbox', { name: /Preis in Euro$/ })).toHaveAccessibleDescription(/^Beispielpreis/);
  expect(await textOf(result(page))).toContain('Pro Jahr 1.551,25 €');

  await tabTo(page, perDay);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('20');
  await expect.poll(() => textOf(result(page))).toContain('Pro Woche 59,50 €');
  const text = await textOf(result(page));
  expect(text).toContain('Pro Monat 258,54 €');
  expect(text).toContain('Pro Jahr 3.102,50 €');
  expect(text).toContain('88 Konzertkarten');

  await page.keyboard.press('Tab');
  await expect(packPrice).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('9.00');
  await expect.poll(() => textOf(result(page))).toContain('Pro Jahr 3.285,00 €');

  await tabTo(page, good);
  await good.selectOption({ label: 'Satz Gitarrensaiten' });
  await expect(graphic(page).getByRole('textbox', { name: 'Satz Gitarrensaiten: Preis in Euro' })).toHaveValue('10,00');
  await expect.poll(() => textOf(result(page))).toContain('328 Sätze Gitarrensaiten');

  // The pupil's own price for the thing they chose.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('12,5');
  await expect.poll(() => textOf(result(page))).toContain('262 Sätze Gitarrensaiten');
});

test('bad input gets a helpful message, never NaN, and the calculator recovers', async ({ page }) => {
  await openLesson(page);
  const perDay = graphic(page).getByRole('textbox', { name: 'Zigaretten am Tag' });
  const cases: [string, RegExp][] = [
    ['', /Hier fehlt noch eine Zahl/],
    ['zehn', /Bitte nur eine Zahl/],
    ['-5', /keine Minuszahl/],
    ['10000', /höchstens 200/],
  ];
  for (const [typed, message] of cases) {
    await perDay.fill(typed);
    await expect(result(page)).toContainText(message);
    await expect(perDay).toHaveAttribute('aria-invalid', 'true');
    await expect(perDay).toHaveAccessibleDescription(message);
    const text = await textOf(graphic(page));
    expect(text).not.toMatch(/NaN|undefined|Infinity/);
  }
  await perDay.fill(' 10 ');
  await expect.poll(() => textOf(result(page))).toContain('Pro Jahr 1.551,25 €');
  await expect(perDay).not.toHaveAttribute('aria-invalid');
});

test('the calculator passes axe and is screenshot in light, dark, at 360 px and in print', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLesson(page);
  await graphic(page).scrollIntoViewIfNeeded();
  await expectNoViolations(page, 'lesson with calculator (light)');
  await attachScreenshot('kosten-hell-1280.png', graphic(page));

  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoViolations(page, 'lesson with calculator (dark)');
  await attachScreenshot('kosten-dunkel-1280.png', graphic(page));

  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 360, height: 740 });
  await graphic(page).getByRole('textbox', { name: 'Zigaretten am Tag' }).fill('abc');
  await expect(result(page)).toContainText('Bitte nur eine Zahl');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'no sideways scrolling at 360 px').toBeLessThanOrEqual(0);
  await attachScreenshot('kosten-360px-fehler.png', graphic(page));

  await graphic(page).getByRole('textbox', { name: 'Zigaretten am Tag' }).fill('5');
  await expect(result(page)).toContainText('Pro Jahr');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.emulateMedia({ media: 'print' });
  await attachScreenshot('kosten-druck.png', graphic(page));
});

test('without JavaScript the lesson shows the worked example as a table', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(LESSON);
  const figure = graphic(page);
  await expect(figure).toContainText('Beispiel: 10 Zigaretten am Tag, Schachtel mit 20 Stück zu 8,50 € (Beispielpreis)');
  const costs = figure.getByRole('table', { name: 'So viel kostet das' });
  expect(await textOf(costs.getByRole('row', { name: /Pro Jahr/ }))).toContain('1.551,25 €');
  await expect(figure.getByRole('table', { name: /stattdessen/ }).getByRole('row', { name: /Konzertkarte/ })).toContainText('44 Konzertkarten');
  await attachScreenshot('kosten-ohne-javascript.png', figure);
  // The example's tables reflow at 200 % text on a 640 px window (as 320 px at 100 %): nothing pushes the page sideways.
  await page.setViewportSize({ width: 640, height: 900 });
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
  await attachScreenshot('kosten-ohne-javascript-200-prozent.png', figure);
  await context.close();
});

test('the presentation has a slide with the worked example', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/lehrkraefte/konzert/praesentation/');
  const counter = slideCounter(page);
  await expect(counter).toContainText('Folie 1 von');
  const total = Number((await counter.innerText()).match(/von (\d+)/)![1]);
  for (let guard = 0; guard < total + 30; guard++) {
    if (await currentSlide(page).getByRole('heading', { name: TITLE }).isVisible()) break;
    await page.keyboard.press('ArrowRight');
  }
  const slide = currentSlide(page);
  await expect(slide.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(slide).toContainText('(Beispielpreis)');
  expect(await textOf(slide)).toContain('1.551,25 €');
  await expect(slide.getByRole('textbox')).toHaveCount(0);
  await attachScreenshot('kosten-folie-1280.png', slide);
});
