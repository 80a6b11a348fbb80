// Makes sure a Chromium exists for the Playwright suite, without relying on a browser download
// where a system package will do:
//   1. CHROMIUM_PATH, if set;  2. /usr/bin/chromium (Debian's package);
//   3. on Debian as root: `apt-get install -y chromium`;  4. elsewhere: Playwright's own download.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status === 0;

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((path) => existsSync(path));
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isDebian && isRoot) {
  console.log('Kein Chromium gefunden – installiere Debians Paket "chromium" …');
  if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium']) && existsSync('/usr/bin/chromium')) {
    process.exit(0);
  }
  console.error('apt-get konnte Chromium nicht installieren.');
  process.exit(1);
}

console.log('Kein System-Chromium gefunden – lade Playwrights Chromium …');
process.exit(run('npx', ['playwright', 'install', 'chromium']) ? 0 : 1);
