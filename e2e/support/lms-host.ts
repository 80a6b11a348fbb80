/**
 * A stand-in for Moodle's SCORM player, for the SCORM e2e tests: a small HTTP server that serves one unpacked
 * package (zip) under Moodle's deep content path, a host page ("the player") that offers a real SCORM 1.2
 * runtime (scorm-again) as `window.API` and frames the package, and the same files in a plain folder with no
 * LMS around them.
 *
 * What scorm-again 3.4.3 (MIT, node_modules/scorm-again) does, learnt with a fake SCO (a zip built in a temp
 * folder, calling the API from a framed page) before the real packages existed, and from its source:
 * - `dist/scorm12.min.js` is a classic script that runs `this.Scorm12API = function(){…}()`: loaded with a plain
 *   <script> it defines `window.Scorm12API`, the class itself (not a namespace).
 * - `new Scorm12API({ autocommit: false, lmsCommitUrl: false })` keeps everything in memory: LMSCommit answers
 *   "true" and sends nothing. Log levels are 1 DEBUG … 4 ERROR, 5 NONE; `logLevel: 4` with `onLogMessage` hands
 *   its error messages to the host page (`window.lmsErrors`) instead of the console.
 * - Before LMSInitialize, LMSGetValue answers "" and LMSSetValue/LMSCommit "false", all with error 301.
 *   After it, LMSGetValue('cmi.core.lesson_status') is "not attempted" on a first launch.
 * - A fresh CMI already has `cmi.core.score.max` = "100" (raw and min are ""): a committed max of 100 alone does
 *   not show that the package set it, so the spec also looks at the calls (`window.lmsCalls`).
 * - `cmi.core.session_time` and `cmi.core.exit` are write-only (LMSGetValue: error 404). session_time takes
 *   HH:MM:SS(.S/.SS) with 2–4 hour digits ("0000:01:02.5" too) and is kept normalised ("00:01:02.5").
 * - LMSInitialize while initialised answers "false" with 101 ("LMS was already initialized!"): a package page
 *   that continues the launch of the page before it sees exactly that. LMSInitialize after LMSFinish answers
 *   "false" with 101 too ("LMS is already finished!"); unlike a strict LMS, scorm-again 1.2 still answers
 *   LMSGetValue, LMSSetValue and LMSCommit with "true" after LMSFinish (Moodle's runtime answers 301 there, but
 *   lets a SCO call LMSInitialize again).
 * - Listeners: `API.on('LMSCommit', cb)` runs after a successful commit, `API.on('LMSFinish', cb)` after the
 *   terminating commit; `renderCMIToJSONObject()` then gives `{ cmi: {…} }` with all values, write-only ones
 *   included (flattened by the host page to "cmi.core.score.raw" keys).
 * - Relaunch: `loadFromFlattenedJSON({ 'cmi.suspend_data': …, 'cmi.core.lesson_status': … })` before
 *   LMSInitialize restores them; read-only elements (`cmi.core.entry`, `cmi.core.total_time`, `cmi.core.credit`,
 *   `cmi.core.student_id/_name`, `cmi.student_data.mastery_score`) can be loaded only then. scorm-again does not
 *   derive `cmi.core.entry`; the LMS sets it: "ab-initio" on a first launch, "resume" after an exit of "suspend",
 *   else "" (as Moodle's datamodels/scorm_12.js.php does) — see `relaunchCmi`.
 * - With `cmi.student_data.mastery_score` set (from the manifest's adlcp:masteryscore, as Moodle does), LMSFinish
 *   leaves a status the SCO set alone: `mastery_override` and `score_overrides_status` are off by default.
 * - Removing the iframe runs the frame's pagehide in Chromium: what the page does there reaches the API.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { unzipSync } from 'fflate';
import type { Frame, Page } from '@playwright/test';

/** Where Moodle serves an unpacked SCORM package's files. */
export const CONTENT_PATH = '/pluginfile.php/42/mod_scorm/content/7/';
/** The harness's own files: the host page and the runtime. */
export const LMS_PATH = '/lms/';
/** The same package files, outside any LMS. */
export const OFFLINE_PATH = '/offline/';

