import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { expect, test, type Browser, type FrameLocator, type Page } from '@playwright/test';
import type { Quiz } from '../lib/quiz/schema';
import { course, entryQuiz, finalQuiz } from './support/course';
import { answerQuizByPointer } from './support/quiz';
import { expectNoViolations } from './support/axe';
import {
  CONTENT_PATH,
  LMS_PATH,
  OFFLINE_PATH,
  firstLaunchCmi,
  frameAsPage,
  lmsCalls,
  lmsErrors,
  lmsLog,
  playerFrame,
  readPackage,
  relaunchCmi,
  startLmsHost,
  type Cmi,
  type LmsHost,
  type LmsLogEntry,
} from './support/lms-host';

/**
 * The SCORM 1.2 packages `npm run scorm` writes to out-scorm/, each in a stand-in for Moodle's player: the zip
 * unpacked under Moodle's deep content path, framed by a host page that offers scorm-again as `window.API`
 * (e2e/support/lms-host.ts). The assertions are on what the LMS received in its commits, not merely on what
 * the package set.
 */

const zipOf = (name: string) => join(process.cwd(), 'out-scorm', `rauchzeichen-${name}.zip`);

const lesson = course.lessons.find((l) => l.slug === 'konzert')!;
const lessonQuiz = course.quizzes.get(lesson.quiz)!;
const allWrong = (quiz: Quiz) => quiz.questions.map((q) => q.id);

/** SCORM 1.2 CMITimespan: HHHH:MM:SS.SS with two to four hour digits and at most two decimals. */
const TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;

const resultStatus = (page: Page) => playerFrame(page).getByRole('status').filter({ hasText: /Dein Ergebnis/ });

interface SuspendData {
  v: number;
  lessons: Record<string, unknown>;
  attempts: { quizId: string; mode: string }[];
}

function parseSuspendData(text: string | undefined): SuspendData {
  expect(text, 'cmi.suspend_data was committed').toBeTruthy();
  expect(text!.length, 'cmi.suspend_data fits SCORM 1.2 (4,096 characters)').toBeLessThanOrEqual(4096);
  const data = JSON.parse(text!) as SuspendData;
  expect(data.v).toBe(1);
  expect(typeof data.lessons).toBe('object');
  expect(Array.isArray(data.attempts)).toBe(true);
  return data;
}

const commitsOf = (log: LmsLogEntry[]) => log.filter((entry) => entry.call === 'LMSCommit');
/** What the LMS holds in the end: the values of the last commit or LMSFinish. */
const lastStored = (log: LmsLogEntry[]) => log.filter((entry) => entry.call !== 'LMSInitialize').at(-1)?.cmi;

/** Waits until the LMS has received a commit that `match` accepts and returns it. */
async function waitForCommit(page: Page, what: string, match: (cmi: Cmi) => boolean): Promise<LmsLogEntry> {
  let found: LmsLogEntry | undefined;
  await expect
    .poll(async () => {
      found = commitsOf(await lmsLog(page)).find((entry) => match(entry.cmi));
      return found !== undefined;
    }, { message: `the LMS received a commit with ${what}` })
    .toBe(true);
  return found!;
}

/**
 * What the package set (successfully) since the commit before `commit`, i.e. in the same click: element → last
 * value. Needed besides the committed values, because scorm-again starts with some (score.max is "100").
 */
async function setForCommit(page: Page, commit: LmsLogEntry): Promise<Record<string, string>> {
  const calls = await lmsCalls(page);
  const previousCommit = calls.slice(0, commit.callIndex).findLastIndex((c) => c.call === 'LMSCommit');
  const set: Record<string, string> = {};
  for (const call of calls.slice(previousCommit + 1, commit.callIndex)) {
    if (call.call === 'LMSSetValue' && call.result === 'true') set[call.args[0]!] = call.args[1]!;
  }
  return set;
}

