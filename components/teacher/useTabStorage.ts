'use client';

import { useState, useSyncExternalStore } from 'react';

/** Every value kept with useTabStorage; a write tells all readers in the tab. */
const listeners = new Set<() => void>();
function subscribe(onChange: () => void) {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

function read(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * A string kept in this tab's sessionStorage: a reload keeps it, closing the tab ends it. Where storage is
 * blocked, the last value written still shows until the page is left. Before hydration it reads as null.
 */
export function useTabStorage(key: string): [string | null, (value: string) => void] {
  const stored = useSyncExternalStore(subscribe, () => read(key), () => null);
  const [written, setWritten] = useState<string | null>(null);
  const write = (value: string) => {
    setWritten(value);
    try {
      window.sessionStorage.setItem(key, value);
    } catch {
      // Storage blocked: `written` keeps the value for this page view.
    }
    listeners.forEach((notify) => notify());
  };
  return [written ?? stored, write];
}
