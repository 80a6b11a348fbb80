import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** nginx serving out/ with the generated deploy/nginx.conf. */
const NGINX_PORT = PORT + 1;
/** `npm start`'s server with the copy built for BASE_PATH=/rauchzeichen. */
const BASE_PATH_PORT = PORT + 2;
export const BASE_PATH_BUILD = '.e2e/rauchzeichen';

const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => !!path && existsSync(path),
);
const browser = { ...devices['Desktop Chrome'], launchOptions: systemChromium ? { executablePath: systemChromium } : {} };
const serverEnv = { NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };

/**
 * e2e runs against the static build (`npm run build`, and the sub-folder copy from `npm run build:base-path`),
 * in real Chromium: the course as `npm start` serves it, the same files behind a real nginx, and the
 * sub-folder build.
 */
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  // Generous for CI's two workers on two cores; journeys that walk many pages set their own.
  timeout: 90_000,
  use: {
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      // The course's behaviour. The service worker would precache the whole site in every new context;
      // the offline suite tests it on its own.
      name: 'chromium',
      testIgnore: ['hosting.spec.ts', 'offline.spec.ts', 'base-path.spec.ts', 'lan.spec.ts', 'scorm.spec.ts'],
      use: { ...browser, baseURL: `http://localhost:${PORT}`, serviceWorkers: 'block' },
    },
    {
      name: 'nginx',
      testMatch: ['hosting.spec.ts', 'offline.spec.ts'],
      use: { ...browser, baseURL: `http://127.0.0.1:${NGINX_PORT}`, serviceWorkers: 'allow' },
    },
    {
      name: 'base-path',
      testMatch: ['base-path.spec.ts'],
      use: { ...browser, baseURL: `http://127.0.0.1:${BASE_PATH_PORT}/rauchzeichen/`, serviceWorkers: 'allow' },
    },
    {
      // A device on the school network: the sub-folder build opened by a name, not as localhost.
      name: 'lan',
      testMatch: ['lan.spec.ts'],
      use: {
        ...browser,
        baseURL: `http://klasse.test:${BASE_PATH_PORT}/rauchzeichen/`,
        launchOptions: { ...browser.launchOptions, args: [`--host-resolver-rules=MAP klasse.test 127.0.0.1`] },
      },
    },
    {
      // The SCORM packages (`npm run scorm`, out-scorm/) in a stand-in for Moodle's player: the spec starts its
      // own server (e2e/support/lms-host.ts) and needs none of the web servers below.
      name: 'scorm',
      testMatch: ['scorm.spec.ts'],
      use: { ...browser },
    },
  ],
  webServer: [
    {
      command: 'node --import tsx scripts/server.ts',
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { ...serverEnv, PORT: String(PORT), HOST: 'localhost' },
    },
    {
      command: 'node scripts/serve-nginx.mjs',
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { PORT: String(NGINX_PORT) },
    },
    {
      command: 'node --import tsx scripts/server.ts',
      url: `http://127.0.0.1:${BASE_PATH_PORT}/rauchzeichen/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: { ...serverEnv, PORT: String(BASE_PATH_PORT), HOST: '127.0.0.1', SITE_DIR: BASE_PATH_BUILD, SITE_BASE_PATH: '/rauchzeichen' },
    },
  ],
});
