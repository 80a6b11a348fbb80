import { expect, test, type Locator, type Page } from '@playwright/test';
import { course } from './support/course';
import { currentSlide, slideCounter } from './support/deck';
import { expectNoViolations } from './support/axe';
import { sourceLabel } from '../lib/content/citation';
import { afterLabel } from '../lib/graphics/zeitstrahl';
import { routes } from '../lib/site/routes';

/**
 * The timeline after the last cigarette and the addiction cycle: drawn on the server, so every step is text in the
 * page without JavaScript, with its source; the timeline on its slide; light, dark and print for a look.
 */

const timeline = course.graphics.zeitstrahl!;
const cycle = course.graphics.suchtkreislauf!;
const TIMELINE_TITLE = 'Was nach der letzten Zigarette passiert';
const CYCLE_TITLE = 'Der Kreislauf der Sucht';
const label = (id: string) => sourceLabel(course.sources.get(id)!);

const graphics = [
  {
    name: 'zeitstrahl',
    lessons: ['klinik', 'neuanfang'],
    title: TIMELINE_TITLE,
    steps: timeline.steps.map((step) => [`${afterLabel(step.after)}: ${step.text}`, step.more].filter(Boolean).join(' ')),
    sources: [label(timeline.source)],
  },
  {
    name: 'suchtkreislauf',
    lessons: ['sucht'],
    title: CYCLE_TITLE,
    steps: cycle.steps.map((step) => `${step.title}: ${step.text}`),
    sources: [...new Set(cycle.steps.map((step) => label(step.source)))],
  },
];

const figure = (page: Page, title: string) => page.getByRole('figure', { name: title });

async function expectEveryStep(graphic: Locator, steps: readonly string[], sources: readonly string[]) {
  const items = graphic.getByRole('listitem');
  await expect(items).toHaveText(steps.map((step) => step.replace(/\s+/g, ' ')));
  for (const source of sources) await expect(graphic.getByText(source, { exact: false })).toBeVisible();
}

for (const graphic of graphics) {
  for (const slug of graphic.lessons) {
    test(`${graphic.name} in ${slug}: every step as text with its source, without JavaScript`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
      const page = await context.newPage();
      await page.goto(routes.lesson(slug));
      const shown = figure(page, graphic.title);
      await expect(shown).toBeVisible();
      await expectEveryStep(shown, graphic.steps, graphic.sources);
      // Server-only: nothing in the figure waits for a script (no island, no hydration marker).
      expect(await shown.locator('script, [data-hydrated], [data-island]').count()).toBe(0);
      await context.close();
    });
  }
}

for (const graphic of graphics) {
  const slug = graphic.lessons[0]!;
  test(`${graphic.name} in ${slug}: axe in light and dark, screenshots in light, dark, print and on a phone`, async ({ page }) => {
    await page.goto(routes.lesson(slug));
    const shown = figure(page, graphic.title);
    await shown.scrollIntoViewIfNeeded();
    const attach = async (name: string) =>
      test.info().attach(`${graphic.name}-${name}`, { body: await shown.screenshot({ animations: 'disabled' }), contentType: 'image/png' });

    await expectNoViolations(page, `${slug} (hell)`);
    await attach('hell');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoViolations(page, `${slug} (dunkel)`);
    await attach('dunkel');
    await page.emulateMedia({ colorScheme: 'light', media: 'print' });
    await attach('druck');
    await page.emulateMedia({ media: 'screen' });

    await page.setViewportSize({ width: 360, height: 740 });
    await expect(shown).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(overflow, 'the page scrolls sideways at 360 px').toBe(false);
    await attach('handy');
  });
}

for (const size of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
]) {
  test(`the timeline's slide in the presentation of klinik at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(routes.teacher.slides('klinik'));
    await expect(slideCounter(page)).toContainText('Folie 1 von');
    const slide = currentSlide(page);
    // The deck listens to keys once it has hydrated: jump again until it has.
    await expect(async () => {
      await page.keyboard.press('Home');
      for (let n = 0; n < 60 && !(await slide.getByRole('heading', { name: TIMELINE_TITLE }).isVisible()); n++) await page.keyboard.press('ArrowRight');
      await expect(slide.getByRole('heading', { name: TIMELINE_TITLE })).toBeVisible({ timeout: 1000 });
    }).toPass();
    for (const step of timeline.steps) await expect(slide.getByText(step.text)).toBeVisible();
    await expect(slide.getByText(label(timeline.source), { exact: false })).toBeVisible();
    await test.info().attach(`zeitstrahl-folie-${size.width}x${size.height}`, { body: await page.screenshot(), contentType: 'image/png' });
    const overflow = await slide.evaluate((element) => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1);
    expect(overflow, 'the slide overflows').toBe(false);
  });
}

test('the addiction cycle slide in the presentation of sucht fits at 1024×768', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(routes.teacher.slides('sucht'));
  await expect(slideCounter(page)).toContainText('Folie 1 von');
  const slide = currentSlide(page);
  await expect(async () => {
    await page.keyboard.press('Home');
    for (let n = 0; n < 60 && !(await slide.getByRole('heading', { name: CYCLE_TITLE }).isVisible()); n++) await page.keyboard.press('ArrowRight');
    await expect(slide.getByRole('heading', { name: CYCLE_TITLE })).toBeVisible({ timeout: 1000 });
  }).toPass();
  await test.info().attach('suchtkreislauf-folie-1024x768', { body: await page.screenshot(), contentType: 'image/png' });
  const overflow = await slide.evaluate((element) => element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1);
  expect(overflow, 'the slide overflows').toBe(false);
});
