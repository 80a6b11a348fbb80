import { expect, test, type Page } from '@playwright/test';
import { allRoutes, pageRoutes } from './support/routes';

/**
 * The static build behind a real nginx with the generated deploy/nginx.conf (project "nginx"):
 * every route answers, the host sends the headers a meta tag cannot carry, and no page violates its
 * own Content-Security-Policy.
 */

/** Collects CSP violations and console errors of a page from before its first script runs. */
async function watchProblems(page: Page): Promise<() => Promise<string[]>> {
  const problems: string[] = [];
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      w.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  return async () => [...problems, ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations))];
}

test('every route answers with the security headers and its own CSP', async ({ request }) => {
  for (const route of allRoutes) {
    const response = await request.get(route);
    expect(response.status(), route).toBe(route.startsWith('/gibt-es-nicht') ? 404 : 200);
    const headers = response.headers();
    expect(headers['content-type'], route).toContain('text/html');
    expect(headers['content-security-policy'], route).toContain("frame-ancestors 'self'");
    expect(headers['x-content-type-options'], route).toBe('nosniff');
    expect(headers['referrer-policy'], route).toBe('no-referrer');
    expect(headers['permissions-policy'], route).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(headers['cache-control'], route).toBe('no-cache');
    expect(headers['x-powered-by'], route).toBeUndefined();

    const html = await response.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta, route).toBeDefined();
    expect(meta).not.toContain('unsafe-inline');
    expect(meta).not.toContain('unsafe-eval');
    expect(meta).toContain("worker-src 'self'");
    // The policy comes before the first script, or it would not cover it.
    expect(html.indexOf('http-equiv="Content-Security-Policy"'), route).toBeLessThan(html.indexOf('<script'));
  }
});

test('the host caches hashed assets for a year, revalidates the rest, compresses and hides its own files', async ({ request, page }) => {
  await page.goto('/');
  const script = await page.locator('script[src*="/_next/static/"]').first().getAttribute('src');
  const asset = await request.get(script!, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');

  for (const path of ['/sw.js', '/manifest.webmanifest', '/lektionen/konzert/index.txt?_rsc=abc']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('no-cache');
  }
  expect((await request.get('/manifest.webmanifest')).headers()['content-type']).toContain('application/manifest+json');
  expect((await request.get('/sw.js')).headers()['content-type']).toContain('javascript');

  const page404 = await request.get('/gibt-es-nicht/');
  expect(await page404.text()).toContain('Diese Seite gibt es nicht');
  for (const hidden of ['/.htaccess', '/_headers']) expect((await request.get(hidden)).status(), hidden).toBe(404);

  const noSlash = await request.get('/lektionen/konzert', { maxRedirects: 0 });
  expect(noSlash.status()).toBe(301);
  expect(noSlash.headers()['location']).toBe('/lektionen/konzert/');
});

test('no page raises a CSP violation or a console error, the service worker included', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = await watchProblems(page);
  for (const route of pageRoutes) {
    await page.goto(route);
    await page.waitForLoadState('load');
    expect(await problems(), route).toEqual([]);
  }
  // The service worker registered under the page's CSP (worker-src 'self').
  await expect(page.getByText('Offline verfügbar')).toBeVisible({ timeout: 60_000 });
  expect(await problems()).toEqual([]);
});
