// Builds the copy of the course for a sub-folder that the e2e suite serves under /rauchzeichen/
// (`BASE_PATH=/rauchzeichen`, written to .e2e/rauchzeichen instead of out/). Run it before the main
// build: both share Next's working folder .next/.
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['run', 'build'], {
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', BASE_PATH: '/rauchzeichen', OUT_DIR: '.e2e/rauchzeichen' },
});
process.exit(result.status ?? 1);
