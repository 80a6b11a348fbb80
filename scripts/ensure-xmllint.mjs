// Makes sure xmllint exists for the SCORM manifest checks (`xmllint --schema scorm/schemas/scorm12.xsd`):
//   1. XMLLINT_PATH or xmllint on the PATH;  2. on Debian as root: `apt-get install -y libxml2-utils`;
//   3. elsewhere: explain and fail.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const works = (command) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;
const found = [process.env.XMLLINT_PATH, 'xmllint'].filter(Boolean).find(works);
if (found) {
  console.log(`xmllint: ${found}`);
  process.exit(0);
}

const isDebian = existsSync('/etc/debian_version');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isDebian || !isRoot) {
  console.error('Für die SCORM-Prüfung fehlt xmllint. Bitte installieren (z. B. `apt-get install libxml2-utils`) oder XMLLINT_PATH setzen.');
  process.exit(1);
}

console.log('Kein xmllint gefunden – installiere Debians Paket "libxml2-utils" …');
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
if (!(run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'libxml2-utils'])) || !works('xmllint')) {
  console.error('apt-get konnte libxml2-utils nicht installieren.');
  process.exit(1);
}
console.log('xmllint: installiert');
