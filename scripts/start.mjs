// `npm start`: serves the course on http://localhost:3000 (PORT overrides), building first if
// there is no build yet or if content or code changed since the last one.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = process.cwd();
const buildId = join(root, '.next', 'BUILD_ID');
const watched = ['app', 'components', 'lib', 'lessons', 'quizzes', 'content', 'mdx-components.tsx', 'next.config.ts', 'package-lock.json'];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const sourcesAt = Math.max(...watched.map((p) => newestChange(join(root, p))));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (builtAt === 0 || sourcesAt > builtAt) {
  console.log(builtAt === 0 ? 'Noch kein Build vorhanden – baue den Kurs …' : 'Inhalt oder Code hat sich geändert – baue neu …');
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT ?? '3000';
const next = join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
const server = spawnSync(process.execPath, [next, 'start', '-p', port, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(server.status ?? 0);
