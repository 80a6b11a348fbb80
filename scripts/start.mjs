// `npm start`: serves the course on http://localhost:3000 (PORT overrides) through scripts/server.mjs,
// building first if there is no complete build yet or if content or code changed since the last one.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = process.cwd();
// Written at the very end of `npm run build`, so its presence means the whole build finished.
const buildMarker = join(root, '.next', 'csp-manifest.json');
const watched = ['app', 'components', 'lib', 'lessons', 'quizzes', 'content', 'mdx-components.tsx', 'next.config.ts', 'package-lock.json', 'scripts/csp-manifest.mjs'];

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const builtAt = existsSync(buildMarker) ? statSync(buildMarker).mtimeMs : 0;
const sourcesAt = Math.max(...watched.map((p) => newestChange(join(root, p))));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

if (builtAt === 0 || sourcesAt > builtAt) {
  console.log(builtAt === 0 ? 'Noch kein Build vorhanden – baue den Kurs …' : 'Inhalt oder Code hat sich geändert – baue neu …');
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawnSync(process.execPath, [join(root, 'scripts', 'server.mjs')], {
  stdio: 'inherit',
  env: { ...env, NODE_ENV: 'production', PORT: process.env.PORT ?? '3000' },
});
process.exit(server.status ?? 0);
