// `npm run bench`: builds the course and a bare Next.js page, serves the course, and prints a table of
// first-load JavaScript (gzip), Lighthouse mobile scores and metrics, and the time from clicking
// "Antworten prüfen" to the result under 4x CPU slowdown. Writes the table to bench/results.md.
// Figures are reported, not asserted: targets are listed beside them.
import { spawn, spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { firstLoadJs } from '../scripts/bundle-sizes.mjs';
import { getCourse } from '../lib/content/load.ts';

const PORT = Number(process.env.BENCH_PORT ?? 3300);
const BASE = `http://127.0.0.1:${PORT}`;
const NGINX_PORT = PORT + 1;
const NGINX = `http://127.0.0.1:${NGINX_PORT}`;
const CHROME = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const nextBin = join('node_modules', 'next', 'dist', 'bin', 'next');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env, ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

function nginxVersion() {
  const result = spawnSync('nginx', ['-v'], { encoding: 'utf8', env: { ...env, PATH: `${env.PATH}:/usr/sbin` } });
  return (result.stderr || '').match(/nginx\/([\d.]+)/)?.[1] ?? '';
}

function buildBarePage() {
  // The same Next.js version with nothing but a hello-world App Router page: the baseline for ratios.
  const dir = join('bench', 'tmp', 'bare');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'app'), { recursive: true });
  writeFileSync(join(dir, 'next.config.mjs'), 'export default {};\n');
  writeFileSync(
    join(dir, 'app', 'layout.jsx'),
    'export default function RootLayout({ children }) {\n  return (\n    <html lang="de">\n      <body>{children}</body>\n    </html>\n  );\n}\n',
  );
  writeFileSync(join(dir, 'app', 'page.jsx'), 'export default function Page() {\n  return <h1>Hallo Welt</h1>;\n}\n');
  run(process.execPath, [nextBin, 'build', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  return firstLoadJs(dir).find((r) => r.route === '/').gzip;
}

async function startServer(args = ['--import', 'tsx', 'scripts/server.ts'], port = PORT, base = BASE) {
  const server = spawn(process.execPath, args, { env: { ...env, NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  server.kill();
  throw new Error('server did not start');
}

function lighthouse(url) {
  const out = join('bench', 'tmp', `lh-${url.replace(/[^a-z0-9]+/gi, '_')}.json`);
  run(
    process.execPath,
    [
      join('node_modules', 'lighthouse', 'cli', 'index.js'),
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run',
    ],
    { env: { ...env, CHROME_PATH: CHROME } },
  );
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: report.audits['largest-contentful-paint'].numericValue,
    cls: report.audits['cumulative-layout-shift'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
  };
}

/** Median time from the click on "Antworten prüfen" to the result text in the page, CPU slowed down 4x. */
async function quizFeedbackTimes(url, runs = 7) {
  const browser = await chromium.launch(CHROME ? { executablePath: CHROME } : {});
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
  await browser.close();
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], max: times.at(-1) };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;

/** Requests per second for one URL on loopback: 10 s, 20 connections, gzip accepted, as a browser would. */
async function requestRate(url) {
  const result = await autocannon({ url, connections: 20, duration: 10, headers: { 'accept-encoding': 'gzip, deflate, br' } });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function main() {
  mkdirSync(join('bench', 'tmp'), { recursive: true });
  console.log('Building the course …');
  run('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  console.log('Building a bare Next.js page as the baseline …');
  const bare = buildBarePage();
  const sizes = firstLoadJs('.');
  const lesson = getCourse().lessons[0];
  const pages = [
    { label: '/', route: '/', url: '/' },
    { label: `/lektionen/${lesson.slug}/`, route: '/lektionen/[slug]', url: `/lektionen/${lesson.slug}/`, target: 1.1 },
    { label: `/lektionen/${lesson.slug}/quiz/`, route: '/lektionen/[slug]/quiz', url: `/lektionen/${lesson.slug}/quiz/`, target: 1.15 },
    { label: '/fortschritt/', route: '/fortschritt', url: '/fortschritt/' },
  ];
  const site = JSON.parse(readFileSync(join('.next', 'export.json'), 'utf8'));

  run(process.execPath, ['scripts/ensure-nginx.mjs']);
  const server = await startServer();
  const nginx = await startServer(['scripts/serve-nginx.mjs'], NGINX_PORT, NGINX);
  try {
    console.log('Request rates (10 s each) …');
    const lessonPath = `/lektionen/${lesson.slug}/`;
    const rates = { nginx: await requestRate(NGINX + lessonPath), start: await requestRate(BASE + lessonPath) };

    const rows = [];
    for (const page of pages) {
      console.log(`Lighthouse ${page.url} …`);
      const js = sizes.find((s) => s.route === page.route).gzip;
      rows.push({ ...page, js, ratio: js / bare, lh: lighthouse(BASE + page.url) });
    }
    console.log('Timing quiz feedback under 4x CPU slowdown …');
    const quiz = await quizFeedbackTimes(`${BASE}/lektionen/${lesson.slug}/quiz`);

    const lines = [
      `# Benchmark (${new Date().toISOString().slice(0, 10)}, Next.js ${JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')).version}, Chromium from ${CHROME ?? 'Playwright'})`,
      '',
      `Bare Next.js App Router page (hello world, same version): first-load JS ${kB(bare)} gzip.`,
      '',
      '| route | first-load JS (gzip) | × bare | target | Perf | A11y | BP | SEO | LCP | CLS | TBT |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.label} | ${kB(r.js)} | ${r.ratio.toFixed(3)} | ${r.target ? `≤ ${r.target.toFixed(2)}` : '–'} | ${r.lh.performance} | ${r.lh.accessibility} | ${r.lh.bestPractices} | ${r.lh.seo} | ${Math.round(r.lh.lcp)} ms | ${r.lh.cls.toFixed(3)} | ${Math.round(r.lh.tbt)} ms |`,
      ),
      '',
      `Quiz feedback ("Antworten prüfen" → result shown), 4x CPU slowdown, 7 runs: median ${quiz.median.toFixed(1)} ms, max ${quiz.max.toFixed(1)} ms (target < 50 ms).`,
      '',
      'Lighthouse: mobile form factor, simulated throttling, against `npm start`\'s server (scripts/server.ts) on loopback. Targets: 100 in all four categories.',
      '',
      '## Delivery',
      '',
      `Static site \`out/\`: ${site.pages} pages, ${site.files} files, ${MB(site.outBytes)}. Precached by the service worker after the first visit: ${site.precache.count} files, ${MB(site.precache.bytes)}.`,
      '',
      `Requests per second for \`${lessonPath}\` (autocannon, 20 connections, 10 s, gzip accepted, loopback, ${cpus().length} cores):`,
      '',
      '| server | requests/s | latency p50 | latency p99 | errors or non-2xx |',
      '| --- | ---: | ---: | ---: | ---: |',
      `| nginx ${nginxVersion()} with deploy/nginx.conf | ${Math.round(rates.nginx.rps)} | ${rates.nginx.p50} ms | ${rates.nginx.p99} ms | ${rates.nginx.errors} |`,
      `| \`npm start\` (sirv + compression) | ${Math.round(rates.start.rps)} | ${rates.start.p50} ms | ${rates.start.p99} ms | ${rates.start.errors} |`,
      '',
    ];
    const table = lines.join('\n');
    console.log(`\n${table}`);
    writeFileSync(join('bench', 'results.md'), table);
  } finally {
    server.kill();
    nginx.kill();
  }
}

await main();
