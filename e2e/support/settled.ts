import { expect, type Page } from '@playwright/test';

/**
 * The page has hydrated and loaded the learner's progress, the last thing every page fetches by itself:
 * the header names who is learning ("…" until then).
 */
export async function expectPageSettled(page: Page) {
  await expect(page.getByRole('banner').getByRole('link', { name: /^Wer lernt gerade\?/ })).toHaveText(/^Wer lernt gerade\? [^…]+$/);
}
