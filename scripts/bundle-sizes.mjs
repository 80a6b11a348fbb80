// Prints the first-load JavaScript of every route after `next build` (Next 16 no longer does):
// uncompressed bytes from .next/diagnostics/route-bundle-stats.json, and gzip bytes measured here.
// `--json` prints the figures as JSON for the benchmark.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const stats = JSON.parse(readFileSync('.next/diagnostics/route-bundle-stats.json', 'utf8'));
const gzipCache = new Map();
const gzipBytes = (path) => {
  if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
  return gzipCache.get(path);
};

const rows = stats
  .map((route) => ({
    route: route.route,
    uncompressed: route.firstLoadUncompressedJsBytes,
    gzip: route.firstLoadChunkPaths.reduce((sum, path) => sum + gzipBytes(path), 0),
  }))
  .sort((a, b) => a.route.localeCompare(b.route));

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows));
} else {
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log('\nFirst-load JS per route (gzip / uncompressed):');
  for (const row of rows) console.log(`  ${row.route.padEnd(28)} ${kB(row.gzip).padStart(9)}  / ${kB(row.uncompressed).padStart(9)}`);
}
