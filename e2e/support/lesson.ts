import type { Page } from '@playwright/test';

/**
 * The glossary words in a lesson: buttons described by their explanation. Playwright's role locators cannot
 * filter by description, so the ARIA attribute that carries it picks them out.
 */
export const glossaryWords = (page: Page) => page.getByRole('main').getByRole('button').and(page.locator('[aria-describedby]'));
