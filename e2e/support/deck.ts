import type { Page } from '@playwright/test';

/**
 * "Folie 3 von 12 · Frage 1 von 3": the deck's counter. It is a polite live line of text with no role of its
 * own, so it is found by its text.
 */
export const slideCounter = (page: Page) => page.getByText(/^Folie \d+ von \d+/);

/** The slide on screen: every slide is a region named "Folie N von M", and all but the current one are hidden. */
export const currentSlide = (page: Page) => page.getByRole('region', { name: /^Folie \d+ von \d+$/ });
