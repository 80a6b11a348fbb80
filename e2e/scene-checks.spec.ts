import AxeBuilder from '@axe-core/playwright';
import { devices, expect, test, type Locator, type Page } from '@playwright/test';
import { course, firstLesson } from './support/course';
import { lessonScenes } from '../lib/content/load';
import type { SceneCheckQuestion } from '../lib/quiz/schema';

// Lea reads the lessons on her phone: a touch screen 360 × 740.
const SCREEN = { width: 360, height: 740 };
test.use({ viewport: SCREEN, isMobile: true, hasTouch: true, deviceScaleFactor: 2, userAgent: devices['Pixel 7'].userAgent });

/** Between two things to do or see, a pupil scrolls at most this far. */
const MAX_GAP = 3 * SCREEN.height;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

function checksOn(page: Page) {
  return page.getByRole('region', { name: /^Kurz gecheckt/ });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Szene 2 von 4: Titel"; Chrome puts a space before the colon, which is visually hidden. */
const sceneName = (number: number, count: number, title: string) => new RegExp(`^Szene ${number} von ${count} ?: ${escape(title)}$`);
const checkName = (title: string) => new RegExp(`^Kurz gecheckt ?: Szene „${escape(title)}“$`);

/** A check question's fieldset, found by its prompt. */
function questionGroup(check: Locator, question: SceneCheckQuestion) {
  return check.getByRole('group', { name: new RegExp(escape(question.prompt)) });
}

/** The first single-choice question of a lesson's checks, with the check it is in (0-based). */
function firstSingleChoice(slug: string) {
  const scenes = lessonScenes(slug);
  for (const [index, scene] of scenes.entries()) {
    const question = scene.check!.questions.find((q): q is Extract<SceneCheckQuestion, { type: 'single-choice' }> => q.type === 'single-choice');
    if (question) return { index, question, questions: scene.check!.questions };
  }
  throw new Error(`${slug}: no single-choice check`);
}

/**
 * Taps an answer and "Prüfen" until the feedback appears: a tap before the island has hydrated does nothing.
 * `status` is the live region of the question that was answered.
 */
async function answerAndCheck(check: Locator, optionText: string, status: Locator) {
  await expect(async () => {
    await check.getByRole('radio', { name: optionText, exact: true }).tap();
    await check.getByRole('button', { name: 'Prüfen' }).tap();
    await expect(status).not.toBeEmpty({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

for (const lesson of course.lessons) {
  test(`${lesson.slug}: every scene says "Szene N von M" and is followed by its check`, async ({ page }) => {
    const scenes = lessonScenes(lesson.slug);
    await page.goto(`/lektionen/${lesson.slug}`);

    // Scenes and checks alternate, in the lesson's order.
    const sequence = page.getByRole('region', { name: /^(Szene \d+ von \d+ ?:|Kurz gecheckt)/ });
    await expect(sequence).toHaveCount(2 * scenes.length);
    for (const [index, scene] of scenes.entries()) {
      const name = sceneName(index + 1, scenes.length, scene.title);
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
      await expect(sequence.nth(2 * index)).toHaveAccessibleName(name);
      const check = sequence.nth(2 * index + 1);
      await expect(check).toHaveAccessibleName(checkName(scene.title));
      await expect(check.getByRole('group')).toHaveCount(scene.check!.questions.length);
      await expect(check).toContainText('Ohne Punkte');
    }

    // A content note's skip link lands after the check: the check asks about the scene that was skipped.
    const skipLinks = page.getByRole('link', { name: 'Szene überspringen' });
    for (let i = 0; i < (await skipLinks.count()); i++) {
      const after = await skipLinks.nth(i).evaluate((link) => {
        const target = document.querySelector(link.getAttribute('href')!)!;
        const scene = link.closest('section')!;
        const check = scene.nextElementSibling!;
        return {
          isCheck: check.matches('section[aria-labelledby]') && /^Kurz gecheckt/.test(check.querySelector('h3')?.textContent ?? ''),
          targetAfterCheck: !!(check.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING),
        };
      });
      expect(after, `skip link ${i + 1}`).toEqual({ isCheck: true, targetAfterCheck: true });
    }
  });

  test(`${lesson.slug}: between two things to do or see a pupil scrolls at most three screens`, async ({ page }) => {
    await page.goto(`/lektionen/${lesson.slug}`);
    // Things to do or see: the goals at the top, checks, fact boxes, prompts, the recap and the quiz button.
    const things = [
      page.getByRole('region', { name: 'Das lernst du' }),
      checksOn(page),
      page.getByRole('complementary', { name: /^(Fakt|Nachgedacht|Im Gespräch)/ }),
      page.getByRole('region', { name: 'Rückblick' }),
      page.getByRole('link', { name: 'Zum Quiz' }),
    ];
    for (const locator of things) await locator.evaluateAll((elements) => elements.forEach((element) => element.setAttribute('data-gap-thing', '')));
    // The progress notices (a fresh browser is a guest) appear above the lesson once it has hydrated and move
    // everything down: wait for them, then read all boxes at once so that no move falls between two reads.
    await expect(page.getByRole('region', { name: 'Hinweise zu deinem Fortschritt' })).toContainText('Gastmodus');
    const boxes = await page.evaluate(() =>
      [...document.querySelectorAll('[data-gap-thing]')].map((element) => {
        const rect = element.getBoundingClientRect();
        return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY };
      }),
    );
    boxes.sort((a, b) => a.top - b.top);
    const gaps = boxes.slice(1).map((box, index) => Math.max(0, box.top - boxes[index]!.bottom));
    const maxGap = Math.round(Math.max(...gaps));
    const screens = (maxGap / SCREEN.height).toFixed(2);
    console.log(`${lesson.slug}: ${boxes.length} things to do or see, largest gap ${maxGap} px = ${screens} screens at ${SCREEN.width}×${SCREEN.height}`);
    test.info().annotations.push({ type: 'max gap', description: `${lesson.slug}: ${maxGap} px (${screens} screens)` });
    expect(maxGap, `${lesson.slug}: largest gap between things to do or see`).toBeLessThanOrEqual(MAX_GAP);
  });
}

test('a check judges the pupil\'s own answer at once, says so in a live region, and starts again with "Nochmal"', async ({ page }) => {
  const { index, question, questions } = firstSingleChoice(firstLesson.slug);
  await page.goto(`/lektionen/${firstLesson.slug}`);
  const check = checksOn(page).nth(index);
  const status = questionGroup(check, question).getByRole('status');
  await expect(status).toBeEmpty();

  // Nothing chosen: a hint, no verdict.
  await expect(async () => {
    await check.getByRole('button', { name: 'Prüfen' }).tap();
    await expect(check.getByRole('alert')).toHaveText(questions.length === 1 ? 'Wähle zuerst eine Antwort aus.' : /Beantworte zuerst/, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });

  // A wrong answer: the verdict in words with an icon, the chosen option's own feedback, the right answer, the explanation.
  const wrong = question.options.find((o) => !o.correct)!;
  const right = question.options.find((o) => o.correct)!;
  await answerAndCheck(check, wrong.text, status);
  await expect(status).toContainText('✗ Leider nicht richtig');
  await expect(status).toContainText(`nicht richtig: ${wrong.text}`);
  if (wrong.feedback) await expect(status).toContainText(wrong.feedback);
  await expect(status).toContainText(`Richtige Antwort: ${right.text}`);
  await expect(status).toContainText(question.explanation);
  await expect(check.getByRole('radio', { name: wrong.text, exact: true })).toBeChecked();
  await expect(check.getByRole('radio', { name: wrong.text, exact: true })).toBeDisabled();
  await expect(check).not.toContainText(/Punkt(e|en)? von|%/);

  // "Nochmal": answers and feedback gone, the first option has focus.
  await check.getByRole('button', { name: 'Nochmal' }).tap();
  await expect(status).toBeEmpty();
  await expect(check.getByRole('radio', { name: wrong.text, exact: true })).not.toBeChecked();
  await expect(check.getByRole('radio').first()).toBeFocused();

  await answerAndCheck(check, right.text, status);
  await expect(status).toContainText('✓ Richtig');
  if (right.feedback) await expect(status).toContainText(right.feedback);
});

test('a lesson page with an answered check has no WCAG A/AA violations (light and dark)', async ({ page }) => {
  test.setTimeout(120_000);
  const { index, question } = firstSingleChoice(firstLesson.slug);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/lektionen/${firstLesson.slug}`);
    const check = checksOn(page).nth(index);
    const status = questionGroup(check, question).getByRole('status');
    await answerAndCheck(check, question.options.find((o) => !o.correct)!.text, status);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary, `axe violations (${scheme})`).toEqual([]);
  }
});
