// Draws the app icons in public/icons/ from the site's own icon design (app/icon.svg), rendered by Chromium.
// Run by hand after changing the design: `node scripts/make-icons.mjs`. The PNGs are committed.
import { existsSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path));
const smoke = (stroke) =>
  `<path d="M9 24c0-5 6-5 6-10s-3-6-3-6M17 24c0-5 6-5 6-10s-3-6-3-6" fill="none" stroke="${stroke}" stroke-width="2.5" stroke-linecap="round"/>`;
// "any": the rounded tile of the favicon. "maskable": a full-bleed square, the smoke inside the 80 % safe zone.
const icons = {
  'icon-192.png': [192, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#2f5d50"/>${smoke('#fbf8f3')}</svg>`],
  'icon-512.png': [512, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#2f5d50"/>${smoke('#fbf8f3')}</svg>`],
  'maskable-512.png': [512, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-8 -8 48 48"><rect x="-8" y="-8" width="48" height="48" fill="#2f5d50"/>${smoke('#fbf8f3')}</svg>`],
};

const browser = await chromium.launch(executablePath ? { executablePath } : {});
for (const [name, [size, svg]] of Object.entries(icons)) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  writeFileSync(`public/icons/${name}`, await page.screenshot({ omitBackground: true }));
  await page.close();
  console.log(`public/icons/${name}`);
}
await browser.close();
