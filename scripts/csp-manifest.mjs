// After `next build`: hashes every inline <script> of every prerendered page, so the server can send a
// Content-Security-Policy that allows exactly those scripts — no 'unsafe-inline', no 'unsafe-eval'.
// Writes .next/csp-manifest.json: { "/path": ["'sha256-…'", …], "*": [all hashes] }.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const appDir = join('.next', 'server', 'app');

function htmlFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc=/.test(match[1])) continue;
    hashes.push(`'sha256-${createHash('sha256').update(match[2], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

const manifest = {};
const all = new Set();
for (const file of htmlFiles(appDir)) {
  const route = '/' + relative(appDir, file).replace(/\\/g, '/').replace(/\.html$/, '').replace(/^index$/, '');
  const hashes = [...new Set(inlineScriptHashes(readFileSync(file, 'utf8')))];
  manifest[route] = hashes;
  hashes.forEach((hash) => all.add(hash));
}
manifest['*'] = [...all];
writeFileSync(join('.next', 'csp-manifest.json'), JSON.stringify(manifest, null, 1));
console.log(`CSP: ${Object.keys(manifest).length - 1} pages, ${all.size} inline script hashes.`);
