// `npm start`: serves the static course from out/ on port 3000 of every interface (HOST and PORT override),
// building first when there is no complete build, when any source changed since, or when BASE_PATH differs.
import { spawnSync } from 'node:child_process';
import { tsImport } from 'tsx/esm/api';

const { normaliseBasePath } = await tsImport('../lib/site/base-path.ts', import.meta.url);
const { whyRebuild } = await tsImport('./build-state.ts', import.meta.url);
const basePath = normaliseBasePath(process.env.BASE_PATH);
const reason = whyRebuild(basePath);
if (reason) {
  console.log(reason);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const { serve } = await tsImport('./server.ts', import.meta.url);
try {
  await serve({ port: Number(process.env.PORT || 3000), host: process.env.HOST || undefined, basePath });
} catch (error) {
  console.error(error.code === 'EADDRINUSE' ? `Port ${process.env.PORT || 3000} ist schon belegt. Mit PORT=3001 npm start einen anderen wählen.` : error);
  process.exit(1);
}
