import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inlineScriptHashes, withCspMeta } from './hosting';
import { FALLBACK_MS, paintFirst, paintFirstChunks, paintFirstLoader } from './paint-first';

const chunk = (name: string) => `/rauchzeichen/_next/static/chunks/${name}.js`;
const page = [
  '<!DOCTYPE html><html lang="de"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/rauchzeichen/_next/static/chunks/a.css" data-precedence="next"/>',
  `<link rel="preload" as="script" fetchPriority="low" href="${chunk('page')}"/>`,
  `<link rel="preload" as="script" fetchPriority="low" href="/rauchzeichen/other.js"/>`,
  `<script src="${chunk('runtime')}" async=""></script>`,
  `<script src="${chunk('framework')}" async=""></script>`,
  `<script src="${chunk('polyfills')}" noModule=""></script>`,
  '</head><body><main><p>Steffen ist 14.</p></main>',
  '<script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>',
  `<script src="${chunk('page')}" async=""></script>`,
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>',
].join('');
const chunks = [chunk('runtime'), chunk('framework'), chunk('page')];

test('async chunk scripts and their preloads leave the HTML for the loader, in order; other scripts stay', () => {
  const html = paintFirst(page);
  assert.doesNotMatch(html, /async=""/);
  assert.doesNotMatch(html, /href="[^"]+page\.js"/, "Next's preload of a chunk would fetch it before the paint");
  assert.match(html, /<link rel="preload" as="script" fetchPriority="low" href="\/rauchzeichen\/other.js"\/>/, 'a preload of something else stays');
  assert.match(html, /<script src="\/rauchzeichen\/_next\/static\/chunks\/polyfills.js" noModule=""><\/script>/);
  assert.match(html, /<script id="_R_">/);
  assert.match(html, /<p>Steffen ist 14.<\/p>/);
  // The loader comes last, after the page's own inline scripts.
  assert.ok(html.endsWith(`<script>${paintFirstLoader(chunks)}</script></body></html>`));
});

test('the chunks a converted page loads can be read back from it', () => {
  assert.deepEqual(paintFirstChunks(paintFirst(page)), chunks);
  assert.deepEqual(paintFirstChunks(page), []);
});

test('the page CSP lists the loader by its hash', () => {
  const html = withCspMeta(paintFirst(page));
  const [loaderHash] = inlineScriptHashes(`<script>${paintFirstLoader(chunks)}</script>`);
  assert.ok(html.includes(loaderHash!), 'the loader is allowed by the meta CSP');
});

test('a page without async scripts is left as it is; a page is converted only once', () => {
  const plain = '<html><head></head><body><p>Hallo</p></body></html>';
  assert.equal(paintFirst(plain), plain);
  assert.throws(() => paintFirst(paintFirst(page)), /schon/);
  assert.throws(() => paintFirst('<script src="/a.js" async=""></script>'), /body/);
});

type Entry = { entryType: string; name: string };

/** Runs the loader against a stand-in browser: which scripts it adds, and when. */
function runLoader({ visibilityState = 'visible', entryTypes }: { visibilityState?: 'visible' | 'hidden'; entryTypes?: string[] }) {
  const added: { src: string | null; async: boolean }[] = [];
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const delays: number[] = [];
  const listeners: (() => void)[] = [];
  const inputs = new Map<string, { listener: () => void; options: unknown }>();
  const window = { addEventListener: (type: string, listener: () => void, options: unknown) => inputs.set(type, { listener, options }) };
  const observers: { callback: (list: { getEntries: () => Entry[] }) => void; observed: unknown[]; disconnected: boolean }[] = [];
  const document = {
    visibilityState,
    addEventListener: (type: string, listener: () => void) => type === 'visibilitychange' && listeners.push(listener),
    createElement: () => {
      const attributes = new Map<string, string>();
      return {
        async: false,
        setAttribute: (name: string, value: string) => attributes.set(name, value),
        get src() {
          return attributes.get('src') ?? null;
        },
      };
    },
    head: { appendChild: (script: { src: string | null; async: boolean }) => added.push({ src: script.src, async: script.async }) },
  };
  class FakeObserver {
    static supportedEntryTypes = entryTypes;
    record: (typeof observers)[number];
    constructor(callback: (typeof observers)[number]['callback']) {
      this.record = { callback, observed: [], disconnected: false };
      observers.push(this.record);
    }
    observe(options: unknown) {
      this.record.observed.push(options);
    }
    disconnect() {
      this.record.disconnected = true;
    }
  }
  // A message channel whose messages wait until the test delivers them (each is a task of its own).
  const messages: (() => void)[] = [];
  class FakeChannel {
    port1: { onmessage: (() => void) | null } = { onmessage: null };
    port2 = { postMessage: () => messages.push(() => this.port1.onmessage?.()) };
  }
  new Function('window', 'document', 'requestAnimationFrame', 'setTimeout', 'PerformanceObserver', 'MessageChannel', paintFirstLoader(['/a.js', '/b.js']))(
    window,
    document,
    (callback: () => void) => frames.push(callback),
    (callback: () => void, ms: number) => {
      timers.push(callback);
      delays.push(ms);
    },
    entryTypes ? FakeObserver : undefined,
    FakeChannel,
  );
  /** Delivers the queued messages (each a task of its own), then returns what was added. */
  const settle = () => {
    while (messages.length > 0) messages.shift()!();
    return added;
  };
  const report = (...entries: Entry[]) => observers.forEach((o) => o.callback({ getEntries: () => entries }));
  const hide = () => {
    document.visibilityState = 'hidden';
    listeners.forEach((listener) => listener());
  };
  return { added, settle, messages, frames, timers, delays, inputs, observers, report, hide };
}

