import type { ProgressSnapshot, ProgressStore, StorageLike } from './store';
import type { ScoringKey } from '../quiz/scoring-key';

/**
 * The browser's one progress store. Its module (with the zod/mini schemas) is loaded right
 * after hydration instead of with the page, which keeps every route's first-load JavaScript
 * small; until it is there, readers see `null` and show a neutral state.
 * It is made once the page has handed over the course's scoring key (ScoringKeyHandover, in the layout):
 * the store migrates older records against it. Browser only; React reads it through useProgress.
 */

let store: ProgressStore | undefined;
let loading: Promise<ProgressStore> | undefined;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
let handOverKey: (key: ScoringKey) => void;
const scoringKey = new Promise<ScoringKey>((resolve) => (handOverKey = resolve));
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

/** Called by ScoringKeyHandover with the key the server built; the first call counts. */
export function provideScoringKey(key: ScoringKey): void {
  handOverKey(key);
}

export function loadProgressStore(): Promise<ProgressStore> {
  loading ??= Promise.all([import('./store'), scoringKey]).then(([{ createProgressStore }, key]) => {
    const created = createProgressStore({ scoringKey: key, ...storages });
    window.addEventListener('storage', (event) => created.handleStorageEvent(event.key));
    created.subscribe(notify);
    store = created;
    notify();
    return created;
  });
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
