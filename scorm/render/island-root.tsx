import { useEffect, type ReactNode } from 'react';

/**
 * The root of every island, on the server and in the browser alike (so both render the same tree). In the
 * browser `onReady` runs once the island has hydrated: client.tsx marks `<rz-island data-hydrated>` then, which
 * is the page's sign that a control answers (tests wait for it; input before it could be lost).
 */
export function IslandRoot({ children, onReady }: { children?: ReactNode; onReady?: () => void }) {
  useEffect(() => onReady?.(), [onReady]);
  return children;
}