const both = [
  { src: '/a.js', async: true },
  { src: '/b.js', async: true },
];

test('the chunks are added once the largest contentful paint is on screen, once, as async scripts with their src attribute', () => {
  const { added, settle, observers, report } = runLoader({ entryTypes: ['paint', 'largest-contentful-paint'] });
  assert.deepEqual(observers[0]?.observed, [
    { type: 'paint', buffered: true },
    { type: 'largest-contentful-paint', buffered: true },
  ]);
  assert.deepEqual(added, [], 'nothing before the paint');
  report({ entryType: 'largest-contentful-paint', name: '' });
  assert.deepEqual(settle(), both);
  assert.ok(observers[0]?.disconnected);
  report({ entryType: 'largest-contentful-paint', name: '' });
  assert.equal(added.length, 2, 'a later, larger paint adds nothing again');
});

for (const entryTypes of [['paint'], ['paint', 'largest-contentful-paint']]) {
  test(`the first contentful paint counts, not the first paint (${entryTypes.join(', ')})`, () => {
    const { added, settle, report } = runLoader({ entryTypes });
    report({ entryType: 'paint', name: 'first-paint' });
    assert.deepEqual(added, [], 'a first paint may be the background only');
    report({ entryType: 'paint', name: 'first-contentful-paint' });
    assert.deepEqual(settle(), both, 'a reload that restores form fields may report no largest contentful paint at all');
  });
}

test('the chunks are added one per task, in order, over a message channel rather than a timer', () => {
  const { added, messages, settle, report, delays } = runLoader({ entryTypes: ['largest-contentful-paint'] });
  report({ entryType: 'largest-contentful-paint', name: '' });
  assert.deepEqual(added, [both[0]], 'the first at once');
  assert.equal(messages.length, 1, 'the next one in a task of its own');
  assert.deepEqual(settle(), both);
  assert.deepEqual(delays, [FALLBACK_MS], 'no timer: a background tab slows timers down');
});

test('without paint timing the chunks are added after the next frame', () => {
  const { added, settle, frames, timers, delays } = runLoader({});
  assert.equal(frames.length, 1);
  frames[0]!();
  assert.deepEqual(added, []);
  timers[delays.indexOf(0)]!();
  assert.deepEqual(settle(), both);
});

test('the first key, tap, click or scroll starts the page: browsers report no paint after input', () => {
  for (const type of ['keydown', 'pointerdown', 'touchstart', 'scroll']) {
    const { settle, inputs } = runLoader({ entryTypes: ['largest-contentful-paint'] });
    assert.deepEqual(inputs.get(type)?.options, { capture: true, passive: true, once: true }, type);
    inputs.get(type)!.listener();
    assert.deepEqual(settle(), both, type);
  }
});

test('a page whose paint is never reported starts after the fallback time, once', () => {
  const { added, settle, timers, delays, report } = runLoader({ entryTypes: ['largest-contentful-paint'] });
  assert.deepEqual(delays, [FALLBACK_MS]);
  timers[0]!();
  assert.deepEqual(settle(), both);
  report({ entryType: 'largest-contentful-paint', name: '' });
  assert.equal(added.length, 2);
});

test('a page in a background tab, or hidden before its paint, starts at once', () => {
  assert.deepEqual(runLoader({ visibilityState: 'hidden', entryTypes: ['largest-contentful-paint'] }).settle(), both);
  const { added, settle, hide, report } = runLoader({ entryTypes: ['largest-contentful-paint'] });
  hide();
  assert.deepEqual(settle(), both);
  report({ entryType: 'largest-contentful-paint', name: '' });
  assert.equal(added.length, 2);
});
