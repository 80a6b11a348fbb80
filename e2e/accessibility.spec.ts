import { expect, test } from '@playwright/test';
import { firstLesson, firstQuiz } from './support/course';
import { routeGroups } from './support/routes';
import { answerQuizByKeyboard } from './support/quiz';
import { expectNoViolations } from './support/axe';
import { expectPageSettled } from './support/settled';
import { glossaryWords } from './support/lesson';

for (const scheme of ['light', 'dark'] as const) {
  routeGroups().forEach((routes, group) => {
    test(`routes ${routes[0]} … have no WCAG A/AA violations (${scheme}, group ${group + 1})`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme: scheme });
      for (const route of routes) {
        await page.goto(route);
        await expectPageSettled(page);
        await expectNoViolations(page, `${route} (${scheme})`);
      }
    });
  });
}

test('quiz states after answering, the progress page with data and its dialog have no violations', async ({ page }) => {
  // A quiz by keyboard and four axe scans.
  test.setTimeout(180_000);
  await page.goto(`/lektionen/${firstLesson.slug}/quiz`);
  await answerQuizByKeyboard(page, firstQuiz, firstQuiz.questions.slice(0, 4).map((q) => q.id));
  await page.getByRole('button', { name: 'Antworten prüfen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dein Ergebnis' })).toBeVisible();
  await expectNoViolations(page, 'quiz with feedback');

  await page.getByRole('button', { name: /Fehler wiederholen/ }).click();
  await expectNoViolations(page, 'quiz in "Fehler wiederholen" mode');

  await page.goto(`/lektionen/${firstLesson.slug}`);
  await glossaryWords(page).first().focus();
  await expect(page.getByRole('tooltip').first()).toBeVisible();
  await expectNoViolations(page, 'lesson with an open glossary tooltip');

  await page.goto('/fortschritt');
  await expect(page.getByRole('row', { name: new RegExp(firstLesson.title) })).toBeVisible();
  await expectNoViolations(page, 'progress page with data');
  await page.getByRole('button', { name: 'Fortschritt zurücksetzen' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoViolations(page, 'reset dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('the page structure serves screen readers: one h1, ordered headings, landmarks, a skip link', async ({ page }) => {
  for (const route of ['/', `/lektionen/${firstLesson.slug}`, `/lektionen/${firstLesson.slug}/quiz`, '/fortschritt']) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1]!, `heading order on ${route}: ${levels.join(',')}`).toBeLessThanOrEqual(1);
    });
    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
  }
});

test('text can be enlarged to 200 % without content being cut off', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 900 });
  for (const route of ['/', `/lektionen/${firstLesson.slug}`, `/lektionen/${firstLesson.slug}/quiz`, '/fortschritt']) {
    await page.goto(route);
    // Set through the CSSOM: the site's CSP (rightly) refuses injected <style> elements.
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow on ${route}`).toBeLessThanOrEqual(1);
  }
});

test('reduced motion turns off smooth scrolling and transitions', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/');
  const behaviour = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
  expect(behaviour).toBe('auto');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`new states have no violations: presenter view, slide overview, an open glossary word and class questions (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/lehrkraefte/${firstLesson.slug}/praesentation/#referent`);
    await expect(page.getByRole('heading', { level: 1, name: /^Referentenansicht/ })).toBeVisible({ timeout: 15_000 });
    await expectNoViolations(page, `presenter view (${scheme})`);

    await page.goto(`/lehrkraefte/${firstLesson.slug}/praesentation/`);
    await expect(async () => {
      await page.keyboard.press('o');
      await expect(page.getByRole('dialog')).toBeVisible({ timeout: 1000 });
    }).toPass();
    await expectNoViolations(page, `slide overview (${scheme})`);

    await page.goto(`/lektionen/${firstLesson.slug}/`);
    const term = glossaryWords(page).first();
    await expect(async () => {
      await term.click();
      await expect(term).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
    }).toPass();
    await page.getByRole('complementary', { name: 'Im Gespräch: für die Klasse' }).getByText('Im Gespräch – für die Klasse').click();
    await expectNoViolations(page, `lesson with an open glossary word and open class questions (${scheme})`);
  });
}
