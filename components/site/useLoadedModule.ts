'use client';

import { useEffect, useState } from 'react';

/**
 * A module loaded once the page has hydrated, or null until then: code a page needs only after the learner
 * can see it stays out of its first-load JavaScript. `load` must be the same function on every render
 * (declare it at module level).
 */
export function useLoadedModule<T>(load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    let mounted = true;
    // From the next task: the page's hydration has committed by then, and starting the load does not lengthen it.
    const timer = setTimeout(() => {
      void load().then((module) => {
        if (mounted) setLoaded(() => module);
      });
    }, 0);
    return () => {
      mounted = false;
      clearTimeout(timer);
    };
  }, [load]);
  return loaded;
}