/** The quiz result as the LMS must have it: set in the same click as the commit, and in the commit. */
async function expectQuizResultCommitted(page: Page, commit: LmsLogEntry, percent: number, status: 'passed' | 'failed') {
  const set = await setForCommit(page, commit);
  expect(set, 'set in the same click as the commit').toMatchObject({
    'cmi.core.score.raw': String(percent),
    'cmi.core.score.min': '0',
    'cmi.core.score.max': '100',
    'cmi.core.lesson_status': status,
    'cmi.suspend_data': commit.cmi['cmi.suspend_data'],
  });
  expect(set['cmi.core.session_time'], 'cmi.core.session_time set with the score').toMatch(TIMESPAN);
  expect(commit.cmi).toMatchObject({
    'cmi.core.score.raw': String(percent),
    'cmi.core.score.min': '0',
    'cmi.core.score.max': '100',
    'cmi.core.lesson_status': status,
  });
  expect(commit.cmi['cmi.core.session_time']).toMatch(TIMESPAN);
}

/**
 * The quiz island has hydrated: the package's script marks each island `data-hydrated` once React has taken it
 * over (scorm/render/island-root.tsx). Answers given before would be reset by hydration. The island wrapper has no
 * role, so this one locator is CSS.
 */
/** After a relaunch with a passed 100 % stored: no commit and no LMSSetValue of this launch holds a weaker result. */
async function expectBestKept(page: Page) {
  for (const entry of commitsOf(await lmsLog(page))) {
    expect(entry.cmi['cmi.core.score.raw'], 'no commit lowers the score').toBe('100');
    expect(entry.cmi['cmi.core.lesson_status'], 'no commit lowers the status').toBe('passed');
  }
  const lowered = (await lmsCalls(page)).filter(
    (c) => c.call === 'LMSSetValue' && ((c.args[0] === 'cmi.core.score.raw' && c.args[1] !== '100') || (c.args[0] === 'cmi.core.lesson_status' && c.args[1] !== 'passed')),
  );
  expect(lowered, 'the package never sets a weaker result').toEqual([]);
}

async function expectQuizReady(scope: Page | FrameLocator) {
  await expect(scope.getByRole('button', { name: 'Antworten prüfen' })).toBeEnabled();
  await expect(scope.locator('rz-island[data-island$="#QuizRunner"][data-hydrated]'), 'the quiz has hydrated').toHaveCount(1);
}

/** The package frame's page, ready for the shared quiz helpers: the quiz heading is shown and the runner hydrated. */
async function quizInPlayer(page: Page, quiz: Quiz): Promise<Page> {
  const frame = playerFrame(page);
  await expect(frame.getByRole('heading', { level: 1, name: quiz.title })).toBeVisible();
  await expectQuizReady(frame);
  const packageFrame = page.frame({ name: 'scorm_object' });
  expect(packageFrame, 'the player frames the package').not.toBeNull();
  return frameAsPage(page, packageFrame!);
}

/** Answers the quiz in the frame (right, or wrong where told) and checks the answers; returns the shown percent. */
async function takeQuiz(page: Page, quiz: Quiz, wrongIds: readonly string[] = []): Promise<number | null> {
  const inFrame = await quizInPlayer(page, quiz);
  await answerQuizByPointer(inFrame, quiz, wrongIds);
  await playerFrame(page).getByRole('button', { name: 'Antworten prüfen' }).click();
  const status = resultStatus(page);
  await expect(status).toBeVisible();
  if (quiz.kind === 'entry') return null;
  const text = await status.innerText();
  const percent = text.match(/\((\d+) %\)/)?.[1];
  expect(percent, `the result names a percentage: ${text}`).toBeDefined();
  return Number(percent);
}

/** Everything the browser did and said during one run, host page and package frame together. */
interface Run {
  requests: { url: string; inPackageFrame: boolean }[];
  failures: string[];
  badResponses: string[];
  console: string[];
  cspMessages: string[];
}

