// After `next build` (static export to out/): makes out/ a complete, self-contained site.
//   1. every page loads Next's chunks after its first paint (lib/site/paint-first.ts) and gets its own
//      Content-Security-Policy <meta> with the hashes of its inline scripts;
//   2. the host configuration: out/.htaccess (Apache), out/_headers (static hosts, CDNs, `npm start`)
//      and deploy/nginx.conf;
//   3. the service worker out/sw.js, bundled with esbuild, with Serwist's precache manifest of the whole course;
//   4. .next/export.json, the marker `npm start` reads (base path, time, precache size).
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { injectManifest } from '@serwist/build';
import { basePath } from '../lib/site/base-path';
import { headersFile, htaccess, inlineScriptHashes, nginxConfig, withCspMeta } from '../lib/site/hosting';
import { paintFirst } from '../lib/site/paint-first';

const outDir = process.env.OUT_DIR ?? 'out';
/** Only the main build writes deploy/ and the marker `npm start` reads. */
const isMainBuild = outDir === 'out';
const PRECACHE_PATTERNS = ['**/*.{html,txt,js,css,svg,png,webmanifest,json}'];
const PRECACHE_IGNORES = ['sw.js', '_headers', '.htaccess'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

async function main() {
  if (!existsSync(join(outDir, 'index.html'))) {
    console.error(`${outDir}/index.html fehlt: erst \`next build\` (statischer Export) ausführen.`);
    process.exit(1);
  }

  // 1. Paint first, then the CSP per page (it hashes the loader with the other inline scripts).
  const hashes = new Set<string>();
  const pages = files(outDir).filter((file) => file.endsWith('.html'));
  for (const page of pages) {
    const html = paintFirst(readFileSync(page, 'utf8'));
    inlineScriptHashes(html).forEach((hash) => hashes.add(hash));
    writeFileSync(page, withCspMeta(html));
  }

  // 2. Host configuration.
  writeFileSync(join(outDir, '.htaccess'), htaccess({ basePath }));
  writeFileSync(join(outDir, '_headers'), headersFile({ basePath }));
  if (isMainBuild) {
    mkdirSync('deploy', { recursive: true });
    writeFileSync(join('deploy', 'nginx.conf'), nginxConfig({ basePath }));
  }

  // 3. Service worker with the precache manifest. Entries stay relative to sw.js, so they follow the base path.
  const swSource = join('.next', 'sw.bundle.js');
  await build({
    entryPoints: ['sw/sw.ts'],
    outfile: swSource,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const { count, size, warnings } = await injectManifest({
    swSrc: swSource,
    swDest: join(outDir, 'sw.js'),
    globDirectory: outDir,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: PRECACHE_IGNORES,
    // Build assets carry their hash in the name; everything else is versioned by content.
    dontCacheBustURLsMatching: /^_next\/static\//,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
  if (warnings.length > 0) {
    console.error(`Service Worker: ${warnings.join('\n')}`);
    process.exit(1);
  }

  // 4. Marker and summary.
  const all = files(outDir);
  const outBytes = all.reduce((sum, file) => sum + statSync(file).size, 0);
  const summary = { basePath, builtAt: new Date().toISOString(), pages: pages.length, files: all.length, outBytes, precache: { count, bytes: size } };
  writeFileSync(isMainBuild ? join('.next', 'export.json') : `${outDir}.json`, JSON.stringify(summary, null, 1));
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
  console.log(
    `Statische Seite in ${relative('.', outDir)}/${basePath ? ` (für ${basePath}/)` : ''}: ${pages.length} Seiten, ${all.length} Dateien, ${mb(outBytes)}; ` +
      `CSP mit ${hashes.size} Skript-Hashes; Offline-Speicher: ${count} Dateien, ${mb(size)}.`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
