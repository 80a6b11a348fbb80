import { expect, type Page } from '@playwright/test';

/**
 * The page has hydrated and the learner's data has loaded: the header names who is learning ("…" until then,
 * components/progress/HeaderLearner.tsx). Pages load their scripts after the first paint
 * (lib/site/paint-first.ts), so a key pressed at once after loading may find no listener yet.
 */
export async function expectHydrated(page: Page) {
  await expect(page.locator('.learner-badge strong')).not.toHaveText('…', { timeout: 15_000 });
}
