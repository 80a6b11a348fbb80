import type { ProgressSnapshot, ProgressStore, StorageLike } from './store';
import type { OpenedStore } from './browser-store-late';
import type { ScoringKey } from '../quiz/scoring-key';
import { nextTask } from '../site/next-task';

/**
 * The browser's one progress store. Its modules load right after hydration instead of with the page
 * (browser-store-late.ts), which keeps every route's first-load JavaScript small; until they are there, readers see
 * `null` and show a neutral state.
 * It is made with the course's scoring key, which the store migrates older records against: the website fetches
 * it (bewertung.json, app/bewertung.json/route.ts), a SCORM package hands over the one in its page
 * (provideScoringKey). Browser only; React reads it through useProgress.
 *
 * The schemas that read stored data load only when there is data to read, or when the learner does something with
 * profiles or files: those actions wait for them (withProgressStore). The first load, another tab's change, marking a
 * lesson as started and saving a quiz attempt wait for them only if there is data to read (whenProgressReadable):
 * a first visit never loads them, and an attempt is saved right after its result is shown.
 */

let store: ProgressStore | undefined;
let loading: Promise<OpenedStore> | undefined;
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

function load(): Promise<OpenedStore> {
  loading ??= (async () => {
    await nextTask();
    const { openBrowserStore } = await import('./browser-store-late');
    const opened = await openBrowserStore({ storages, scoringKey, notify });
    store = opened.store;
    notify();
    return opened;
  })();
  return loading;
}

export const loadProgressStore = (): Promise<ProgressStore> => load().then((opened) => opened.store);

/** Runs a learner's action on the store, loading it and the schemas first if needed. */
export function withProgressStore(action: (store: ProgressStore) => void): void {
  void load().then((opened) => opened.schemas.whenLoaded(() => action(opened.store)));
}

/** The store once it can also read answers and files: for importing a file. */
export const loadProgressStoreWithSchemas = (): Promise<ProgressStore> => new Promise((resolve) => withProgressStore(resolve));

/**
 * Runs a synchronous step on the store that loads the schemas only if there is stored data to read: marking a lesson
 * as started, saving a quiz attempt. With nothing stored it runs as soon as the store is there, so that an attempt is
 * saved before the pupil can leave the page.
 */
export function whenProgressReadable(action: (store: ProgressStore) => void): void {
  void load().then((opened) => opened.schemas.whenReadable(() => action(opened.store)));
}

/** Listens to the store's changes (and starts loading it); returns the unsubscribe. */
export function subscribeToProgress(listener: () => void): () => void {
  listeners.add(listener);
  void load();
  return () => {
    listeners.delete(listener);
  };
}

/** The store's current snapshot, or null while it is loading. */
export const progressSnapshot = (): ProgressSnapshot | null => store?.getSnapshot() ?? null;
