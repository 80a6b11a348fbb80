import { expect, test, type Page } from '@playwright/test';
import { firstLesson, firstQuiz } from './support/course';
import { routeGroups } from './support/routes';
import { answerQuizByKeyboard } from './support/quiz';
import { expectPageSettled } from './support/settled';

/** Fails the test on any request that leaves the site; returns the list to check at the end. */
function watchForeignRequests(page: Page, baseURL: string): string[] {
  const origin = new URL(baseURL).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(`${page.url()} → ${request.url()}`);
  });
  return foreign;
}

routeGroups().forEach((routes, group) => {
  test(`routes ${routes[0]} … request nothing from another origin and set no cookie (group ${group + 1})`, async ({ page, context, baseURL }) => {
    test.setTimeout(120_000);
    const foreign = watchForeignRequests(page, baseURL!);
    for (const route of routes) {
      await page.goto(route);
      await expectPageSettled(page);
    }
    expect(foreign).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
});

test('answering a quiz requests nothing from another origin', async ({ page, baseURL }) => {
  const foreign = watchForeignRequests(page, baseURL!);
  await page.goto(`/lektionen/${firstLesson.slug}/quiz/`);
  await answerQuizByKeyboard(page, firstQuiz);
  await page.getByRole('button', { name: 'Antworten prüfen' }).click();
  // Scoring and saving load their code on demand: the result shows once both are there.
  await expect(page.getByRole('status').filter({ hasText: 'Dein Ergebnis' })).toContainText('(100 %)');
  expect(foreign).toEqual([]);
});

test('a lesson page is served with the security headers and still works under its CSP', async ({ page, request }) => {
  const response = await request.get(`/lektionen/${firstLesson.slug}/`);
  const headers = response.headers();
  // What a <meta> policy cannot carry comes from the host …
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
  expect(headers['permissions-policy']).toMatch(/microphone=\(\)/);
  expect(headers['permissions-policy']).toMatch(/geolocation=\(\)/);
  expect(headers['x-powered-by']).toBeUndefined();
  // … and the page carries its own script policy, so it holds on any host.
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(await response.text())?.[1];
  expect(csp).toBeDefined();
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  for (const directive of ["object-src 'none'", "base-uri 'self'", "worker-src 'self'"]) expect(csp).toContain(directive);

  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`/lektionen/${firstLesson.slug}/`);
  await page.getByRole('link', { name: 'Zum Quiz' }).click();
  await answerQuizByKeyboard(page, firstQuiz);
  await page.getByRole('button', { name: 'Antworten prüfen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dein Ergebnis' })).toContainText('(100 %)');
  expect(problems).toEqual([]);
});
