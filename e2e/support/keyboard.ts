import { expect, type Locator, type Page } from '@playwright/test';

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** Moves focus to `target` with Tab (and, if needed, Shift+Tab) only — no clicks — and checks the focus is visible. */
export async function tabTo(page: Page, target: Locator, maxPresses = 150): Promise<void> {
  await expect(target).toBeVisible();
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < maxPresses; i++) {
      if (await isFocused(target)) {
        // Focus set by a script after a mouse click is rightly not outlined; check what the keyboard moved.
        if (i > 0) await expectVisibleFocus(page);
        return;
      }
      await page.keyboard.press(key);
    }
  }
  throw new Error(`Could not reach ${target} with the keyboard`);
}

/** The focused element must show a visible focus indicator (outline or box-shadow). */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const style = await page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    const css = getComputedStyle(element);
    return { outline: css.outlineStyle, width: parseFloat(css.outlineWidth), shadow: css.boxShadow };
  });
  expect(style, 'an element has focus').not.toBeNull();
  expect(style!.outline !== 'none' && style!.width >= 2 || style!.shadow !== 'none', 'focus is visible').toBe(true);
}
