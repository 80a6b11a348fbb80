// Makes sure nginx exists for the hosting tests (they serve out/ with the generated deploy/nginx.conf):
//   1. NGINX_PATH or /usr/sbin/nginx;  2. on Debian as root: `apt-get install -y nginx`, without
//   starting Debian's own nginx service;  3. elsewhere: explain and fail.
import { existsSync, writeFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const nginxCandidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].filter(Boolean);
const found = nginxCandidates.find((path) => existsSync(path));
if (found) {
  console.log(`nginx: ${found}`);
  process.exit(0);
}

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isDebian || !isRoot) {
  console.error('Für die Hosting-Tests fehlt nginx. Bitte installieren (z. B. `apt-get install nginx`) oder NGINX_PATH setzen.');
  process.exit(1);
}

console.log('Kein nginx gefunden – installiere Debians Paket "nginx" …');
// Debian starts a newly installed service; a policy-rc.d that says "no" keeps port 80 free.
const policy = '/usr/sbin/policy-rc.d';
const hadPolicy = existsSync(policy);
if (!hadPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
const ok = run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'nginx']);
if (!hadPolicy) rmSync(policy);
if (!ok || !existsSync('/usr/sbin/nginx')) {
  console.error('apt-get konnte nginx nicht installieren.');
  process.exit(1);
}
