import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { firstLesson } from './support/course';

/**
 * A pupil's tablet on the school network (project "lan"): the course is opened by a name that is not
 * this computer's own (klasse.test, mapped to this machine's loopback by Chromium's resolver), over plain http.
 */
test('the QR handout encodes the address the page was opened with, base path included', async ({ page, baseURL }) => {
  await page.goto(`lehrkraefte/${firstLesson.slug}/handout/`);
  await expect(page.getByText('nur auf diesem Computer geöffnet')).toHaveCount(0);
  const image = page.getByRole('img', { name: /QR-Code/ });
  await expect(image).toBeVisible();
  const png = PNG.sync.read(Buffer.from((await image.getAttribute('src'))!.split(',')[1]!, 'base64'));
  expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(`${baseURL}lektionen/${firstLesson.slug}/`);
});

test('over plain http on the network the course works and says nothing about offline use', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`lektionen/${firstLesson.slug}/`);
  await expect(page.getByRole('heading', { level: 1, name: firstLesson.title })).toBeVisible();
  // Service workers need https or localhost: no worker, no promise of offline use, no error.
  expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
  await expect(page.getByText(/Offline verfügbar|ohne Internet gespeichert/)).toHaveCount(0);
  expect(errors).toEqual([]);
});
