// Whether the static build in out/ is missing or stale: used by `npm start` (to build first) and by the
// test of `npm start` (which must not start a build while other tests are served from out/).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Written at the very end of `npm run build`, so its presence means the whole build finished. */
export const BUILD_MARKER = join('.next', 'export.json');
/** Everything a build reads. */
export const BUILD_SOURCES = [
  'app', 'components', 'lib', 'lessons', 'quizzes', 'guides', 'content', 'public', 'sw', 'scripts',
  'mdx-components.tsx', 'next.config.ts', 'package.json', 'package-lock.json',
];

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** null when out/ is a complete build of the current sources for `basePath`; otherwise why not, in German. */
export function whyRebuild(basePath: string, root = process.cwd()): string | null {
  const marker = join(root, BUILD_MARKER);
  if (!existsSync(marker)) return 'Noch kein Build vorhanden – baue den Kurs (dauert ein paar Minuten) …';
  const built = JSON.parse(readFileSync(marker, 'utf8')) as { basePath: string };
  if (built.basePath !== basePath) return `Der Build ist für "${built.basePath || '/'}", gewünscht ist "${basePath || '/'}" – baue neu …`;
  const sourcesAt = Math.max(...BUILD_SOURCES.map((path) => newestChange(join(root, path))));
  if (sourcesAt > statSync(marker).mtimeMs) return 'Inhalt oder Code hat sich geändert – baue neu …';
  return null;
}
