import { expect, test, type Page } from '@playwright/test';
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

/** The longest transition and animation, in ms, of each element and ::before/::after on the page, with what scrolls smoothly. */
function motionOnPage(page: Page) {
  return page.evaluate(() => {
    const longest = (durations: string) => Math.max(...durations.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) : parseFloat(d) * 1000)));
    const parts = [...document.querySelectorAll('*')].flatMap((element) =>
      [null, '::before', '::after'].map((pseudo) => {
        const css = getComputedStyle(element, pseudo);
        return {
          part: `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}${pseudo ?? ''}`,
          transition: longest(css.transitionDuration),
          animation: longest(css.animationDuration),
          animationName: css.animationName,
          iterations: css.animationIterationCount,
        };
      }),
    );
    return { scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior, parts };
  });
}

/** Where a jump to "Frage 1" takes the page: every scroll position on the way, until it rests. */
async function scrollPositionsOfAJump(page: Page) {
  await page.goto(`/lektionen/${firstLesson.slug}/quiz/`);
  await page.getByRole('button', { name: 'Antworten prüfen' }).click();
  await page.getByRole('alert').getByRole('link', { name: 'Frage 1', exact: true }).evaluate((link: HTMLElement) => {
    const seen: number[] = [];
    (window as unknown as { seen: number[] }).seen = seen;
    window.addEventListener('scroll', () => seen.push(Math.round(window.scrollY)));
    link.click();
  });
  let last = -1;
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => window.scrollY);
      const resting = now === last;
      last = now;
      return resting;
    }, { intervals: [200] })
    .toBe(true);
  return page.evaluate(() => [...new Set((window as unknown as { seen: number[] }).seen)]);
}

test('reduced motion turns off smooth scrolling and every transition and animation', async ({ page }) => {
  const routes = ['/', `/lektionen/${firstLesson.slug}/`, `/lektionen/${firstLesson.slug}/quiz/`, `/lehrkraefte/${firstLesson.slug}/praesentation/`];
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  // What moves without the preference. Today that is smooth scrolling alone: no element has a transition or an
  // animation, so the check below is that the rule for reduced motion reaches every element, for anything added later.
  const moving: string[] = [];
  for (const route of routes) {
    await page.goto(route);
    const { scrollBehavior, parts } = await motionOnPage(page);
    expect(scrollBehavior, route).toBe('smooth');
    moving.push(...parts.filter((p) => p.transition > 0 || p.animationName !== 'none').map((p) => `${route} ${p.part}`));
  }
  test.info().annotations.push({ type: 'moves without reduced motion', description: moving.join(', ') || 'nothing but smooth scrolling' });
  expect((await scrollPositionsOfAJump(page)).length, 'without the preference the page glides to the question').toBeGreaterThan(2);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const route of routes) {
    await page.goto(route);
    const { scrollBehavior, parts } = await motionOnPage(page);
    expect(scrollBehavior, route).toBe('auto');
    const notReduced = parts.filter((p) => Math.abs(p.transition - 0.01) > 1e-6 || Math.abs(p.animation - 0.01) > 1e-6 || p.iterations !== '1');
    expect(notReduced.slice(0, 10), `${route}: every transition and animation lasts 0.01 ms, once`).toEqual([]);
  }
  expect(await scrollPositionsOfAJump(page), 'with reduced motion the page jumps to the question at once').toHaveLength(1);
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
