import { createProgressStore, type ProgressStore, type StorageLike } from './store';
import { lazyDecoder, storedDataWaiting, type LazyDecoder } from './lazy-decoder';
import type { ScoringKey } from '../quiz/scoring-key';
import { nextTask } from '../site/next-task';

/**
 * The part of the browser's progress store that loads after the page, as one chunk with the store itself
 * (lib/progress/browser-store.ts is the small part every page has): fetching the scoring key, the lazy decoder,
 * and opening the store on the browser's storage.
 */

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
const RETRY_MS = { first: 1_000, longest: 30_000 };

/**
 * Asks until `attempt` gives a value, again and again, less and less often: the server the page came from (or the
 * service worker) may be gone for a moment. Nothing the learner does meanwhile is lost: actions wait for the store.
 */
async function retrying<T>(attempt: () => Promise<T | undefined>): Promise<T> {
  for (let wait = RETRY_MS.first; ; wait = Math.min(wait * 2, RETRY_MS.longest)) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch {
      // Offline without the service worker, or the server is gone for a moment: try again.
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** The website's scoring key, from its own file (app/bewertung.json/route.ts). */
const fetchScoringKey = () =>
  retrying(async () => {
    const response = await fetch(`${basePath}/bewertung.json`);
    return response.ok ? ((await response.json()) as ScoringKey) : undefined;
  });

/**
 * The schemas that read stored and imported data (decode.ts: about 66 kB of zod/mini, and a task of their own on
 * a slow tablet) load only when there is data to read (lib/progress/lazy-decoder.ts), or when the learner does
 * something (see withProgressStore in browser-store.ts).
 */
const importDecoder = () => retrying(async () => (await import('./decode')).progressDecoder);

export interface OpenedStore {
  store: ProgressStore;
  schemas: LazyDecoder;
}

export interface OpenOptions {
  storages: { storage: () => StorageLike; session: () => StorageLike };
  /** Handed over by a SCORM package's page; the website fetches its own. */
  scoringKey: Promise<ScoringKey> | undefined;
  /** Called on every change of the store. */
  notify: () => void;
}

/**
 * Opens the store in steps, each its own task: the scoring key (and the schemas, if there is data to read), reading
 * the storage, then the caller's re-render of everything that shows progress. In one task they blocked a slow
 * tablet for about 300 ms right after the page.
 */
export async function openBrowserStore({ storages, scoringKey, notify }: OpenOptions): Promise<OpenedStore> {
  // This tab's guest is read from the session only while the store opens; after that it is kept in memory.
  let opening = true;
  const schemas = lazyDecoder(importDecoder, () => storedDataWaiting(storages.storage, opening ? storages.session : undefined));
  const whenReadable = () => new Promise<void>((resolve) => schemas.whenReadable(resolve));
  const [key] = await Promise.all([scoringKey ?? fetchScoringKey(), whenReadable()]);
  await nextTask();
  // Another tab may have saved meanwhile; the check and the first read are then in one task.
  await whenReadable();
  const store = createProgressStore({ scoringKey: key, decoder: schemas.decoder, ...storages });
  opening = false;
  window.addEventListener('storage', (event) => schemas.whenReadable(() => store.handleStorageEvent(event.key)));
  store.subscribe(notify);
  await nextTask();
  return { store, schemas };
}
