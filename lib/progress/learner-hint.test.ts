import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeRecord } from './codec';
import { progressDecoder } from './decode';
import { createProgressStore, GUEST_FLAG_KEY, PROGRESS_KEY, SESSION_PROFILE_KEY, SIGNED_OUT_KEY, type StorageLike } from './store';
import { LEARNER_ATTRIBUTE, learnerHint, learnerHintScript } from './learner-hint';
import { MemoryStorage } from './test-storage';
import { profile, record, testKey } from './test-records';

/** Runs the inline script as a browser would, and returns the attribute it set on <html>. */
function runScript(storage: StorageLike, session: StorageLike): string | undefined {
  const attributes = new Map<string, string>();
  const document = { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } };
  const window = { localStorage: storage, sessionStorage: session };
  new Function('window', 'document', learnerHintScript())(window, document);
  return attributes.get(LEARNER_ATTRIBUTE);
}

function storeHint(storage: StorageLike, session: StorageLike) {
  return learnerHint(createProgressStore({ scoringKey: testKey, storage: () => storage, session: () => session, decoder: progressDecoder }).getSnapshot());
}

/** A storage holding these items. */
function storageWith(items: Record<string, string> = {}): MemoryStorage {
  const storage = new MemoryStorage();
  for (const [key, value] of Object.entries(items)) storage.setItem(key, value);
  return storage;
}

const ayla = profile({ id: 'p-ayla', name: 'Ayla' });
const savedItems = () => ({ [PROGRESS_KEY]: encodeRecord(record([ayla])) });
const saved = () => storageWith(savedItems());

const cases: { name: string; storage: () => StorageLike; session: () => StorageLike; expected: 'guest' | 'known' }[] = [
  { name: 'a first visit (nothing saved)', storage: () => storageWith(), session: () => storageWith(), expected: 'guest' },
  { name: 'a profile opened in this tab', storage: saved, session: () => storageWith({ [SESSION_PROFILE_KEY]: 'p-ayla' }), expected: 'known' },
  { name: 'a profile left open before the browser closed ("Bist du …?")', storage: saved, session: () => storageWith(), expected: 'known' },
  { name: 'a guest by choice in this tab', storage: saved, session: () => storageWith({ [GUEST_FLAG_KEY]: '1', [SESSION_PROFILE_KEY]: 'p-ayla' }), expected: 'guest' },
  { name: 'after "Abmelden" in this browser', storage: () => storageWith({ ...savedItems(), [SIGNED_OUT_KEY]: '1' }), session: () => storageWith(), expected: 'guest' },
  { name: 'storage disabled (the storage notice shows instead)', storage: () => new MemoryStorage({ failure: 'disabled' }), session: () => new MemoryStorage({ failure: 'disabled' }), expected: 'known' },
  { name: 'localStorage disabled, a guest flag in this tab', storage: () => new MemoryStorage({ failure: 'disabled' }), session: () => storageWith({ [GUEST_FLAG_KEY]: '1' }), expected: 'guest' },
  { name: 'only sessionStorage disabled', storage: saved, session: () => new MemoryStorage({ failure: 'disabled' }), expected: 'known' },
];

describe('the first-paint learner hint', () => {
  for (const { name, storage, session, expected } of cases) {
    test(`agrees with the store: ${name}`, () => {
      assert.equal(runScript(storage(), session()), expected, 'the inline script');
      assert.equal(storeHint(storage(), session()), expected, 'the store');
    });
  }

  test('is a self-contained expression with the storage keys, fit for a CSP hash', () => {
    const script = learnerHintScript();
    for (const key of [GUEST_FLAG_KEY, SIGNED_OUT_KEY, PROGRESS_KEY]) assert.ok(script.includes(JSON.stringify(key)), key);
    assert.doesNotMatch(script, /<\/script|=>|\blet\b|\bconst\b/);
  });
});
