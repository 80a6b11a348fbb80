// `npm run bench`: the speed targets of the course, measured side by side in one run, each figure printed
// beside its target with the ratio, and written to bench/results.md.
//
// What it does, in order:
//   1. builds the course (`npm run build`) and a bare Next.js page of the same version (hello world, static
//      export) as the baseline;
//   2. serves both as deployed: their static export by nginx with the generated deploy/nginx.conf
//      (scripts/serve-nginx.mjs), and a third nginx with the same configuration serving a copy of out/ in which
//      the measured pages have every <script> and script preload removed ("no-script copy");
//   3. request rates of nginx and `npm start` (autocannon);
//   4. Lighthouse 12 (mobile, simulated throttling) BENCH_RUNS times (default 3) per URL, the URLs interleaved
//      round-robin so that a change of machine load hits all alike; figures are medians;
//   5. the time from clicking "Antworten prüfen" to the result, 15 times under 4x CPU slowdown;
//   6. the build time of the course with its 6 lessons and with 12 (generated copies, bench/scale-content.mjs),
//      each a cold `npm run build` in a temporary copy of the project (BENCH_SKIP_SCALE=1 skips it).
// Nothing here is special to the benchmark in the site: it measures the files `npm run build` writes.
// Environment: BENCH_RUNS, BENCH_PORT (4 ports from it; default 3300), BENCH_SKIP_SCALE, CHROMIUM_PATH.
import { spawn, spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { chromium } from '@playwright/test';
import { firstLoadJs } from '../scripts/bundle-sizes.mjs';
import { getCourse } from '../lib/content/load.ts';
import { scaleContent } from './scale-content.mjs';
import { scriptUrls, withoutScripts } from './page-scripts.mjs';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const QUIZ_RUNS = 15;
const PORT = Number(process.env.BENCH_PORT ?? 3300);
const SITE = `http://127.0.0.1:${PORT}`;
const NOSCRIPT = `http://127.0.0.1:${PORT + 1}`;
const BARE = `http://127.0.0.1:${PORT + 2}`;
const START = `http://127.0.0.1:${PORT + 3}`;
const CHROME = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const TMP = join('bench', 'tmp');
const BARE_DIR = join(TMP, 'bare');
const NOSCRIPT_DIR = join(TMP, 'site-noscript');
const LH_DIR = join(TMP, 'lh');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
// The course as deployed at the root of a host: no sub-folder build, no other output folder.
delete env.BASE_PATH;
delete env.OUT_DIR;
const nextBin = join('node_modules', 'next', 'dist', 'bin', 'next');

/** The targets of the issue. */
const TARGET = {
  lcpVsNoScript: 1.25,
  tbtVsBare: 1.3,
  js: { lesson: 1.05, quiz: 1.1 },
  quizMedianMs: 30,
  quizMaxMs: 50,
  buildGrowth: 2,
};

// ---------------------------------------------------------------------------------------------------------
// Small helpers

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const load = () => loadavg().map((value) => value.toFixed(2)).join(' / ');
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => `${Math.round(value)} ms`;
const MB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** measured / baseline; Infinity when the baseline is 0 and the figure is not, NaN when both are 0. */
function ratio(measured, baseline) {
  if (baseline === 0) return measured === 0 ? NaN : Infinity;
  return measured / baseline;
}
const showRatio = (value) => (Number.isNaN(value) ? '–' : value === Infinity ? '∞' : `${value.toFixed(2)}×`);
const verdict = (met) => (met ? 'met' : '**not met**');

function version(command, args, pattern) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...env, PATH: `${env.PATH}:/usr/sbin` } });
  return `${result.stdout ?? ''}${result.stderr ?? ''}`.match(pattern)?.[1] ?? '?';
}

// ---------------------------------------------------------------------------------------------------------
// Builds

