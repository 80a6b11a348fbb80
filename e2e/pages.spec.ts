import { expect, test } from '@playwright/test';
import { tabTo } from './support/keyboard';

test('the help page lists the counselling numbers', async ({ page }) => {
  await page.goto('/hilfe');
  await expect(page.getByRole('heading', { level: 1, name: 'Hilfe finden' })).toBeVisible();
  await expect(page.getByRole('link', { name: '116 111' })).toHaveAttribute('href', 'tel:116111');
  await expect(page.getByRole('link', { name: '0800 111 0 550' })).toBeVisible();
  await expect(page.getByRole('link', { name: '0800 8 31 31 31' })).toBeVisible();
  await expect(page.getByText('Du bist nicht schuld.')).toBeVisible();
});

test('the privacy page says what is stored and where', async ({ page }) => {
  await page.goto('/datenschutz');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Datenschutz');
  await expect(page.getByText('Nur in diesem Browser auf diesem Gerät')).toBeVisible();
});

test('an unknown address shows a friendly German page with status 404', async ({ page }) => {
  const response = await page.goto('/gibt-es-nicht');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Diese Seite gibt es nicht' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zur Kursübersicht' })).toBeVisible();
  expect((await page.goto('/lektionen/gibt-es-nicht'))?.status()).toBe(404);
});

test('glossary terms explain themselves on focus and hide on Escape', async ({ page }) => {
  await page.goto('/lektionen/konzert');
  const term = page.locator('button[aria-describedby]').first();
  await tabTo(page, term);
  const tip = page.getByRole('tooltip').first();
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(term).toBeFocused();
});
