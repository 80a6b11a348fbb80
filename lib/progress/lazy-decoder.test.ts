import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lazyDecoder, storedDataWaiting } from './lazy-decoder';
import { progressDecoder } from './decode';
import { emptyRecord, encodeRecord } from './codec';
import { GUEST_RECORD_KEY, PROGRESS_KEY, QUARANTINE_PREFIX, SIGNED_OUT_KEY } from './keys';
import { MemoryStorage } from './test-storage';
import type { ProgressDecoder } from './codec';
import { testKey } from './test-records';

const record = encodeRecord(emptyRecord('p1', '2025-03-01T10:00:00.000Z'));

describe('storedDataWaiting', () => {
  test('an empty browser, or one with flags only, holds nothing to read', () => {
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    assert.equal(storedDataWaiting(() => storage, () => session), false);
    storage.seed(SIGNED_OUT_KEY, '1');
    storage.seed(PROGRESS_KEY, '');
    assert.equal(storedDataWaiting(() => storage, () => session), false);
  });

  test('the saved record, data put aside and this tab’s guest are each something to read', () => {
    for (const [where, key] of [
      ['storage', PROGRESS_KEY],
      ['storage', `${QUARANTINE_PREFIX}2025-03-01T10:00:00.000Z`],
      ['session', GUEST_RECORD_KEY],
    ] as const) {
      const storage = new MemoryStorage();
      const session = new MemoryStorage();
      (where === 'storage' ? storage : session).seed(key, record);
      assert.equal(storedDataWaiting(() => storage, () => session), true, key);
    }
  });

  test('once the store is open (no session given), this tab’s guest is not something to read: the store keeps it in memory', () => {
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    session.seed(GUEST_RECORD_KEY, record);
    assert.equal(storedDataWaiting(() => storage, () => session), true);
    assert.equal(storedDataWaiting(() => storage), false);
  });

  test('storage that throws holds nothing the store could read', () => {
    const disabled = new MemoryStorage({ failure: 'disabled' });
    const session = new MemoryStorage();
    session.seed(GUEST_RECORD_KEY, record);
    assert.equal(
      storedDataWaiting(
        () => disabled,
        () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      ),
      false,
    );
    assert.equal(storedDataWaiting(() => disabled, () => session), true);
  });
});

/** A loader the test resolves by hand, counting how often it was asked. */
function manualImport() {
  let resolveLoad: (decoder: ProgressDecoder) => void = () => {};
  const calls = { count: 0 };
  const importDecoder = () => {
    calls.count++;
    return new Promise<ProgressDecoder>((resolve) => (resolveLoad = resolve));
  };
  return { importDecoder, calls, finish: () => resolveLoad(progressDecoder) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lazyDecoder', () => {
  test('with nothing stored, callers go on at once and the schemas are never loaded', () => {
    const { importDecoder, calls } = manualImport();
    const lazy = lazyDecoder(importDecoder, () => false);
    const ran: string[] = [];
    lazy.whenReadable(() => ran.push('first'));
    lazy.whenReadable(() => ran.push('second'));
    assert.deepEqual(ran, ['first', 'second']);
    assert.equal(calls.count, 0);
    assert.throws(() => lazy.decoder.decodeText(record, () => 'neu', () => '2025-03-01T10:00:00.000Z', testKey), /before they had loaded/);
  });

  test('with data stored, callers wait for the schemas, which load once, and keep their order', async () => {
    const { importDecoder, calls, finish } = manualImport();
    let waiting = true;
    const lazy = lazyDecoder(importDecoder, () => waiting);
    const ran: string[] = [];
    lazy.whenReadable(() => ran.push('storage event'));
    // The data is gone by now, but the first caller is still waiting: the second must not overtake it.
    waiting = false;
    lazy.whenReadable(() => ran.push('action'));
    await settle();
    assert.equal(ran.length, 0);
    finish();
    await settle();
    assert.deepEqual(ran, ['storage event', 'action']);
    assert.equal(calls.count, 1);
    lazy.whenReadable(() => ran.push('later'));
    assert.deepEqual(ran, ['storage event', 'action', 'later'], 'once loaded, callers go on at once');
  });

  test('once loaded, the decoder reads stored text like the schemas themselves', async () => {
    const { importDecoder, finish } = manualImport();
    const lazy = lazyDecoder(importDecoder, () => true);
    const loaded = new Promise<void>((resolve) => lazy.whenLoaded(resolve));
    finish();
    await loaded;
    const args = [() => 'neu', () => '2025-03-01T10:00:00.000Z', testKey] as const;
    assert.deepEqual(lazy.decoder.decodeText(record, ...args), progressDecoder.decodeText(record, ...args));
    assert.deepEqual(lazy.decoder.decodeText('kaputt', ...args), progressDecoder.decodeText('kaputt', ...args));
  });

  test('while the schemas load for one caller, a later one waits for them too, so that no caller overtakes another', async () => {
    const { importDecoder, calls, finish } = manualImport();
    const lazy = lazyDecoder(importDecoder, () => false);
    const ran: string[] = [];
    lazy.whenLoaded(() => ran.push('save attempt'));
    lazy.whenReadable(() => ran.push('mark lesson started'));
    assert.equal(ran.length, 0);
    finish();
    await settle();
    assert.deepEqual(ran, ['save attempt', 'mark lesson started']);
    assert.equal(calls.count, 1);
  });

  test('a learner’s action waits for the schemas even with nothing stored, and keeps its place behind earlier callers', async () => {
    const { importDecoder, calls, finish } = manualImport();
    let waiting = true;
    const lazy = lazyDecoder(importDecoder, () => waiting);
    const ran: string[] = [];
    lazy.whenReadable(() => ran.push('first load'));
    waiting = false;
    lazy.whenLoaded(() => ran.push('save attempt'));
    assert.equal(ran.length, 0);
    finish();
    await settle();
    assert.deepEqual(ran, ['first load', 'save attempt']);
    lazy.whenLoaded(() => ran.push('import'));
    assert.deepEqual(ran, ['first load', 'save attempt', 'import']);
    assert.equal(calls.count, 1);
  });
});