function buildCourse() {
  const warm = existsSync('.next');
  const start = process.hrtime.bigint();
  run('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  return { seconds: seconds(start), warm };
}

/** The same Next.js version with nothing but a hello-world App Router page, exported statically like the course. */
function buildBarePage() {
  rmSync(BARE_DIR, { recursive: true, force: true });
  mkdirSync(join(BARE_DIR, 'app'), { recursive: true });
  writeFileSync(join(BARE_DIR, 'next.config.mjs'), "export default { output: 'export' };\n");
  writeFileSync(
    join(BARE_DIR, 'app', 'layout.jsx'),
    'export default function RootLayout({ children }) {\n  return (\n    <html lang="de">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  );
  writeFileSync(join(BARE_DIR, 'app', 'page.jsx'), 'export default function Page() {\n  return <h1>Hallo Welt</h1>;\n}\n');
  run(process.execPath, [nextBin, 'build', BARE_DIR], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(join(BARE_DIR, 'out', 'index.html'))) throw new Error(`${BARE_DIR}/out/index.html missing: the bare page was not exported`);
}

// ---------------------------------------------------------------------------------------------------------
// Pages and their scripts

const htmlPath = (root, url) => join(root, url.replace(/^\//, ''), 'index.html');

/** Bytes of the page's external scripts, each gzip-compressed (level 9), read from the exported folder. */
function deployedJs(root, url) {
  const gzipCache = new Map();
  return scriptUrls(readFileSync(htmlPath(root, url), 'utf8')).reduce((sum, src) => {
    const path = join(root, new URL(src, 'http://x/').pathname);
    if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
    return sum + gzipCache.get(path);
  }, 0);
}

/** A hard-linked copy of out/ in which each measured page (written as a new file, not through the link) has no scripts. */
function makeNoScriptCopy(urls) {
  rmSync(NOSCRIPT_DIR, { recursive: true, force: true });
  run('cp', ['-al', 'out', NOSCRIPT_DIR]);
  const hidden = [];
  for (const url of urls) {
    const path = htmlPath(NOSCRIPT_DIR, url);
    const stripped = withoutScripts(readFileSync(path, 'utf8'));
    if (/<script\b/i.test(stripped)) throw new Error(`${path}: scripts left after stripping`);
    // Streamed content that only a script would reveal stays hidden in the no-script copy.
    if (/<div hidden id="S:/.test(stripped)) hidden.push(url);
    rmSync(path);
    writeFileSync(path, stripped);
  }
  return hidden;
}

// ---------------------------------------------------------------------------------------------------------
// Servers

const children = new Set();
process.on('exit', () => children.forEach((child) => child.kill()));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    children.forEach((child) => child.kill());
    process.exit(130);
  });
}

async function startServer(args, port, extraEnv = {}) {
  const server = spawn(process.execPath, args, {
    env: { ...env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', ...extraEnv },
    stdio: 'ignore',
  });
  children.add(server);
  server.on('exit', () => children.delete(server));
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error(`server ${args.join(' ')} on port ${port} did not start`);
}

const nginx = (root, port) => startServer(['scripts/serve-nginx.mjs'], port, { ROOT: resolve(root) });

/** Requests per second for one URL on loopback: 10 s, 20 connections, gzip accepted, as a browser would. */
async function requestRate(url) {
  const result = await autocannon({ url, connections: 20, duration: 10, headers: { 'accept-encoding': 'gzip, deflate, br' } });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

// ---------------------------------------------------------------------------------------------------------
// Lighthouse

/** One Lighthouse run; the report's JSON is kept in bench/tmp/lh/. Undefined when it failed twice. */
function lighthouse(url, name, round, categories) {
  mkdirSync(LH_DIR, { recursive: true });
  const out = join(LH_DIR, `${name}-${round}.json`);
  for (let attempt = 1; attempt <= 2; attempt++) {
    const result = spawnSync(
      process.execPath,
      [
        join('node_modules', 'lighthouse', 'cli', 'index.js'),
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        `--only-categories=${categories.join(',')}`,
        '--disable-full-page-screenshot',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
      ],
      { stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, ...(CHROME ? { CHROME_PATH: CHROME } : {}) } },
    );
    if (result.status === 0 && existsSync(out)) {
      const report = JSON.parse(readFileSync(out, 'utf8'));
      if (!report.runtimeError) return report;
      console.error(`  ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`);
    }
    console.error(`  ${url}: Lighthouse failed (attempt ${attempt})`);
  }
  return undefined;
}

function figures(report) {
  const score = (id) => (report.categories[id] ? Math.round(report.categories[id].score * 100) : NaN);
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  const requests = report.audits['network-requests']?.details?.items ?? [];
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    si: audit('speed-index'),
    scriptTransfer: requests.filter((r) => r.resourceType === 'Script').reduce((sum, r) => sum + (r.transferSize ?? 0), 0),
  };
}

/** What happened before the largest contentful paint of one (observed, unthrottled) load. */
function beforeLcp(report) {
  const metrics = report.audits.metrics?.details?.items?.[0] ?? {};
  const observedLcp = metrics.observedLargestContentfulPaint;
  const lcpDetails = report.audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = lcpDetails[0]?.items?.[0]?.node;
  const phases = Object.fromEntries((lcpDetails[1]?.items ?? []).map((item) => [item.phase, item.timing]));
  const requests = (report.audits['network-requests']?.details?.items ?? []).filter((r) => r.networkRequestTime < observedLcp);
  const byType = {};
  for (const request of requests) {
    const entry = (byType[request.resourceType] ??= { count: 0, bytes: 0 });
    entry.count++;
    entry.bytes += request.transferSize ?? 0;
  }
  const tasks = (report.audits['main-thread-tasks']?.details?.items ?? []).filter((task) => task.startTime < observedLcp);
  const longTasks = (report.audits['long-tasks']?.details?.items ?? [])
    .slice()
    .sort((a, b) => b.duration - a.duration)
    .slice(0, 3);
  return {
    element: node ? `${node.selector} (${(node.nodeLabel ?? '').slice(0, 50)})` : '?',
    phases,
    observed: { fcp: metrics.observedFirstContentfulPaint, lcp: observedLcp, dcl: metrics.observedDomContentLoaded, load: metrics.observedLoad },
    byType,
    taskMs: tasks.reduce((sum, task) => sum + task.duration, 0),
    longTasksBefore: tasks.filter((task) => task.duration >= 50).length,
    longTasks,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Quiz feedback

/** Times from the click on "Antworten prüfen" to the result heading in the page, CPU slowed down 4x. */
async function quizFeedbackTimes(url, runs) {
  const browser = await chromium.launch(CHROME ? { executablePath: CHROME } : {});
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const times = [];
    for (let i = 0; i < runs; i++) {
      await page.getByRole('radio').first().check();
      await page.evaluate(() => {
        const w = window;
        w.__clickAt = undefined;
        w.__shownAt = undefined;
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('prüfen'));
        button.addEventListener('click', () => (w.__clickAt = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (document.getElementById('ergebnis-titel')) {
            w.__shownAt = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      });
      await page.getByRole('button', { name: 'Antworten prüfen' }).click();
      const confirm = page.getByRole('button', { name: 'Trotzdem prüfen' });
      if (await confirm.isVisible().catch(() => false)) {
        await page.evaluate(() => {
          const w = window;
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Trotzdem'));
          button.addEventListener('click', () => (w.__clickAt = performance.now()), { capture: true, once: true });
        });
        await confirm.click();
      }
      await page.getByRole('heading', { name: 'Dein Ergebnis' }).waitFor();
      times.push(await page.evaluate(() => window.__shownAt - window.__clickAt));
      await page.getByRole('button', { name: 'Nochmal versuchen' }).click();
    }
    return times;
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Build scaling

/** A copy of the project's tracked files (real copies) with node_modules hard-linked, outside the repository. */
function projectCopy() {
  let dir = mkdtempSync(join(tmpdir(), 'rauchzeichen-scale-'));
  const files = spawnSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).stdout.split('\0').filter((f) => f && existsSync(f));
  for (const file of files) {
    mkdirSync(join(dir, dirname(file)), { recursive: true });
    copyFileSync(file, join(dir, file));
  }
  // Turbopack refuses a node_modules symlink that leads out of the project; hard links cost nothing.
  if (spawnSync('cp', ['-al', 'node_modules', join(dir, 'node_modules')]).status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    // Another file system than the repository's: copy into bench/tmp instead.
    dir = join(TMP, 'scale');
    rmSync(dir, { recursive: true, force: true });
    for (const file of files) {
      mkdirSync(join(dir, dirname(file)), { recursive: true });
      copyFileSync(file, join(dir, file));
    }
    run('cp', ['-al', 'node_modules', join(dir, 'node_modules')]);
  }
  return dir;
}

/** A cold `npm run build` in `dir` (no .next/, out/ or deploy/ before); its output goes to bench/tmp/<log>. */
function timedBuild(dir, log) {
  for (const folder of ['.next', 'out', 'deploy']) rmSync(join(dir, folder), { recursive: true, force: true });
  const fd = openSync(join(TMP, log), 'w');
  const loadBefore = loadavg()[0];
  const start = process.hrtime.bigint();
  const result = spawnSync('npm', ['run', 'build'], { cwd: dir, env, stdio: ['ignore', fd, fd] });
  const time = seconds(start);
  closeSync(fd);
  if (result.status !== 0) throw new Error(`npm run build in ${dir} failed (${result.status}); see ${join(TMP, log)}`);
  const summary = JSON.parse(readFileSync(join(dir, '.next', 'export.json'), 'utf8'));
  return { seconds: time, pages: summary.pages, files: summary.files, outBytes: summary.outBytes, load: [loadBefore, loadavg()[0]] };
}

function buildScaling() {
  const dir = projectCopy();
  try {
    const lessons6 = readdirSync(join(dir, 'lessons')).filter((name) => name.endsWith('.mdx')).length;
    console.log(`Build scaling: cold build with ${lessons6} lessons in ${dir} …`);
    const small = { lessons: lessons6, ...timedBuild(dir, 'scale-build-small.log') };
    const { lessons: added } = scaleContent(dir, 1);
    console.log(`Build scaling: cold build with ${lessons6 + added.length} lessons …`);
    const large = { lessons: lessons6 + added.length, ...timedBuild(dir, 'scale-build-large.log') };
    for (const slug of added) {
      if (!existsSync(join(dir, 'out', 'lektionen', slug, 'index.html'))) throw new Error(`generated lesson ${slug} missing from the build`);
    }
    return { small, large };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
  const loads = { start: load() };
  console.log(`${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), load average 1/5/15 min: ${loads.start}`);
  mkdirSync(TMP, { recursive: true });
  rmSync(LH_DIR, { recursive: true, force: true });

  console.log('Building the course …');
  const courseBuild = buildCourse();
  console.log('Building a bare Next.js page (static export) as the baseline …');
  buildBarePage();

  const lesson = getCourse().lessons[0];
  const candidates = [
    { key: 'home', url: '/', route: '/' },
    { key: 'lesson', url: `/lektionen/${lesson.slug}/`, route: '/lektionen/[slug]' },
    { key: 'quiz', url: `/lektionen/${lesson.slug}/quiz/`, route: '/lektionen/[slug]/quiz' },
    { key: 'progress', url: '/fortschritt/', route: '/fortschritt' },
    { key: 'presentation', url: `/lehrkraefte/${lesson.slug}/praesentation/`, route: '/lehrkraefte/[slug]/praesentation' },
  ];
  const missing = candidates.filter((page) => !existsSync(htmlPath('out', page.url)));
  const pages = candidates.filter((page) => !missing.includes(page));
  if (missing.length) console.warn(`Not in out/, skipped: ${missing.map((page) => page.url).join(', ')}`);
  const hiddenInNoScript = makeNoScriptCopy(pages.map((page) => page.url));

  // First-load JavaScript: the build's own figure and the scripts each exported page's HTML loads.
  const buildStats = firstLoadJs('.');
  const bareStats = firstLoadJs(BARE_DIR).find((row) => row.route === '/').gzip;
  const bareDeployed = deployedJs(join(BARE_DIR, 'out'), '/');
  for (const page of pages) {
    page.buildJs = buildStats.find((row) => row.route === page.route)?.gzip ?? NaN;
    page.deployedJs = deployedJs('out', page.url);
  }

  run(process.execPath, ['scripts/ensure-nginx.mjs']);
  await nginx('out', PORT);
  await nginx(NOSCRIPT_DIR, PORT + 1);
  await nginx(join(BARE_DIR, 'out'), PORT + 2);

  console.log('Request rates (10 s each) …');
  const lessonPath = `/lektionen/${lesson.slug}/`;
  const startServerProcess = await startServer(['--import', 'tsx', 'scripts/server.ts'], PORT + 3);
  const rates = { nginx: await requestRate(SITE + lessonPath), start: await requestRate(START + lessonPath) };
  startServerProcess.kill();

  // Lighthouse: every URL once per round, the order rotated each round.
  const all = ['performance', 'accessibility', 'best-practices', 'seo'];
  const targets = [
    { name: 'bare', label: 'bare page /', url: `${BARE}/`, categories: all },
    ...pages.map((page) => ({ name: page.key, label: page.url, page, url: SITE + page.url, categories: all })),
    ...pages.map((page) => ({ name: `${page.key}-noscript`, label: `${page.url} without scripts`, page, noScript: true, url: NOSCRIPT + page.url, categories: ['performance'] })),
  ];
  for (const target of targets) target.reports = [];
  loads.beforeLighthouse = load();
  console.log(`Load average before Lighthouse: ${loads.beforeLighthouse}`);
  const roundLoads = [];
  for (let round = 1; round <= RUNS; round++) {
    const order = targets.map((_, i) => targets[(i + (round - 1) * 3) % targets.length]);
    roundLoads.push(loadavg()[0]);
    for (const target of order) {
      console.log(`Lighthouse round ${round}/${RUNS}: ${target.url} (load ${loadavg()[0].toFixed(2)})`);
      const report = lighthouse(target.url, target.name, round, target.categories);
      if (report) target.reports.push(report);
    }
  }
  loads.afterLighthouse = load();
  for (const target of targets) {
    const runs = target.reports.map(figures);
    target.n = runs.length;
    target.median = Object.fromEntries(Object.keys(runs[0] ?? figures({ categories: {}, audits: {} })).map((key) => [key, median(runs.map((r) => r[key]))]));
    target.range = (key) => [Math.min(...runs.map((r) => r[key])), Math.max(...runs.map((r) => r[key]))];
    target.before = target.reports.length ? beforeLcp(target.reports.at(-1)) : undefined;
  }
  const bare = targets[0];
  const measured = (page, noScript = false) => targets.find((t) => t.page === page && !!t.noScript === noScript);

  console.log(`Timing quiz feedback under 4x CPU slowdown (${QUIZ_RUNS} runs) …`);
  loads.quiz = load();
  const quizTimes = await quizFeedbackTimes(`${SITE}/lektionen/${lesson.slug}/quiz/`, QUIZ_RUNS);
  const quiz = { median: median(quizTimes), max: Math.max(...quizTimes) };

  children.forEach((child) => child.kill());

  const scaling = process.env.BENCH_SKIP_SCALE === '1' ? undefined : buildScaling();
  loads.end = load();
  console.log(`Load average at the end: ${loads.end}`);

  // -------------------------------------------------------------------------------------------------------
  // The report
  const rows = [];
  const row = (figure, route, value, against, target, r, met) => rows.push({ figure, route, value, against, target, ratio: r, met });
  const n = (target) => (target.n === RUNS ? `median of ${RUNS}` : `median of ${target.n} (of ${RUNS})`);
  for (const page of pages) {
    const t = measured(page);
    const noScript = measured(page, true);
    row('Lighthouse performance', page.url, `${t.median.performance} (${n(t)})`, `bare page ${bare.median.performance}`, '≥ bare', showRatio(ratio(t.median.performance, bare.median.performance)), t.median.performance >= bare.median.performance);
    for (const [key, label] of [['accessibility', 'accessibility'], ['bestPractices', 'best practices'], ['seo', 'SEO']]) {
      row(`Lighthouse ${label}`, page.url, `${t.median[key]} (${n(t)})`, '–', '100', showRatio(t.median[key] / 100), t.median[key] === 100);
    }
    const lcpRatio = ratio(t.median.lcp, noScript.median.lcp);
    row('LCP', page.url, `${ms(t.median.lcp)} (${n(t)})`, `no-script copy ${ms(noScript.median.lcp)} (${n(noScript)})`, `≤ ${TARGET.lcpVsNoScript}×`, showRatio(lcpRatio), t.median.lcp <= TARGET.lcpVsNoScript * noScript.median.lcp);
    row('TBT', page.url, `${ms(t.median.tbt)} (${n(t)})`, `bare page ${ms(bare.median.tbt)}`, `≤ ${TARGET.tbtVsBare}×`, showRatio(ratio(t.median.tbt, bare.median.tbt)), t.median.tbt <= TARGET.tbtVsBare * bare.median.tbt);
  }
  for (const [key, limit] of Object.entries(TARGET.js)) {
    const page = pages.find((p) => p.key === key);
    if (!page) continue;
    row('First-load JS (gzip, scripts in the exported HTML)', page.url, kB(page.deployedJs), `bare page ${kB(bareDeployed)}`, `≤ ${limit.toFixed(2)}×`, showRatio(page.deployedJs / bareDeployed), page.deployedJs <= limit * bareDeployed);
  }
  row('Quiz feedback, median', `/lektionen/${lesson.slug}/quiz/`, `${quiz.median.toFixed(1)} ms (${QUIZ_RUNS} runs)`, '–', `< ${TARGET.quizMedianMs} ms`, showRatio(quiz.median / TARGET.quizMedianMs), quiz.median < TARGET.quizMedianMs);
  row('Quiz feedback, slowest', `/lektionen/${lesson.slug}/quiz/`, `${quiz.max.toFixed(1)} ms (${QUIZ_RUNS} runs)`, '–', `< ${TARGET.quizMaxMs} ms`, showRatio(quiz.max / TARGET.quizMaxMs), quiz.max < TARGET.quizMaxMs);
  if (scaling) {
    const { small, large } = scaling;
    const growth = large.seconds / small.seconds;
    const lessonFactor = large.lessons / small.lessons;
    row(
      'Build time growth',
      'whole course',
      `${large.seconds.toFixed(1)} s with ${large.lessons} lessons`,
      `${small.seconds.toFixed(1)} s with ${small.lessons}`,
      `≤ ${lessonFactor.toFixed(0)}× (linear)`,
      showRatio(growth),
      growth <= lessonFactor,
    );
  }

  const nextVersion = JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')).version;
  const lhVersion = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
  const chromeVersion = CHROME ? version(CHROME, ['--version'], /([\d.]+)/) : 'Playwright';
  const site = JSON.parse(readFileSync(join('.next', 'export.json'), 'utf8'));
  const metCount = rows.filter((r) => r.met).length;
  const loadSamples = [
    ...Object.values(loads).map((text) => Number(text.split(' / ')[0])),
    ...roundLoads,
    ...(scaling ? [...scaling.small.load, ...scaling.large.load] : []),
  ];
  const peakLoad = Math.max(...loadSamples);
  const lines = [
    `# Benchmark ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    '',
    `Next.js ${nextVersion}, Lighthouse ${lhVersion} (mobile, simulated throttling), Chromium ${chromeVersion} (${CHROME ?? 'Playwright'}), ` +
      `nginx ${version('nginx', ['-v'], /nginx\/([\d.]+)/)} with the generated deploy/nginx.conf, ${cpus().length} CPUs.`,
    '',
    `Load average (1 / 5 / 15 min): at the start ${loads.start}; before Lighthouse ${loads.beforeLighthouse}; after Lighthouse ${loads.afterLighthouse}; ` +
      `before the quiz timing ${loads.quiz}; at the end ${loads.end}. 1-min load at the start of each Lighthouse round: ${roundLoads.map((l) => l.toFixed(2)).join(', ')}.`,
    '',
    ...(peakLoad > cpus().length
      ? [
          `**Warning:** the 1-min load average reached ${peakLoad.toFixed(2)} on ${cpus().length} CPUs during this run. Absolute times (LCP, TBT, quiz feedback, build times) ` +
            'are inflated and noisy under such load; the side-by-side ratios less so, but TBT grows with contention even for pages without scripts.',
          '',
        ]
      : []),
    `Every page is served as deployed: the static export by nginx. Lighthouse figures are **medians of ${RUNS} runs per URL**, ` +
      `the URLs interleaved round-robin (each round runs every URL once, starting at a different one). ` +
      `The bare page is a hello-world App Router page of the same Next.js version, exported and served the same way. ` +
      `A "no-script copy" is the route's own exported HTML with every <script> element and script preload removed, served by a third nginx with the same configuration.`,
    '',
    `## Targets: ${metCount} of ${rows.length} met`,
    '',
    '| figure | route | measured | compared with | target | ratio | result |',
    '| --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((r) => `| ${r.figure} | ${r.route} | ${r.value} | ${r.against} | ${r.target} | ${r.ratio} | ${verdict(r.met)} |`),
    '',
    'Ratios: measured ÷ compared-with figure (scores ÷ 100 for accessibility, best practices and SEO; quiz times ÷ the limit; build time with 12 lessons ÷ with 6).',
    '',
    `## Lighthouse per URL (median of ${RUNS}; LCP and TBT with the range over the runs)`,
    '',
    '| URL | runs | Perf | A11y | BP | SEO | FCP | LCP | LCP range | TBT | TBT range | CLS | Speed Index | scripts transferred |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...targets.map((t) => {
      const score = (v) => (Number.isNaN(v) ? '–' : v);
      const [lcpMin, lcpMax] = t.range('lcp');
      const [tbtMin, tbtMax] = t.range('tbt');
      return `| ${t.label} | ${t.n} | ${score(t.median.performance)} | ${score(t.median.accessibility)} | ${score(t.median.bestPractices)} | ${score(t.median.seo)} | ${ms(t.median.fcp)} | ${ms(t.median.lcp)} | ${ms(lcpMin)}–${ms(lcpMax)} | ${ms(t.median.tbt)} | ${ms(tbtMin)}–${ms(tbtMax)} | ${t.median.cls.toFixed(3)} | ${ms(t.median.si)} | ${kB(t.median.scriptTransfer)} |`;
    }),
    '',
    ...(hiddenInNoScript.length ? [`Note: in the no-script copy of ${hiddenInNoScript.join(', ')} streamed content stays hidden (it is revealed by an inline script).`, ''] : []),
    '## First-load JavaScript (gzip -9)',
    '',
    '| route | scripts the exported HTML loads | × bare | build figure (route-bundle-stats) | × bare | target |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    `| bare page / | ${kB(bareDeployed)} | 1.00× | ${kB(bareStats)} | 1.00× | |`,
    ...pages.map(
      (p) =>
        `| ${p.url} | ${kB(p.deployedJs)} | ${showRatio(p.deployedJs / bareDeployed)} | ${kB(p.buildJs)} | ${showRatio(p.buildJs / bareStats)} | ${TARGET.js[p.key] ? `≤ ${TARGET.js[p.key].toFixed(2)}×` : ''} |`,
    ),
    '',
    'The target is checked on the scripts the exported HTML loads (`<script src>` without `nomodule`, and script preloads), each file compressed with gzip -9.',
    '',
    '## What precedes LCP (last Lighthouse run of each URL, observed unthrottled load)',
    '',
    '| URL | LCP element | LCP phases (simulated): TTFB / load delay / load time / render delay | observed FCP / LCP / DOMContentLoaded | requests started before observed LCP | main-thread tasks before observed LCP | longest tasks |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...targets
      .filter((t) => t.before)
      .map((t) => {
        const b = t.before;
        const phase = (name) => (b.phases[name] === undefined ? '–' : ms(b.phases[name]));
        const requests = Object.entries(b.byType)
          .map(([type, { count, bytes }]) => `${count} ${type} (${kB(bytes)})`)
          .join(', ');
        const longest = b.longTasks.map((task) => `${ms(task.duration)} ${String(task.url).replace(/^https?:\/\/[^/]+/, '')}`).join('; ');
        return `| ${t.label} | \`${b.element.replace(/\|/g, '\\|')}\` | ${phase('TTFB')} / ${phase('Load Delay')} / ${phase('Load Time')} / ${phase('Render Delay')} | ${ms(b.observed.fcp)} / ${ms(b.observed.lcp)} / ${ms(b.observed.dcl)} | ${requests} | ${ms(b.taskMs)} (${b.longTasksBefore} ≥ 50 ms) | ${longest || '–'} |`;
      }),
    '',
    `## Quiz feedback ("Antworten prüfen" → result in the page, 4x CPU slowdown, ${QUIZ_RUNS} runs)`,
    '',
    `Median ${quiz.median.toFixed(1)} ms, slowest ${quiz.max.toFixed(1)} ms. All runs in order: ${quizTimes.map((t) => t.toFixed(1)).join(', ')} ms.`,
    '',
    '## Build',
    '',
    `\`npm run build\` in the repository: ${courseBuild.seconds.toFixed(1)} s (${courseBuild.warm ? 'with .next/ as left by an earlier build' : 'cold: no .next/ before'}).`,
    '',
    ...(scaling
      ? [
          'Cold builds (`npm run build`, no .next/) in a temporary copy of the project, the second with a generated copy of every lesson (bench/scale-content.mjs):',
          '',
          '| lessons | build time | pages | files in out/ | size of out/ | 1-min load before / after |',
          '| ---: | ---: | ---: | ---: | ---: | ---: |',
          ...[scaling.small, scaling.large].map(
            (b) => `| ${b.lessons} | ${b.seconds.toFixed(1)} s | ${b.pages} | ${b.files} | ${MB(b.outBytes)} | ${b.load.map((l) => l.toFixed(2)).join(' / ')} |`,
          ),
          '',
          `Growth: ${(scaling.large.seconds / scaling.small.seconds).toFixed(2)}× the time for ${(scaling.large.lessons / scaling.small.lessons).toFixed(0)}× the lessons; ` +
            `${((scaling.large.seconds - scaling.small.seconds) / (scaling.large.lessons - scaling.small.lessons)).toFixed(1)} s per added lesson, ` +
            `against ${(scaling.small.seconds / scaling.small.lessons).toFixed(1)} s per lesson on average in the 6-lesson build (fixed costs included). Single builds each, so a few seconds are noise.`,
        ]
      : ['Build scaling skipped (BENCH_SKIP_SCALE=1).']),
    '',
    '## Delivery',
    '',
    `Static site \`out/\`: ${site.pages} pages, ${site.files} files, ${MB(site.outBytes)}. Precached by the service worker after the first visit: ${site.precache.count} files, ${MB(site.precache.bytes)}.`,
    '',
    `Requests per second for \`${lessonPath}\` (autocannon, 20 connections, 10 s, gzip accepted, loopback, ${cpus().length} cores):`,
    '',
    '| server | requests/s | latency p50 | latency p99 | errors or non-2xx |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| nginx with deploy/nginx.conf | ${Math.round(rates.nginx.rps)} | ${rates.nginx.p50} ms | ${rates.nginx.p99} ms | ${rates.nginx.errors} |`,
    `| \`npm start\` (sirv + compression) | ${Math.round(rates.start.rps)} | ${rates.start.p50} ms | ${rates.start.p99} ms | ${rates.start.errors} |`,
    '',
  ];
  const table = lines.join('\n');
  console.log(`\n${table}`);
  writeFileSync(join('bench', 'results.md'), table);
}

try {
  await main();
} finally {
  children.forEach((child) => child.kill());
}
