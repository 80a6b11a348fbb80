'use client';

import { useSyncExternalStore } from 'react';
import type { ProgressSnapshot } from '@/lib/progress/store';
import { progressSnapshot, subscribeToProgress } from '@/lib/progress/browser-store';

// On the server and during hydration there is no progress yet.
const serverSnapshot = () => null;

/** The learner's progress, or null until the store has loaded (lib/progress/browser-store.ts). */
export function useProgress(): ProgressSnapshot | null {
  return useSyncExternalStore(subscribeToProgress, progressSnapshot, serverSnapshot);
}
