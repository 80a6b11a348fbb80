import type { ProgressSnapshot, ProgressStore, StorageLike } from './store';
import type { ScoringKey } from '../quiz/scoring-key';
import { nextTask } from '../site/next-task';

/**
 * The browser's one progress store. Its module (with the zod/mini schemas) is loaded right
 * after hydration instead of with the page, which keeps every route's first-load JavaScript
 * small; until it is there, readers see `null` and show a neutral state.
 * It is made with the course's scoring key, which the store migrates older records against: the website fetches
 * it (bewertung.json, app/bewertung.json/route.ts), a SCORM package hands over the one in its page
 * (provideScoringKey). Browser only; React reads it through useProgress.
 */

let store: ProgressStore | undefined;
let loading: Promise<ProgressStore> | undefined;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
let scoringKey: Promise<ScoringKey> | undefined;
let storages: { storage: () => StorageLike; session: () => StorageLike } = {
  storage: () => window.localStorage,
  session: () => window.sessionStorage,
};

/**
 * Replaces the browser's storage before the store loads. A SCORM package in an LMS does this: there the
 * platform keeps the pupil's state (lib/scorm/bridge.ts), not the browser.
 */
export function replaceProgressStorage(storage: StorageLike, session: StorageLike): void {
  if (loading) throw new Error('The progress store has already loaded.');
  storages = { storage: () => storage, session: () => session };
}

/** A SCORM package's page hands over its scoring key before the store loads; the first key counts. */
export function provideScoringKey(key: ScoringKey): void {
  scoringKey ??= Promise.resolve(key);
}

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
const RETRY_MS = { first: 1_000, longest: 30_000 };

/**
 * The website's scoring key, from its own file. It comes from the server the page came from (or the service
 * worker); if that does not answer, it is asked again, less and less often, so that nothing the learner does
 * meanwhile is lost: actions wait for the store (withProgressStore) instead of failing.
 */
async function fetchScoringKey(): Promise<ScoringKey> {
  for (let wait = RETRY_MS.first; ; wait = Math.min(wait * 2, RETRY_MS.longest)) {
    try {
      const response = await fetch(`${basePath}/bewertung.json`);
      if (response.ok) return (await response.json()) as ScoringKey;
    } catch {
      // Offline without the service worker, or the server is gone for a moment: try again.
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

export function loadProgressStore(): Promise<ProgressStore> {
  loading ??= (async () => {
    // Three steps, each its own task: making the modules (the schemas), reading the storage, and the re-render of
    // everything that shows progress. In one task they blocked a slow tablet for about 300 ms right after the page.
    await nextTask();
    const [{ createProgressStore }, key] = await Promise.all([import('./store'), (scoringKey ??= fetchScoringKey())]);
    await nextTask();
    const created = createProgressStore({ scoringKey: key, ...storages });
    window.addEventListener('storage', (event) => created.handleStorageEvent(event.key));
    created.subscribe(notify);
    await nextTask();
    store = created;
    notify();
    return created;
  })();
  return loading;
}

/** Runs an action on the store, loading it first if needed. */
export function withProgressStore(action: (store: ProgressStore) => void): void {
  if (store) action(store);
  else void loadProgressStore().then(action);
}

/** Listens to the store's changes (and starts loading it); returns the unsubscribe. */
export function subscribeToProgress(listener: () => void): () => void {
  listeners.add(listener);
  void loadProgressStore();
  return () => {
    listeners.delete(listener);
  };
}

/** The store's current snapshot, or null while it is loading. */
export const progressSnapshot = (): ProgressSnapshot | null => store?.getSnapshot() ?? null;