function watch(page: Page, packageIsMainFrame = false): Run {
  const run: Run = { requests: [], failures: [], badResponses: [], console: [], cspMessages: [] };
  page.on('request', (request) => {
    let inPackageFrame = packageIsMainFrame;
    try {
      inPackageFrame = request.frame() !== page.mainFrame() || packageIsMainFrame;
    } catch {
      // A request without a frame (a worker's): judged by its address alone.
    }
    run.requests.push({ url: request.url(), inPackageFrame });
  });
  page.on('requestfailed', (request) => run.failures.push(`${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) run.badResponses.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    const text = `${message.type()}: ${message.text()} (${message.location().url})`;
    if (message.type() === 'error') run.console.push(text);
    if (/Content Security Policy|Refused to/i.test(message.text())) run.cspMessages.push(text);
  });
  page.on('pageerror', (error) => run.console.push(`pageerror: ${error.message}`));
  return run;
}

/**
 * The run was clean: nothing failed or answered ≥ 400, no console error or CSP report, every request went to the
 * host server, and every request of the package went to its own folder (the host's /lms/ files excepted).
 */
function expectCleanRun(run: Run, host: LmsHost, packagePath: string) {
  const fetched = run.requests.filter(({ url }) => /^https?:/.test(url));
  const problems = {
    'failed requests': run.failures,
    'responses ≥ 400': run.badResponses,
    'console errors': run.console,
    'CSP violations': run.cspMessages,
    'requests to other origins': fetched.filter(({ url }) => new URL(url).origin !== host.origin).map(({ url }) => url),
    [`requests outside ${packagePath}`]: fetched
      .filter(({ url, inPackageFrame }) => {
        const path = new URL(url).pathname;
        return inPackageFrame ? !path.startsWith(packagePath) : !path.startsWith(LMS_PATH) && !path.startsWith(packagePath);
      })
      .map(({ url }) => url),
    'server answers ≥ 400': host.requests.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.method} ${r.path}`),
  };
  expect(problems, 'a clean run').toEqual(Object.fromEntries(Object.keys(problems).map((key) => [key, []])));
  expect(fetched.length, 'the run was watched').toBeGreaterThan(0);
}

/**
 * The LMS refused nothing: every API call ended without an error, apart from the "already initialised" (101)
 * of a package page that continues the launch an earlier page of the package opened (pause, no LMSFinish).
 */
async function expectNoRefusedCalls(page: Page) {
  const calls = await lmsCalls(page);
  const refused = calls.filter((call, index) => {
    if (call.error === '0' || /^LMSGet(LastError|ErrorString|Diagnostic)$/.test(call.call)) return false;
    const continuesLaunch =
      call.call === 'LMSInitialize' &&
      call.error === '101' &&
      calls.slice(0, index).some((c) => c.call === 'LMSInitialize' && c.result === 'true') &&
      !calls.slice(0, index).some((c) => c.call === 'LMSFinish' && c.result === 'true');
    return !continuesLaunch;
  });
  expect(refused, 'API calls the LMS refused').toEqual([]);
  const errors = (await lmsErrors(page)).filter((e) => !/\b101\b.*already initialized|already initialized.*\b101\b/i.test(e.message));
  expect(errors.map((e) => e.message), 'scorm-again errors').toEqual([]);
}

/**
 * Nothing alarming is shown: none of the package's notices about saving ("Hinweise zu deinem Fortschritt":
 * the LMS did not save everything, attempts left out, saving impossible, unreadable data) and no alert with text.
 * The package's plain information that a result is kept in the LMS when there is one is fine.
 */
async function expectNoAlarm(page: Page | FrameLocator) {
  await expect(page.getByRole('region', { name: 'Hinweise zu deinem Fortschritt' })).toHaveCount(0);
  await expect(page.getByRole('alert').filter({ hasText: /\S/ })).toHaveCount(0);
  await expect(
    page.getByText(/hat nicht alles gespeichert|Speicher der Lernplattform|Daten der Lernplattform|Speichern nicht möglich|Daten nicht lesen/),
  ).toHaveCount(0);
}

/** A fresh browser context: another device, no browser storage; only the LMS holds the pupil's state. */
async function newDevice(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  return context.newPage();
}

const removeFrame = (page: Page) => page.evaluate(() => document.getElementById('scorm_object')!.remove());
/** The player leaves the package, as an LMS does when the pupil goes on: a normal pagehide in the frame. */
const navigateFrameAway = (page: Page) => page.evaluate(() => ((document.getElementById('scorm_object') as HTMLIFrameElement).src = 'about:blank'));

