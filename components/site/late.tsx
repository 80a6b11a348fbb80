'use client';

import type { ComponentType } from 'react';
import { useLoadedModule } from './useLoadedModule';

/**
 * A component whose code loads once the page has hydrated, rendering nothing until then. For parts that have
 * nothing to show before the learner's data or the service worker is there.
 */
export function late<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  function Late(props: P) {
    const Component = useLoadedModule(load);
    return Component ? <Component {...props} /> : null;
  }
  return Late;
}
