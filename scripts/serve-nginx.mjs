// Runs a real nginx in the foreground with the generated deploy/nginx.conf, for the hosting tests and the
// benchmark: only `listen` (loopback, PORT) and `root` (ROOT, default out/) are changed; every other line is
// served as generated. Needs nginx (scripts/ensure-nginx.mjs). Stops with its parent (SIGTERM/SIGINT).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawn } from 'node:child_process';

const port = Number(process.env.PORT ?? 3101);
const root = resolve(process.env.ROOT ?? 'out');
const source = process.env.NGINX_CONF ?? join('deploy', 'nginx.conf');
const prefix = resolve('.e2e', `nginx-${port}`);
const nginx = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => path && existsSync(path));
if (!nginx) {
  console.error('nginx fehlt: erst `node scripts/ensure-nginx.mjs`.');
  process.exit(1);
}

const generated = readFileSync(source, 'utf8');
const server = generated
  .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
  .replace(/^\s*listen \[::\]:80;\n/m, '')
  .replace(/^(\s*)root [^;]+;$/m, `$1root ${root};`);
if (server === generated || !server.includes(`listen 127.0.0.1:${port};`)) {
  console.error(`${source}: listen/root nicht gefunden.`);
  process.exit(1);
}
mkdirSync(join(prefix, 'tmp'), { recursive: true });
writeFileSync(join(prefix, 'server.conf'), server);
const mimeTypes = ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'].find((path) => existsSync(path));
writeFileSync(
  join(prefix, 'nginx.conf'),
  `worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
${process.getuid?.() === 0 ? 'user root;' : ''}
events { worker_connections 512; }
http {
    ${mimeTypes ? `include ${mimeTypes};` : ''}
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${prefix}/tmp/body;
    proxy_temp_path ${prefix}/tmp/proxy;
    fastcgi_temp_path ${prefix}/tmp/fastcgi;
    uwsgi_temp_path ${prefix}/tmp/uwsgi;
    scgi_temp_path ${prefix}/tmp/scgi;
    include ${prefix}/server.conf;
}
`,
);

const child = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
console.log(`nginx (${source}) auf http://127.0.0.1:${port}/ – Wurzel ${root}`);
const stop = () => child.kill('SIGQUIT');
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.on('exit', (code) => process.exit(code ?? 0));