/** Addresses in a package file that must resolve to a file of the package (not anchors, schemes or data:). */
function localReferences(path: string, text: string): string[] {
  const pattern = path.endsWith('.css') ? /url\(\s*['"]?([^'")]+)['"]?\s*\)/g : /\s(?:href|src)="([^"]*)"/g;
  return [...text.matchAll(pattern)]
    .map((match) => match[1]!.replace(/&amp;/g, '&').split(/[?#]/)[0]!)
    .filter((ref) => ref !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(ref))
    // A root-relative address ("/x", "//host/x") cannot work from the LMS's folder: kept as it is, it is missing.
    .map((ref) => (ref.startsWith('/') ? ref : posix.normalize(posix.join(posix.dirname(path), ref))));
}

test('every package: the manifest at its root lists its files, and every page and stylesheet refers only to files inside it', () => {
  const names = [...course.lessons.map((l) => l.slug), 'abschlusstest'];
  for (const name of names) {
    const files = readPackage(zipOf(name));
    const manifest = new TextDecoder().decode(files.get('imsmanifest.xml') ?? new Uint8Array());
    expect(manifest, `${name}: imsmanifest.xml at the package root`).toContain('<manifest');
    const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]!).sort();
    const content = [...files.keys()].filter((file) => file !== 'imsmanifest.xml' && !file.endsWith('.xsd')).sort();
    expect(listed, `${name}: the manifest lists exactly the package's files`).toEqual(content);
    expect(manifest, `${name}: the SCO starts at index.html`).toMatch(/adlcp:scormtype="sco"[^>]*href="index\.html"|href="index\.html"[^>]*adlcp:scormtype="sco"/);
    const missing = content
      .filter((file) => /\.(html|css)$/.test(file))
      .flatMap((file) => localReferences(file, new TextDecoder().decode(files.get(file))).filter((ref) => !files.has(ref)).map((ref) => `${file} → ${ref}`));
    expect(missing, `${name}: references to files the package does not have`).toEqual([]);
  }
});

