// Runs every *.test.ts under lib/, scripts/ and scorm/, and every *.test.mjs under bench/ (not its scratch tmp/),
// with Node's own test runner.
// Node 20 does not expand globs in `--test`, so the files are listed here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function findTests(dir, suffix) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'tmp' ? [] : findTests(path, suffix);
    return entry.name.endsWith(suffix) ? [path] : [];
  });
}

const files = [...['lib', 'scripts', 'scorm'].flatMap((dir) => findTests(dir, '.test.ts')), ...findTests('bench', '.test.mjs')].sort();
if (files.length === 0) {
  console.error('No unit tests found.');
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2), ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
