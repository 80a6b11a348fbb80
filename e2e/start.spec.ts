import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { expect, test } from '@playwright/test';
import { whyRebuild } from '../scripts/build-state';

/** Local addresses of LISTEN sockets on `port`, from /proc/net (hex, as the kernel writes them). */
function listeningAddresses(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.trim().split(/\s+/))
      .filter((cols) => cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A')
      .map((cols) => cols[1]!.split(':')[0]!),
  );
}

test('`npm start` listens beyond loopback, prints the addresses for the class and stops cleanly', async () => {
  test.skip(process.platform !== 'linux', 'reads /proc/net');
  // A rebuild here would replace out/ under the servers of the other tests: the build must be current.
  expect(whyRebuild(''), 'run `npm run build` before the e2e suite').toBeNull();
  const port = 3150;
  // What `npm start` runs (npm itself does not pass SIGTERM on to its script).
  const child = spawn(process.execPath, ['scripts/start.mjs'], { env: { ...process.env, PORT: String(port), HOST: '', BASE_PATH: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));
  await expect.poll(() => (running ? output : `exited early: ${output}`), { timeout: 60_000 }).toContain('Beenden mit Strg+C');

  // Bound to every interface: the wildcard address, IPv4 (00000000) or IPv6 (all zeros).
  const bound = listeningAddresses(port);
  expect(bound.length).toBeGreaterThan(0);
  expect(bound.every((address) => /^0+$/.test(address))).toBe(true);

  const lan = Object.values(networkInterfaces())
    .flat()
    .filter((net) => net?.family === 'IPv4' && !net.internal)
    .map((net) => net!.address);
  expect(output).toContain(`Auf diesem Computer: http://localhost:${port}/`);
  if (lan.length > 0) for (const address of lan) expect(output).toContain(`Für die Klasse:      http://${address}:${port}/`);
  else expect(output).toContain('mit keinem Netzwerk verbunden');

  for (const host of ['127.0.0.1', '[::1]']) expect((await fetch(`http://${host}:${port}/`)).status).toBe(200);

  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  expect(output).toContain('SIGTERM: Rauchzeichen wird beendet');
  expect(listeningAddresses(port)).toEqual([]);
});
