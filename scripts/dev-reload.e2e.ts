/**
 * `next dev` shows an edit to a quiz's YAML and to a lesson's MDX (frontmatter and text) on the next page
 * load, without a restart. The YAML and the frontmatter reach pages through getCourse(), which the bundler
 * does not watch; the lesson text is compiled MDX, which it does.
 *
 * It runs on a copy of the project in a temporary folder, so a failure never leaves the repository edited.
 * node_modules is hard-linked into the copy: Turbopack refuses a node_modules symlink that leads out of the
 * project. Slow (a cold dev compile), so not among the unit tests: `npm run test:dev-reload`, part of `npm test`.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
/** What `next dev` needs of the project; build output, tests and tooling stay behind. */
const PROJECT = ['app', 'components', 'lib', 'lessons', 'quizzes', 'guides', 'content', 'public', 'mdx-components.tsx', 'mdx-content.d.ts', 'next.config.ts', 'package.json', 'tsconfig.json'];
const SLUG = 'konzert';
/** A cold compile of a page takes long on a busy two-core machine; a warm reload does not. */
const FIRST_LOAD_MS = 240_000;
const RELOAD_MS = 60_000;

/** Recreates a folder tree with every file hard-linked: seconds for node_modules, and no bytes copied. */
function linkTree(from: string, to: string) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else linkSync(source, target);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

let copy: string;
let dev: ChildProcess | undefined;
let base: string;
let log = '';

/** Fetches a page until it answers 200 and `done` holds, or the time is up; returns the last HTML. */
async function load(path: string, within: number, done: (html: string) => boolean = () => true): Promise<string> {
  const until = Date.now() + within;
  let last = '';
  for (;;) {
    try {
      const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(within) });
      last = await response.text();
      if (response.ok && done(last)) return last;
    } catch {
      // The server is still starting.
    }
    if (Date.now() > until) return last;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Rewrites one content file of the copy. */
function edit(path: string, change: (text: string) => string) {
  const file = join(copy, path);
  const before = readFileSync(file, 'utf8');
  const after = change(before);
  assert.notEqual(after, before, `${path} did not change`);
  writeFileSync(file, after);
}

const h1 = (html: string) => html.match(/<h1[^>]*>(.*?)<\/h1>/)?.[1];

before(async () => {
  copy = mkdtempSync(join(tmpdir(), 'rauchzeichen-dev-'));
  for (const name of PROJECT) cpSync(join(ROOT, name), join(copy, name), { recursive: true });
  linkTree(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  assert.ok(lstatSync(join(copy, 'node_modules', 'next', 'package.json')).isFile());
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // As for an author running `npm run dev`, whatever the test runner was started with.
  const env = { ...process.env, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1' } as const;
  // Its own process group, so that `after` ends the dev server and its workers, and nothing else.
  const server = spawn(process.execPath, [join(copy, 'node_modules', 'next', 'dist', 'bin', 'next'), 'dev', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: copy,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  dev = server;
});

after(async () => {
  if (dev?.pid && dev.exitCode === null) {
    const exited = once(dev, 'exit');
    try {
      process.kill(-dev.pid, 'SIGTERM');
      // The copy goes only once the server has stopped writing into it.
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    } catch {
      // Already gone.
    }
  }
  if (copy) rmSync(copy, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
});

test('a quiz title edited in its YAML shows on the next load of the quiz page', { timeout: FIRST_LOAD_MS + RELOAD_MS }, async () => {
  const first = await load(`/lektionen/${SLUG}/quiz/`, FIRST_LOAD_MS, (html) => h1(html) !== undefined);
  assert.ok(h1(first), `the quiz page did not load:\n${log.slice(-2000)}`);

  const title = `Neu geladen ${Date.now()}`;
  edit(`quizzes/${SLUG}.yaml`, (yaml) => yaml.replace(/^title: .*$/m, `title: ${title}`));
  // Nothing watches the YAML: the very next load must already read it.
  const reloaded = await load(`/lektionen/${SLUG}/quiz/`, RELOAD_MS);
  assert.equal(h1(reloaded), title, `the edited title did not show:\n${log.slice(-2000)}`);
});

test("a lesson's title and a sentence edited in its MDX show on the next loads of the lesson page", { timeout: FIRST_LOAD_MS + RELOAD_MS }, async () => {
  const first = await load(`/lektionen/${SLUG}/`, FIRST_LOAD_MS, (html) => h1(html) !== undefined);
  assert.ok(h1(first), `the lesson page did not load:\n${log.slice(-2000)}`);

  const title = `Neue Lektion ${Date.now()}`;
  const sentence = `Dieser Satz ist neu ${Date.now()}.`;
  edit(`lessons/${SLUG}.mdx`, (mdx) => `${mdx.replace(/^title: .*$/m, `title: ${title}`).trimEnd()}\n\n${sentence}\n`);
  // The title comes from getCourse() at once; the sentence as soon as the dev server has recompiled the MDX.
  const reloaded = await load(`/lektionen/${SLUG}/`, RELOAD_MS, (html) => html.includes(sentence));
  assert.equal(h1(reloaded), title, `the edited title did not show:\n${log.slice(-2000)}`);
  assert.ok(reloaded.includes(sentence), `the new sentence did not show:\n${log.slice(-2000)}`);
});
