import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expectNoViolations } from './support/axe';
import { currentSlide, slideCounter } from './support/deck';
import { tabTo } from './support/keyboard';
import { expectPageSettled } from './support/settled';

/** A pupil explores the body graphic in "Was Rauchen im Körper anrichtet": by keyboard, as a list, in light, dark and print. */

const { organs } = parse(readFileSync('content/grafiken/koerper.yaml', 'utf8')) as { organs: { id: string; name: string; fact: string; short: string }[] };
const title = 'Wo Rauchen dem Körper schadet';

const graphic = (page: Page) => page.getByRole('figure', { name: title });
const organButton = (page: Page, name: string) => graphic(page).getByRole('button', { name, exact: true });

async function openLesson(page: Page) {
  await page.goto('/lektionen/koerper/');
  await expectPageSettled(page);
  await expect(graphic(page)).toBeVisible();
}

async function attachScreenshot(page: Page, name: string) {
  await test.info().attach(name, { body: await graphic(page).screenshot(), contentType: 'image/png' });
}

test('each organ is reached by keyboard alone and shows its fact and source', async ({ page }) => {
  await openLesson(page);
  const panel = graphic(page).locator('[aria-live="polite"]');
  for (const [index, organ] of organs.entries()) {
    const button = organButton(page, organ.name);
    await tabTo(page, button);
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press(index % 2 === 0 ? 'Enter' : 'Space');
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(panel).toContainText(organ.name);
    await expect(panel).toContainText(organ.fact);
    await expect(panel).toContainText('Quelle:');
    // Only one organ at a time.
    await expect(graphic(page).getByRole('button', { pressed: true })).toHaveCount(1);
  }
  // Pressing the chosen organ again closes it.
  await page.keyboard.press('Enter');
  await expect(graphic(page).getByRole('button', { pressed: true })).toHaveCount(0);
  await expect(panel).not.toContainText('Quelle:');
});

test('the picture has a name, and the list holds every organ with its fact and source', async ({ page }) => {
  await openLesson(page);
  await expect(graphic(page).getByRole('img')).toHaveAccessibleName(new RegExp(organs.map((o) => o.name).join('.*')));
  const summary = graphic(page).getByText('Alle Organe als Liste');
  await tabTo(page, summary);
  await page.keyboard.press('Enter');
  const items = graphic(page).getByRole('group').getByRole('listitem');
  await expect(items).toHaveCount(organs.length);
  for (const [index, organ] of organs.entries()) {
    await expect(items.nth(index)).toContainText(organ.name);
    await expect(items.nth(index)).toContainText(organ.fact);
    await expect(items.nth(index)).toContainText('Quelle:');
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`with an organ open, ${scheme}: no axe violations; screenshot`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openLesson(page);
    await organButton(page, 'Lunge').click();
    await expect(graphic(page).locator('[aria-live="polite"]')).toContainText('Quelle:');
    await attachScreenshot(page, `körper-${scheme}`);
    await expectNoViolations(page, `Körper-Grafik (${scheme})`);
  });
}

test('on a 360 px phone nothing sticks out and every button is at least 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openLesson(page);
  await organButton(page, 'Herz').click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const organ of organs) {
    const box = (await organButton(page, organ.name).boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
  }
  await attachScreenshot(page, 'körper-360px');
});

test('printed, the figure and the whole list show, without the buttons', async ({ page }) => {
  await openLesson(page);
  await page.emulateMedia({ media: 'print' });
  await expect(graphic(page).getByRole('button')).toHaveCount(0);
  for (const organ of organs) await expect(graphic(page).getByText(organ.fact)).toBeVisible();
  await attachScreenshot(page, 'körper-druck');
});

test('the presentation has a slide with the figure, every label and its short fact', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/lehrkraefte/koerper/praesentation/');
  await expect(slideCounter(page)).toContainText('Folie 1 von');
  const heading = currentSlide(page).getByRole('heading', { name: title });
  for (let guard = 0; guard < 60 && !(await heading.isVisible()); guard++) await page.keyboard.press('ArrowRight');
  await expect(heading).toBeVisible();
  await expect(currentSlide(page).getByRole('img', { name: /Umriss eines Menschen/ })).toBeVisible();
  for (const organ of organs) await expect(currentSlide(page).getByRole('listitem').filter({ hasText: organ.short })).toContainText(organ.name);
  // Read from the back row at both projector sizes (as projector.spec measures every slide).
  for (const size of [{ width: 1280, height: 720 }, { width: 1024, height: 768 }]) {
    await page.setViewportSize(size);
    await test.info().attach(`körper-folie-${size.width}x${size.height}`, { body: await currentSlide(page).screenshot(), contentType: 'image/png' });
    const overflow = await currentSlide(page).evaluate((slide) => slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1);
    expect(overflow, `the slide fits at ${size.width}×${size.height}`).toBe(false);
  }
});