const HOST_PAGE = join(process.cwd(), 'e2e/support/lms-host-page.html');
const SCORM_RUNTIME = join(process.cwd(), 'node_modules/scorm-again/dist/scorm12.min.js');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.mp3': 'audio/mpeg',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
  '.pdf': 'application/pdf',
  '.map': 'application/json; charset=utf-8',
};

export interface ServedRequest {
  method: string;
  path: string;
  status: number;
}

/** Flat cmi values, "cmi.core.lesson_status" → "passed", as the host page records them. */
export type Cmi = Record<string, string>;

/** One entry of `window.lmsLog`: what the LMS received and all cmi values at that moment. */
export interface LmsLogEntry {
  call: 'LMSInitialize' | 'LMSCommit' | 'LMSFinish';
  at: number;
  /** Index in `lmsCalls` of the API call that brought this entry. */
  callIndex: number;
  cmi: Cmi;
}

/** One entry of `window.lmsCalls`: an API call of the package, its result and the error code after it. */
export interface LmsCall {
  call: string;
  args: string[];
  result: string;
  error: string;
}

export interface LaunchOptions {
  /** The package page the player frames; index.html, as the manifest's resource href, by default. */
  page?: string;
  /** Values the LMS loads before LMSInitialize (see `firstLaunchCmi` and `relaunchCmi`). */
  cmi?: Cmi;
}

export interface LmsHost {
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  /** The package's files by path inside the zip. */
  readonly files: ReadonlyMap<string, Uint8Array>;
  /** Every request the server answered, in order. */
  readonly requests: ServedRequest[];
  /** adlcp:masteryscore of the package's item, as written in imsmanifest.xml (undefined if it has none). */
  readonly masteryScore: string | undefined;
  /** The host ("LMS player") page framing one package page. */
  launchUrl(options?: LaunchOptions): string;
  /** A package page served from a plain folder, with no LMS around it. */
  offlineUrl(page?: string): string;
  close(): Promise<void>;
}

/** Reads the zip into memory; a clear error when `npm run scorm` has not written it. */
export function readPackage(zipPath: string): Map<string, Uint8Array> {
  if (!existsSync(zipPath)) throw new Error(`${zipPath} is missing: run npm run scorm first`);
  const entries = unzipSync(readFileSync(zipPath));
  const files = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(entries)) {
    if (!name.endsWith('/')) files.set(name, data);
  }
  return files;
}

function masteryScoreOf(manifest: string | undefined): string | undefined {
  return manifest?.match(/<adlcp:masteryscore>\s*([^<\s]+)\s*<\/adlcp:masteryscore>/)?.[1];
}

/**
 * What the LMS loads on a pupil's first launch, as Moodle does: who learns, normal mode with credit,
 * "ab-initio", and the mastery score from the manifest.
 */
export function firstLaunchCmi(host: Pick<LmsHost, 'masteryScore'>): Cmi {
  return {
    'cmi.core.student_id': 'schueler42',
    'cmi.core.student_name': 'Muster, Mia',
    'cmi.core.credit': 'credit',
    'cmi.core.lesson_mode': 'normal',
    'cmi.core.entry': 'ab-initio',
    ...(host.masteryScore ? { 'cmi.student_data.mastery_score': host.masteryScore } : {}),
  };
}

