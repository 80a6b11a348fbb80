'use client';

import { useSyncExternalStore } from 'react';

const never = () => () => {};

/** False in the static HTML and during hydration, true once the page reacts: controls wait for it, so no click is lost. */
export const useHydrated = () => useSyncExternalStore(never, () => true, () => false);
