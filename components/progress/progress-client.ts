'use client';

import { useSyncExternalStore } from 'react';
import { createProgressStore, type ProgressSnapshot, type ProgressStore } from '@/lib/progress/store';

let store: ProgressStore | undefined;

/** The browser's one progress store, created on first use and kept in sync with other tabs. */
export function progressStore(): ProgressStore {
  if (!store) {
    const created = createProgressStore({ storage: () => window.localStorage, session: () => window.sessionStorage });
    window.addEventListener('storage', (event) => created.handleStorageEvent(event.key));
    store = created;
  }
  return store;
}

const subscribe = (listener: () => void) => progressStore().subscribe(listener);
const getSnapshot = () => progressStore().getSnapshot();
// On the server and during hydration there is no progress yet: components show a neutral state.
const getServerSnapshot = () => null;

export function useProgress(): ProgressSnapshot | null {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
