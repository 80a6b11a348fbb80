/**
 * The service worker (built by scripts/export-site.ts with esbuild and Serwist's injectManifest).
 * After the first visit it holds the whole course: every page, its navigation payloads, scripts, styles
 * and icons, so lessons, quizzes and the teacher tools work with the network cut. A new version waits
 * until the page asks for it ("Neue Version – neu laden"), so old and new files are never mixed.
 */
import { Serwist, type PrecacheEntry } from 'serwist';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // Pages are stored as <route>/index.html; navigation payloads are fetched with ?_rsc=<hash>.
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/^_rsc$/, /^utm_/],
    // A link typed without its trailing slash still finds the page.
    urlManipulation: ({ url }) => (url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? [] : [new URL(`${url.pathname}/index.html`, url)]),
  },
  // The page decides when a new version takes over (it posts SKIP_WAITING); the first one takes control at once.
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
});

serwist.addEventListeners();
