import { build } from 'esbuild';
import type { Page } from '@playwright/test';
import type { Virtual } from '@guidepup/virtual-screen-reader';

declare global {
  interface Window {
    screenReader?: Virtual;
  }
}

let bundled: Promise<string> | undefined;

/** @guidepup/virtual-screen-reader's browser build as one classic script that sets `window.screenReader`. */
function screenReaderScript(): Promise<string> {
  bundled ??= build({
    stdin: {
      contents: "import { virtual } from '@guidepup/virtual-screen-reader/browser.js'; window.screenReader = virtual;",
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return bundled;
}

/**
 * A virtual screen reader in the page: it reads the DOM as a screen reader's accessibility tree and keeps a log
 * of what it would say, live-region announcements included ("polite: …", "assertive: …").
 * It comes in as an init script, which the site's CSP (rightly) cannot block, unlike an injected <script>.
 */
export async function withScreenReader(page: Page) {
  await page.addInitScript({ content: await screenReaderScript() });
  return {
    /** Turns it on for the page as it is now, with the cursor at the top; call again after each navigation. */
    start: () => page.evaluate(() => window.screenReader!.start({ container: document.body })),
    stop: () => page.evaluate(() => window.screenReader!.stop()),
    spoken: () => page.evaluate(() => window.screenReader!.spokenPhraseLog()),
    forget: () => page.evaluate(() => window.screenReader!.clearSpokenPhraseLog()),
    /**
     * Reads on item by item, as a pupil does with the arrow keys, until an item matches; returns what it said
     * there, or null at the end of the page.
     */
    readOnUntil: (pattern: RegExp) =>
      page.evaluate(
        async ({ source, flags }) => {
          const reader = window.screenReader!;
          const wanted = new RegExp(source, flags);
          for (let phrase = ''; phrase !== 'end of document'; ) {
            await reader.next();
            phrase = await reader.lastSpokenPhrase();
            if (wanted.test(phrase)) return phrase;
          }
          return null;
        },
        { source: pattern.source, flags: pattern.flags },
      ),
  };
}
