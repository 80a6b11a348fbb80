import { devices, expect, test, type Page } from '@playwright/test';
import { course, firstLesson } from './support/course';
import { tabTo } from './support/keyboard';
import { glossaryWords } from './support/lesson';

// Lea on her phone: a touch screen 360 px wide.
const phone = {
  viewport: { width: 360, height: 780 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  userAgent: devices['Pixel 5'].userAgent,
};

/** The pages a pupil uses. */
const pupilRoutes = [
  '/',
  '/einstieg/',
  ...course.lessons.flatMap((lesson) => [`/lektionen/${lesson.slug}/`, `/lektionen/${lesson.slug}/quiz/`]),
  '/abschluss/',
  '/fortschritt/',
  '/glossar/',
  '/quellen/',
  '/hilfe/',
  '/datenschutz/',
];

interface SmallTarget {
  text: string;
  width: number;
  height: number;
}

/**
 * Every visible control smaller than 24 × 24 px, except words inside a sentence (glossary terms and links
 * in running text), which WCAG 2.5.8 exempts. A radio button or checkbox counts with its label.
 */
function smallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate(() => {
    const inSentence = (element: Element) => {
      if (element.matches('button[aria-describedby]')) return true; // a glossary word
      if (getComputedStyle(element).display !== 'inline' || element.closest('.source, .scene__note, .sources')) return false;
      const block = element.closest('p, li, dd, blockquote');
      return !!block && (block.textContent ?? '').trim().length > (element.textContent ?? '').trim().length + 10;
    };
    const found: SmallTarget[] = [];
    for (const element of document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary')) {
      const target = (element.matches('input[type="radio"], input[type="checkbox"]') && element.closest('label')) || element;
      const rect = target.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (rect.width <= 1 || rect.height <= 1 || style.visibility === 'hidden') continue; // not shown (skip links until focused)
      if (inSentence(element)) continue;
      // A link that wraps over lines is measured line by line.
      const boxes = style.display === 'inline' ? [...target.getClientRects()] : [rect];
      const tooSmall = boxes.some((box) => box.width < 24 - 0.5 || box.height < 24 - 0.5);
      if (tooSmall) {
        found.push({ text: (element.textContent || element.getAttribute('aria-label') || element.tagName).trim().slice(0, 60), width: Math.round(rect.width), height: Math.round(rect.height) });
      }
    }
    return found;
  });
}

test.describe('on a touch phone', () => {
  test.use(phone);

  test('every control a pupil taps is at least 24 × 24 px', async ({ page }) => {
    test.setTimeout(180_000);
    const report: string[] = [];
    for (const route of pupilRoutes) {
      await page.goto(route);
      await expect(page.locator('main h1').first()).toBeVisible();
      const small = await smallTargets(page);
      report.push(`${route}: ${small.length === 0 ? 'ok' : small.map((s) => `"${s.text}" ${s.width}×${s.height}`).join(', ')}`);
      expect.soft(small, `${route}: targets under 24 × 24 px`).toEqual([]);
    }
    console.log(`Touch targets at 360 px:\n${report.join('\n')}`);
  });

  test('one tap opens a glossary word, the next tap closes it', async ({ page }) => {
    await page.goto(`/lektionen/${firstLesson.slug}/`);
    const term = glossaryWords(page).first();
    const tip = page.getByRole('tooltip', { includeHidden: false });
    await expect(tip).toHaveCount(0);
    await expect(async () => {
      await term.tap();
      await expect(tip).toHaveCount(1, { timeout: 1000 });
    }).toPass();
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    await term.tap();
    await expect(tip).toHaveCount(0);
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    await term.tap();
    await expect(tip).toHaveCount(1);
    await term.tap();

    // Wherever a word sits in its line, its explanation stays on the screen.
    for (const word of await glossaryWords(page).all()) {
      await word.tap();
      const box = (await tip.boundingBox())!;
      expect(box.x, `"${await word.innerText()}": starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `"${await word.innerText()}": ends on screen`).toBeLessThanOrEqual(360);
      await word.tap();
      await expect(tip).toHaveCount(0);
    }
  });

  test('a tap anywhere on a lesson card opens the lesson', async ({ page }) => {
    await page.goto('/');
    const lesson = course.lessons[1]!;
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: lesson.title }) });
    // The goal sentence is plain text; a tap on it lands on the card's title link, which covers the card.
    await card.scrollIntoViewIfNeeded();
    const goal = (await card.getByText(lesson.goal).boundingBox())!;
    await page.touchscreen.tap(goal.x + goal.width / 2, goal.y + goal.height / 2);
    await expect(page).toHaveURL(new RegExp(`/lektionen/${lesson.slug}/$`));
  });

  test('questions for the class are folded away for a pupil alone, and say what they are for', async ({ page }) => {
    await page.goto(`/lektionen/${firstLesson.slug}/`);
    const block = page.getByRole('complementary', { name: 'Im Gespräch: für die Klasse' });
    const opener = block.getByText('Im Gespräch – für die Klasse');
    await expect(block).toContainText('Lernst du allein, kannst du sie überspringen');
    const firstQuestion = block.getByRole('listitem').first();
    await expect(firstQuestion).toBeHidden();
    await opener.tap();
    await expect(firstQuestion).toBeVisible();

    // Printed for class, the questions are there.
    await opener.tap();
    await page.emulateMedia({ media: 'print' });
    await expect(firstQuestion).toBeVisible();
  });
});

test('a glossary word opens and closes with one click, and with one key press', async ({ page }) => {
  await page.goto(`/lektionen/${firstLesson.slug}/`);
  const term = glossaryWords(page).first();
  const tip = page.getByRole('tooltip', { includeHidden: false });

  // Mouse: resting on it peeks; a click keeps it open, the next click closes it.
  await expect(async () => {
    await term.hover();
    await expect(tip).toHaveCount(1, { timeout: 1000 });
  }).toPass();
  await term.click();
  await expect(tip).toHaveCount(1);
  await term.click();
  await expect(tip).toHaveCount(0);
  await page.mouse.move(0, 0);

  // Keyboard: focus peeks, Enter keeps it, Enter closes it, Escape closes it too.
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, term);
  await expect(tip).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(tip).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(tip).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(tip).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(tip).toHaveCount(0);
  await expect(term).toBeFocused();
});