const SECONDS = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/;
const toSeconds = (timespan: string | undefined) => {
  const match = timespan?.match(SECONDS);
  return match ? Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3]) : 0;
};
const toTimespan = (seconds: number) => {
  const whole = Math.floor(seconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(whole / 3600))}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`;
};

/**
 * What the LMS hands the package on the next launch, from the values it last received: the first launch's
 * settings, the kept status, score, location and suspend_data, the total time with the session added, and
 * "resume" after an exit of "suspend" (else ""), as Moodle does.
 */
export function relaunchCmi(host: Pick<LmsHost, 'masteryScore'>, last: Cmi): Cmi {
  const kept = ['cmi.core.lesson_status', 'cmi.core.score.raw', 'cmi.core.score.min', 'cmi.core.score.max', 'cmi.core.lesson_location', 'cmi.suspend_data'];
  const cmi: Cmi = { ...firstLaunchCmi(host), 'cmi.core.entry': last['cmi.core.exit'] === 'suspend' ? 'resume' : '' };
  for (const element of kept) {
    if (last[element]) cmi[element] = last[element];
  }
  cmi['cmi.core.total_time'] = toTimespan(toSeconds(last['cmi.core.total_time']) + toSeconds(last['cmi.core.session_time']));
  return cmi;
}

function send(response: ServerResponse, status: number, body: Uint8Array | string, type = 'text/plain; charset=utf-8') {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(body);
}

/** Starts the server for one package on a free port of 127.0.0.1. */
export async function startLmsHost(zipPath: string): Promise<LmsHost> {
  const files = readPackage(zipPath);
  const manifestBytes = files.get('imsmanifest.xml');
  const manifest = manifestBytes ? new TextDecoder().decode(manifestBytes) : undefined;
  const requests: ServedRequest[] = [];
  const hostPage = readFileSync(HOST_PAGE);
  const runtime = readFileSync(SCORM_RUNTIME);

  const packageFile = (path: string, prefix: string): Uint8Array | undefined => {
    if (!path.startsWith(prefix)) return undefined;
    return files.get(path.slice(prefix.length));
  };

  const handle = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    const answer = (status: number, body: Uint8Array | string, type?: string) => {
      requests.push({ method: request.method ?? '', path: url.pathname, status });
      send(response, status, body, type);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(405, 'Method Not Allowed');

    if (path === `${LMS_PATH}host.html`) return answer(200, hostPage, CONTENT_TYPES['.html']);
    if (path === `${LMS_PATH}scorm12.js`) return answer(200, runtime, CONTENT_TYPES['.js']);

    const offline = path.match(/^\/offline\/[^/]+\//)?.[0];
    const file = packageFile(path, CONTENT_PATH) ?? (offline ? packageFile(path, offline) : undefined);
    if (file) return answer(200, file, CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream');
    return answer(404, 'Not Found');
  };

  const server = createServer(handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const name = zipPath.replace(/^.*\//, '').replace(/\.zip$/, '');

  return {
    origin,
    files,
    requests,
    masteryScore: masteryScoreOf(manifest),
    launchUrl({ page = 'index.html', cmi = {} } = {}) {
      const query = new URLSearchParams({ page, launch: JSON.stringify({ cmi }) });
      return `${origin}${LMS_PATH}host.html?${query}`;
    },
    offlineUrl(page = 'index.html') {
      return `${origin}${OFFLINE_PATH}${name}/${page}`;
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

declare global {
  interface Window {
    lmsLog: LmsLogEntry[];
    lmsCalls: LmsCall[];
    lmsErrors: { level: string; message: string }[];
    lmsLaunch: { page: string; cmi: Cmi };
  }
}

/** What the host page's LMS has received so far. */
export const lmsLog = (page: Page) => page.evaluate(() => window.lmsLog);
/** Every API call of the package so far. */
export const lmsCalls = (page: Page) => page.evaluate(() => window.lmsCalls);
/** scorm-again's error messages so far. */
export const lmsErrors = (page: Page) => page.evaluate(() => window.lmsErrors);
/** The values the LMS has now (committed or not): the API's own state. */
export const lmsCurrentCmi = (page: Page) =>
  page.evaluate(() => {
    const flat: Record<string, string> = {};
    const walk = (value: unknown, prefix: string) => {
      if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) walk(child, prefix ? `${prefix}.${key}` : key);
      } else flat[prefix] = value === undefined || value === null ? '' : String(value);
    };
    walk((window as unknown as { API: { renderCMIToJSONObject(): unknown } }).API.renderCMIToJSONObject(), '');
    return flat;
  });

/** The host page's frame with the package page in it. */
export const playerFrame = (page: Page) => page.locator('iframe[name="scorm_object"]').contentFrame();

/**
 * The framed package page as the `Page` the shared quiz helpers take (e2e/support/quiz.ts): queries and
 * `evaluate` go to the frame, the keyboard and mouse stay the page's (they type into whatever has focus,
 * also inside the frame). Lets the spec answer a quiz in the player exactly as the site's tests do.
 */
export function frameAsPage(page: Page, frame: Frame): Page {
  return new Proxy(page, {
    get(target, property) {
      const source = property !== 'keyboard' && property !== 'mouse' && property in frame ? frame : target;
      const value: unknown = Reflect.get(source, property);
      return typeof value === 'function' ? value.bind(source) : value;
    },
  });
}
