// Serves the static course in out/ the way a web host would: sirv (a maintained static-file server) for
// the files, compression for gzip, and the headers from out/_headers — the same file static hosts read.
// Listens on every interface (HOST and PORT override) and prints the addresses pupils can type.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from '../lib/site/hosting';

type Next = (error?: unknown) => void;

export interface ServeOptions {
  dir?: string;
  port?: number;
  /** Undefined: every interface, IPv4 and IPv6. */
  host?: string;
  basePath?: string;
  log?: (line: string) => void;
}

/** IPv4 addresses of this computer that other devices in the room can reach. */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((net) => net && net.family === 'IPv4' && !net.internal)
    .map((net) => net!.address);
}

export function createCourseServer({ dir = 'out', basePath = '' }: Pick<ServeOptions, 'dir' | 'basePath'> = {}): Server {
  const root = resolve(dir);
  const rules = parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')).map((rule) => ({
    ...rule,
    pattern: rule.pattern.slice(basePath.length),
  }));
  const notFoundPage = readFileSync(join(root, '404.html'));
  const compress = compression();
  const files = sirv(root, {
    dev: false,
    etag: true,
    dotfiles: false,
    extensions: ['html'],
    setHeaders: (response) => response.setHeader('Vary', 'Accept-Encoding'),
  });

  const notFound = (response: ServerResponse) => {
    response.statusCode = 404;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-cache');
    response.end(notFoundPage);
  };

  return createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (basePath && url.pathname === '/') {
      response.writeHead(302, { Location: `${basePath}/` }).end();
      return;
    }
    if (basePath && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return notFound(response);
    const path = url.pathname.slice(basePath.length) || '/';
    for (const [name, value] of Object.entries(headersFor(path, rules))) response.setHeader(name, value);
    if (/(^|\/)(_headers|\.htaccess)$/.test(path)) return notFound(response);
    // Like nginx and Apache: a folder is addressed with its trailing slash.
    if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path) && existsSync(join(root, path, 'index.html'))) {
      response.writeHead(308, { Location: `${basePath}${path}/${url.search}` }).end();
      return;
    }
    request.url = path + url.search;
    compress(request as never, response as never, ((error?: unknown) => {
      if (error) {
        response.statusCode = 500;
        response.end('Interner Fehler');
        return;
      }
      files(request, response, () => notFound(response));
    }) as Next);
  });
}

/** Starts the server; resolves once it listens. Ctrl-C and SIGTERM close it cleanly. */
export function serve({ dir = 'out', port = 3000, host, basePath = '', log = console.log }: ServeOptions = {}): Promise<Server> {
  const server = createCourseServer({ dir, basePath });
  const stop = (signal: string) => {
    log(`\n${signal}: Rauchzeichen wird beendet …`);
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.once('SIGINT', () => stop('Strg+C'));
  process.once('SIGTERM', () => stop('SIGTERM'));

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen({ port, host }, () => {
      const path = `${basePath}/`;
      const loopbackOnly = host !== undefined && /^(localhost|127\.|::1$)/.test(host);
      const everywhere = host === undefined || host === '0.0.0.0' || host === '::';
      log(`Rauchzeichen läuft.`);
      log(`  Auf diesem Computer: http://localhost:${port}${path}`);
      if (everywhere) {
        const addresses = lanAddresses();
        for (const address of addresses) log(`  Für die Klasse:      http://${address}:${port}${path}`);
        if (addresses.length === 0) log('  Für die Klasse: Dieser Computer ist mit keinem Netzwerk verbunden.');
      } else if (!loopbackOnly) {
        log(`  Für die Klasse:      http://${host}:${port}${path}`);
      } else {
        log('  Nur auf diesem Computer erreichbar (HOST ist eine Loopback-Adresse).');
      }
      log('Beenden mit Strg+C.');
      resolvePromise(server);
    });
  });
}

// `node --import tsx scripts/server.ts`: serve out/ as built (the tests start it this way).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const marker = JSON.parse(readFileSync(join('.next', 'export.json'), 'utf8')) as { basePath: string };
  void serve({
    dir: process.env.SITE_DIR ?? 'out',
    port: Number(process.env.PORT ?? 3000),
    host: process.env.HOST || undefined,
    basePath: process.env.SITE_BASE_PATH ?? marker.basePath,
  });
}
