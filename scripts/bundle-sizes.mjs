// Prints the first-load JavaScript of every route after `next build` (Next 16 no longer does):
// uncompressed bytes from <dir>/.next/diagnostics/route-bundle-stats.json, and gzip bytes measured here.
// Used by `npm run build` and by the benchmark (which imports firstLoadJs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** [{ route, uncompressed, gzip }] for the Next.js project in `dir`. */
export function firstLoadJs(dir = '.') {
  const stats = JSON.parse(readFileSync(join(dir, '.next/diagnostics/route-bundle-stats.json'), 'utf8'));
  const gzipCache = new Map();
  const gzipBytes = (path) => {
    if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(join(dir, path)), { level: 9 }).length);
    return gzipCache.get(path);
  };
  return stats
    .map((route) => ({
      route: route.route,
      uncompressed: route.firstLoadUncompressedJsBytes,
      gzip: route.firstLoadChunkPaths.reduce((sum, path) => sum + gzipBytes(path), 0),
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log('\nFirst-load JS per route (gzip / uncompressed):');
  for (const row of firstLoadJs()) console.log(`  ${row.route.padEnd(28)} ${kB(row.gzip).padStart(9)}  / ${kB(row.uncompressed).padStart(9)}`);
}
