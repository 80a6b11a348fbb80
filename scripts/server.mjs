// The production server behind `npm start`: Next's request handler plus the security headers.
// Every page gets a Content-Security-Policy whose script-src lists the hashes of that page's own
// inline scripts (from .next/csp-manifest.json, written after the build).
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import next from 'next';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? 'localhost';
const manifest = JSON.parse(readFileSync('.next/csp-manifest.json', 'utf8'));

function contentSecurityPolicy(pathname) {
  const hashes = manifest[pathname.replace(/\/$/, '') || '/'] ?? manifest['*'];
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', `http://${hostname}`);
  for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
  response.setHeader('Content-Security-Policy', contentSecurityPolicy(pathname));
  handle(request, response).catch((error) => {
    console.error(error);
    response.statusCode = 500;
    response.end('Interner Fehler');
  });
}).listen(port, hostname, () => {
  console.log(`Rauchzeichen läuft auf http://${hostname}:${port}`);
});