test('every manifest validates against the SCORM 1.2 schemas with xmllint', () => {
  // npm test installs xmllint (scripts/ensure-xmllint.mjs) before the unit tests.
  const dir = mkdtempSync(join(tmpdir(), 'rauchzeichen-manifest-'));
  try {
    for (const name of [...course.lessons.map((l) => l.slug), 'abschlusstest']) {
      const file = join(dir, `${name}.xml`);
      writeFileSync(file, readPackage(zipOf(name)).get('imsmanifest.xml')!);
      const run = () => execFileSync('xmllint', ['--noout', '--schema', join(process.cwd(), 'scorm/schemas/scorm12.xsd'), file], { stdio: 'pipe' });
      expect(run, `${name}: xmllint --schema`).not.toThrow();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.describe('lesson package (konzert)', () => {
  let host: LmsHost;
  test.beforeAll(async () => {
    host = await startLmsHost(zipOf(lesson.slug));
  });
  test.afterAll(async () => {
    await host?.close();
  });

  test('reports a passed quiz in the same commit, survives the frame being torn down, and resumes with the best result', async ({ page, browser }) => {
    test.setTimeout(180_000);
    expect(host.files.has('imsmanifest.xml'), 'imsmanifest.xml at the package root').toBe(true);
    expect(host.masteryScore, 'adlcp:masteryscore is the pass mark').toBe(String(lessonQuiz.passPercent));
    const run = watch(page);

    await test.step('first launch: the lesson, LMSInitialize, "incomplete" committed', async () => {
      await page.goto(host.launchUrl({ cmi: firstLaunchCmi(host) }));
      await expect(playerFrame(page).getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
      await waitForCommit(page, 'lesson_status "incomplete"', (cmi) => cmi['cmi.core.lesson_status'] === 'incomplete');
      const log = await lmsLog(page);
      expect(log[0]?.call, 'LMSInitialize came first').toBe('LMSInitialize');
    });

    const passed = await test.step('the quiz, answered right: score, status, suspend_data and session time committed', async () => {
      await playerFrame(page).getByRole('link', { name: /Zum Quiz/ }).click();
      const percent = await takeQuiz(page, lessonQuiz);
      expect(percent).toBe(100);
      const commit = await waitForCommit(page, 'score.raw 100', (cmi) => cmi['cmi.core.score.raw'] === '100');
      await expectQuizResultCommitted(page, commit, 100, 'passed');
      const data = parseSuspendData(commit.cmi['cmi.suspend_data']);
      expect(data.attempts.filter((a) => a.quizId === lessonQuiz.id)).toHaveLength(1);
      await expectNoAlarm(playerFrame(page));
      return commit;
    });

    await test.step('the player tears the frame down at once: the last commit already held the result', async () => {
      // What the LMS holds if the frame goes without running any handler: the last commit before removal.
      const before = commitsOf(await lmsLog(page)).at(-1)!;
      await removeFrame(page);
      for (const last of [before, commitsOf(await lmsLog(page)).at(-1)!]) {
        expect(last.cmi['cmi.core.score.raw']).toBe('100');
        expect(last.cmi['cmi.core.lesson_status']).toBe('passed');
        expect(last.cmi['cmi.suspend_data']).toBe(passed.cmi['cmi.suspend_data']);
      }
      const log = await lmsLog(page);
      const finish = log.find((entry) => entry.call === 'LMSFinish');
      test.info().annotations.push({
        type: 'frame removed',
        description: finish
          ? `pagehide ran on removal: LMSFinish with exit "${finish.cmi['cmi.core.exit']}", status "${finish.cmi['cmi.core.lesson_status']}", score ${finish.cmi['cmi.core.score.raw']}`
          : 'no LMSFinish after the frame was removed',
      });
      if (finish) {
        expect(finish.cmi['cmi.core.score.raw']).toBe('100');
        expect(finish.cmi['cmi.core.lesson_status']).toBe('passed');
      }
      await expectNoRefusedCalls(page);
      expectCleanRun(run, host, CONTENT_PATH);
    });

    const stored = lastStored(await lmsLog(page))!;

    await test.step('relaunch on another device: the earlier result is shown, a weaker attempt does not lower the score', async () => {
      const second = await newDevice(browser);
      const secondRun = watch(second);
      const relaunch = relaunchCmi(host, stored);
      expect(relaunch['cmi.core.lesson_status']).toBe('passed');
      // Moodle launches the manifest's page, the lesson.
      await second.goto(host.launchUrl({ cmi: relaunch }));
      const launched = await second.evaluate(() => window.lmsLaunch.cmi);
      expect(launched['cmi.suspend_data']).toBe(stored['cmi.suspend_data']);
      expect(launched['cmi.core.entry']).toBe('resume');
      const frame = playerFrame(second);
      await expect(frame.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
      // The earlier attempt is back, and shown as the site shows a lesson whose quiz was taken
      // (LessonStatusBadge: "Abgeschlossen · Bestes Quiz-Ergebnis: 100 %"). Soft: what the LMS keeps is checked
      // below either way.
      await expect
        .soft(frame.getByText(/Abgeschlossen · Bestes Quiz-Ergebnis: 100 %/), 'the lesson page shows the best result kept by the LMS')
        .toBeVisible();

      await frame.getByRole('link', { name: /Zum Quiz/ }).click();
      const percent = await takeQuiz(second, lessonQuiz, allWrong(lessonQuiz));
      expect(percent).toBeLessThan(lessonQuiz.passPercent);
      const commit = await waitForCommit(
        second,
        'both attempts in suspend_data',
        (cmi) => (cmi['cmi.suspend_data'] ?? '').split(`"quizId":"${lessonQuiz.id}"`).length - 1 >= 2,
      );
      expect(commit.cmi['cmi.core.score.raw'], 'the best result stays in the gradebook').toBe('100');
      expect(commit.cmi['cmi.core.lesson_status']).toBe('passed');
      expect(parseSuspendData(commit.cmi['cmi.suspend_data']).attempts.filter((a) => a.quizId === lessonQuiz.id)).toHaveLength(2);
      await expectBestKept(second);
      await expectNoRefusedCalls(second);
      expectCleanRun(secondRun, host, CONTENT_PATH);
      await second.context().close();
    });
  });

  test('a failed first attempt reports "failed" with its percentage; leaving the package finishes the launch', async ({ page }) => {
    test.setTimeout(120_000);
    const run = watch(page);
    await page.goto(host.launchUrl({ page: 'quiz.html', cmi: firstLaunchCmi(host) }));
    const percent = await takeQuiz(page, lessonQuiz, allWrong(lessonQuiz));
    expect(percent).toBeLessThan(lessonQuiz.passPercent);
    const commit = await waitForCommit(page, 'lesson_status "failed"', (cmi) => cmi['cmi.core.lesson_status'] === 'failed');
    await expectQuizResultCommitted(page, commit, percent!, 'failed');
    expect(parseSuspendData(commit.cmi['cmi.suspend_data']).attempts.map((a) => a.quizId)).toEqual([lessonQuiz.id]);
    await expectNoAlarm(playerFrame(page));

    await navigateFrameAway(page);
    await expect.poll(async () => (await lmsLog(page)).some((entry) => entry.call === 'LMSFinish'), { message: 'LMSFinish on pagehide' }).toBe(true);
    const log = await lmsLog(page);
    const finish = log.find((entry) => entry.call === 'LMSFinish')!;
    expect(finish.cmi['cmi.core.exit']).toBe('suspend');
    expect(finish.cmi['cmi.core.lesson_status']).toBe('failed');
    expect(finish.cmi['cmi.core.score.raw']).toBe(String(percent));
    expect(finish.cmi['cmi.core.session_time']).toMatch(TIMESPAN);
    // The commit before LMSFinish carried the exit too (the package commits, then finishes).
    expect(commitsOf(log).at(-1)!.cmi['cmi.core.exit']).toBe('suspend');
    expect(log.filter((entry) => entry.call === 'LMSFinish'), 'LMSFinish once').toHaveLength(1);
    await expectNoRefusedCalls(page);
    expectCleanRun(run, host, CONTENT_PATH);
  });

  test('suspend_data the package cannot read is put aside, named and offered as a download, not dropped', async ({ page }) => {
    test.setTimeout(120_000);
    const unreadable = '{"v":9,"notizen":"von einer anderen Version"}';
    await page.goto(host.launchUrl({ cmi: { ...firstLaunchCmi(host), 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': unreadable } }));
    const frame = playerFrame(page);
    const notices = frame.getByRole('region', { name: 'Hinweise zu deinem Fortschritt' });
    await expect(notices).toContainText('Wir konnten gespeicherte Daten nicht lesen.');
    const download = page.waitForEvent('download');
    await notices.getByRole('button', { name: 'Daten herunterladen' }).click();
    const file = await (await download).path();
    expect(readFileSync(file, 'utf8'), 'the download holds the data exactly as the LMS kept it').toBe(unreadable);
  });

  test('outside an LMS the package is a plain lesson: lesson and quiz work, no error, no LMS message', async ({ page }) => {
    test.setTimeout(120_000);
    const run = watch(page, true);
    await page.goto(host.offlineUrl('index.html'));
    await expect(page.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
    await page.getByRole('link', { name: /Zum Quiz/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: lessonQuiz.title })).toBeVisible();
    await expectQuizReady(page);
    await answerQuizByPointer(page, lessonQuiz);
    await page.getByRole('button', { name: 'Antworten prüfen' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Dein Ergebnis' })).toContainText('(100 %)');
    await expectNoAlarm(page);
    await page.getByRole('link', { name: 'Hilfe finden' }).click();
    await expect(page).toHaveURL(/\/hilfe\.html$/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAlarm(page);
    expectCleanRun(run, host, `${OFFLINE_PATH}rauchzeichen-${lesson.slug}/`);
  });
});

test('the package pages pass axe (WCAG 2.2 AA), in light and dark mode', async ({ page }) => {
  test.setTimeout(180_000);
  for (const [zip, pages] of [
    [lesson.slug, ['index.html', 'quiz.html', 'hilfe.html']],
    ['abschlusstest', ['index.html', 'einstieg.html', 'abschluss.html', 'bestaetigung.html']],
  ] as const) {
    const host = await startLmsHost(zipOf(zip));
    try {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const file of pages) {
          await page.goto(host.offlineUrl(file));
          await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
          await expect(page.locator('rz-island:not([data-hydrated])'), `${zip}/${file}: every island hydrated`).toHaveCount(0);
          await expectNoViolations(page, `${zip}/${file} (${scheme})`);
        }
      }
    } finally {
      await host.close();
    }
  }
});

test.describe('course test package (abschlusstest)', () => {
  let host: LmsHost;
  test.beforeAll(async () => {
    host = await startLmsHost(zipOf('abschlusstest'));
  });
  test.afterAll(async () => {
    await host?.close();
  });

  test('the entry check leaves the status "incomplete"; the final test answered right is "passed" with 100', async ({ page, browser }) => {
    test.setTimeout(180_000);
    expect(entryQuiz, 'the course has an entry check').toBeDefined();
    expect(finalQuiz, 'the course has a final test').toBeDefined();
    expect(host.files.has('imsmanifest.xml'), 'imsmanifest.xml at the package root').toBe(true);
    expect(host.masteryScore, 'adlcp:masteryscore is the pass mark of the final test').toBe(String(finalQuiz!.passPercent));
    const run = watch(page);
    const frame = playerFrame(page);

    await test.step('first launch: the overview, "incomplete" committed', async () => {
      await page.goto(host.launchUrl({ cmi: firstLaunchCmi(host) }));
      await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
      await waitForCommit(page, 'lesson_status "incomplete"', (cmi) => cmi['cmi.core.lesson_status'] === 'incomplete');
    });

    await test.step('the entry check is kept, not graded', async () => {
      await frame.getByRole('link', { name: 'Zum Einstiegstest' }).click();
      await takeQuiz(page, entryQuiz!);
      const commit = await waitForCommit(page, 'the entry check in suspend_data', (cmi) =>
        (cmi['cmi.suspend_data'] ?? '').includes(`"quizId":"${entryQuiz!.id}"`),
      );
      expect(commit.cmi['cmi.core.lesson_status'], 'the entry check is not graded').toBe('incomplete');
      expect(commit.cmi['cmi.core.score.raw'], 'no score for the entry check').toBe('');
      await expectNoAlarm(frame);
    });

    const stored = await test.step('the final test, answered right: "passed", 100', async () => {
      await frame.getByRole('navigation').getByRole('link', { name: 'Abschlusstest' }).click();
      const percent = await takeQuiz(page, finalQuiz!);
      expect(percent).toBe(100);
      const commit = await waitForCommit(page, 'score.raw 100', (cmi) => cmi['cmi.core.score.raw'] === '100');
      await expectQuizResultCommitted(page, commit, 100, 'passed');
      const data = parseSuspendData(commit.cmi['cmi.suspend_data']);
      expect(data.attempts.map((a) => a.quizId)).toEqual([entryQuiz!.id, finalQuiz!.id]);
      await expectNoAlarm(frame);
      await navigateFrameAway(page);
      await expect.poll(async () => (await lmsLog(page)).some((entry) => entry.call === 'LMSFinish'), { message: 'LMSFinish on pagehide' }).toBe(true);
      await expectNoRefusedCalls(page);
      expectCleanRun(run, host, CONTENT_PATH);
      return lastStored(await lmsLog(page))!;
    });

    await test.step('relaunch on another device: the overview shows both tests as the course page of the site does', async () => {
      const second = await newDevice(browser);
      const secondRun = watch(second);
      await second.goto(host.launchUrl({ cmi: relaunchCmi(host, stored) }));
      const overview = playerFrame(second);
      await expect(overview.getByRole('heading', { level: 1 })).toBeVisible();
      // QuizStatusBadge on the site: "Erledigt am …" for the entry check, "Bestanden · Bestes Ergebnis: 100 %" for the
      // final test.
      await expect(overview.getByText(/^Erledigt am \d/), 'the entry check is shown as done').toBeVisible();
      await expect(overview.getByText(/^Bestanden · Bestes Ergebnis: 100 %/), 'the final test is shown as passed').toBeVisible();
      await expectBestKept(second);

      // The certificate page is part of the package: going there continues the launch.
      await overview.getByRole('link', { name: 'Teilnahmebestätigung' }).click();
      await expect(overview.getByRole('heading', { level: 1 })).toBeVisible();
      await expect.poll(() => second.frame({ name: 'scorm_object' })?.url()).toBe(`${host.origin}${CONTENT_PATH}bestaetigung.html`);
      await expectNoRefusedCalls(second);
      expectCleanRun(secondRun, host, CONTENT_PATH);
      await second.context().close();
    });
  });
});
