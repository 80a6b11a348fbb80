import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, encodeRecord } from './codec';
import type { Attempt } from './schema';
import {
  createProgressStore,
  GUEST_FLAG_KEY,
  SIGNED_OUT_KEY,
  MAX_IMPORT_BYTES,
  PROGRESS_KEY,
  QUARANTINE_PREFIX,
  type ProgressStore,
  type StorageLike,
} from './store';
import { MemoryStorage } from './test-storage';
import { attempt, profile, record, recordV1 } from './test-records';

let storeCount = 0;

/** A store on the given storage with a ticking clock and ids unique across stores. */
function openStore(storage: StorageLike | (() => StorageLike) = new MemoryStorage(), session: StorageLike = new MemoryStorage()): ProgressStore {
  const prefix = `s${++storeCount}`;
  let ids = 0;
  let clock = Date.parse('2025-03-01T10:00:00.000Z');
  return createProgressStore({
    storage: typeof storage === 'function' ? storage : () => storage,
    session: () => session,
    now: () => new Date((clock += 1000)),
    newId: () => `${prefix}-id-${++ids}`,
  });
}

const quizAttempt: Omit<Attempt, 'id' | 'at'> = {
  quizId: 'konzert',
  lesson: 'konzert',
  mode: 'full',
  answers: { 'frage-1': { type: 'true-false', value: false } },
  points: 8,
  maxPoints: 10,
  percent: 80,
  passed: true,
};

/** The record stored under PROGRESS_KEY, decoded; fails the test if it is not a valid record. */
function storedRecord(storage: MemoryStorage) {
  const decoded = decodeText(storage.peek(PROGRESS_KEY), () => 'x', () => '2025-01-01T00:00:00.000Z');
  assert.equal(decoded.kind, 'ok', `expected a valid record under ${PROGRESS_KEY}, got ${storage.peek(PROGRESS_KEY)}`);
  return decoded.kind === 'ok' ? decoded.record : record();
}

function quarantineKeys(storage: MemoryStorage): string[] {
  return storage.keysStartingWith(QUARANTINE_PREFIX);
}

describe('a fresh store', () => {
  test('starts saved, with one profile and no storage problem', () => {
    const { mode, record: current, profile: active, storageProblem, quarantined, migratedFrom } = openStore().getSnapshot();
    assert.equal(mode, 'saved');
    assert.equal(current.profiles.length, 1);
    assert.equal(active.name, 'Mein Profil');
    assert.deepEqual(active.lessons, {});
    assert.equal(storageProblem, null);
    assert.deepEqual(quarantined, []);
    assert.equal(migratedFrom, null);
  });

  test('writes nothing until the first change', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    store.getSnapshot();
    store.handleStorageEvent(PROGRESS_KEY);
    assert.deepEqual(storage.dump(), []);
  });

  test('keeps the same profile until the first change', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    const before = store.getSnapshot().profile.id;
    store.handleStorageEvent(null);
    store.markLessonStarted('konzert');
    assert.equal(store.getSnapshot().profile.id, before);
    assert.equal(storedRecord(storage).activeProfileId, before);
  });
});

describe('saving', () => {
  test('markLessonStarted is saved under the progress key', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    store.markLessonStarted('konzert');
    assert.ok(storedRecord(storage).profiles[0]!.lessons.konzert);
    assert.ok(store.getSnapshot().profile.lessons.konzert);
  });

  test('a recorded attempt is saved and completes the lesson when passed', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    const recorded = store.recordAttempt(quizAttempt);
    const saved = storedRecord(storage).profiles[0]!;
    assert.deepEqual(saved.attempts, [recorded]);
    assert.ok(saved.lessons.konzert!.completedAt);
  });

  test('a new store on the same storage reads what was saved', () => {
    const storage = new MemoryStorage();
    openStore(storage).markLessonStarted('konzert');
    assert.ok(openStore(storage).getSnapshot().profile.lessons.konzert);
  });

  test('profile changes are saved', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    store.addProfile('Lea');
    const lea = store.getSnapshot().profile;
    assert.equal(lea.name, 'Lea');
    store.renameProfile(lea.id, 'Lea Marie');
    assert.deepEqual(storedRecord(storage).profiles.map((p) => p.name), ['Mein Profil', 'Lea Marie']);
    store.deleteProfile(lea.id);
    assert.deepEqual(storedRecord(storage).profiles.map((p) => p.name), ['Mein Profil']);
  });

  test('resetActiveProfile clears the saved progress', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    store.recordAttempt(quizAttempt);
    store.resetActiveProfile();
    assert.deepEqual(storedRecord(storage).profiles[0]!.attempts, []);
    assert.deepEqual(store.getSnapshot().profile.lessons, {});
  });
});

describe('unreadable stored data is put aside', () => {
  function assertQuarantined(raw: string, problem: RegExp) {
    const storage = new MemoryStorage();
    storage.seed(PROGRESS_KEY, raw);
    const store = openStore(storage);
    const snapshot = store.getSnapshot();

    const keys = quarantineKeys(storage);
    assert.equal(keys.length, 1);
    assert.equal(storage.peek(keys[0]!), raw, 'the copy must be byte-identical');
    assert.equal(snapshot.quarantined.length, 1);
    assert.equal(snapshot.quarantined[0]!.key, keys[0]);
    assert.equal(snapshot.quarantined[0]!.raw, raw);
    assert.match(snapshot.quarantined[0]!.problem, problem);

    assert.equal(snapshot.mode, 'saved');
    assert.deepEqual(snapshot.profile.lessons, {});
    assert.notEqual(storage.peek(PROGRESS_KEY), raw, 'moved, not copied: a second tab must not put it aside again');
    store.markLessonStarted('konzert');
    assert.ok(storedRecord(storage).profiles[0]!.lessons.konzert, 'the store goes on with a fresh record');
    assert.equal(storage.peek(keys[0]!), raw);
  }

  test('corrupt JSON is copied aside unchanged and the store goes on fresh', () => {
    assertQuarantined('{"app":"rauchzeichen","schemaVersion":2,"profiles":[{"id":', /kein gültiges JSON/);
  });

  test('JSON of another app is copied aside', () => {
    assertQuarantined(JSON.stringify({ app: 'andere-app', punkte: 3 }), /nicht von Rauchzeichen/);
  });

  test('data from a newer version is copied aside, naming that version', () => {
    assertQuarantined(JSON.stringify({ ...record(), schemaVersion: 3, neu: true }), /neueren Version.*Version 3/);
  });

  test('a record that breaks the schema is copied aside', () => {
    assertQuarantined(JSON.stringify(record([profile({ name: '' })])), /beschädigt/);
  });

  test('quarantined data is listed by a second store too', () => {
    const storage = new MemoryStorage();
    storage.seed(PROGRESS_KEY, 'kaputt');
    openStore(storage).getSnapshot();
    const second = openStore(storage).getSnapshot();
    assert.equal(second.quarantined.length, 1);
    assert.equal(second.quarantined[0]!.raw, 'kaputt');
    assert.equal(quarantineKeys(storage).length, 1, 'nothing is put aside twice');
  });

  test('two pieces of data put aside at the same moment get different keys', () => {
    const storage = new MemoryStorage();
    const fixedClock = { storage: () => storage, now: () => new Date('2025-03-01T10:00:00.000Z'), newId: () => 'p' };
    storage.seed(PROGRESS_KEY, 'kaputt 1');
    createProgressStore(fixedClock).getSnapshot();
    storage.seed(PROGRESS_KEY, 'kaputt 2');
    createProgressStore(fixedClock).getSnapshot();
    assert.deepEqual(quarantineKeys(storage).map((key) => storage.peek(key)).sort(), ['kaputt 1', 'kaputt 2']);
  });

  test('when the copy cannot be written (storage full), the original stays and the store runs in memory', () => {
    const raw = `{"kaputt": "${'x'.repeat(200)}`;
    const storage = new MemoryStorage({ quotaChars: PROGRESS_KEY.length + raw.length + 50 });
    storage.seed(PROGRESS_KEY, raw);
    const store = openStore(storage);

    const snapshot = store.getSnapshot();
    assert.equal(snapshot.mode, 'memory');
    assert.equal(snapshot.storageProblem, 'full');
    assert.equal(snapshot.quarantined.length, 1, 'the learner can still download the data');
    assert.equal(snapshot.quarantined[0]!.raw, raw);

    store.markLessonStarted('konzert');
    store.recordAttempt(quizAttempt);
    assert.ok(store.getSnapshot().profile.lessons.konzert);
    assert.deepEqual(storage.dump(), [[PROGRESS_KEY, raw]]);
  });

  test('discardQuarantined deletes the copy and removes it from the list', () => {
    const storage = new MemoryStorage();
    storage.seed(PROGRESS_KEY, 'kaputt');
    const store = openStore(storage);
    const key = store.getSnapshot().quarantined[0]!.key;
    store.discardQuarantined(key);
    assert.equal(storage.peek(key), null);
    assert.deepEqual(store.getSnapshot().quarantined, []);
  });

  test('discardQuarantined removes a copy kept only in memory', () => {
    const storage = new MemoryStorage({ failure: 'quota' });
    storage.seed(PROGRESS_KEY, 'kaputt');
    const store = openStore(storage);
    const key = store.getSnapshot().quarantined[0]!.key;
    store.discardQuarantined(key);
    assert.deepEqual(store.getSnapshot().quarantined, []);
    assert.equal(storage.peek(PROGRESS_KEY), 'kaputt');
  });
});

describe('migration', () => {
  test('version 1 data is migrated (migratedFrom 1) and written back as version 2', () => {
    const storage = new MemoryStorage();
    const old = recordV1();
    storage.seed(PROGRESS_KEY, JSON.stringify(old));
    const snapshot = openStore(storage).getSnapshot();

    assert.equal(snapshot.migratedFrom, 1);
    assert.equal(snapshot.mode, 'saved');
    assert.equal(snapshot.profile.name, 'Mein Profil');
    assert.deepEqual(snapshot.profile.lessons, old.lessons);
    assert.deepEqual(snapshot.profile.attempts, old.attempts);
    const saved = storedRecord(storage);
    assert.equal(saved.schemaVersion, 2);
    assert.deepEqual(saved.profiles[0]!.attempts, old.attempts);
    assert.deepEqual(quarantineKeys(storage), []);
  });

  test('the migrated profile keeps its id across later changes', () => {
    const storage = new MemoryStorage();
    storage.seed(PROGRESS_KEY, JSON.stringify(recordV1()));
    const store = openStore(storage);
    const id = store.getSnapshot().profile.id;
    store.markLessonStarted('kalter-rauch');
    assert.equal(store.getSnapshot().profile.id, id);
    assert.equal(storedRecord(storage).profiles.length, 1);
  });
});

describe('storage that fails', () => {
  test('disabled storage (every access throws): memory mode, "unavailable"', () => {
    const store = openStore(new MemoryStorage({ failure: 'disabled' }));
    const snapshot = store.getSnapshot();
    assert.equal(snapshot.mode, 'memory');
    assert.equal(snapshot.storageProblem, 'unavailable');
  });

  test('a storage getter that throws (SecurityError): memory mode, "unavailable"', () => {
    const store = openStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    assert.equal(store.getSnapshot().mode, 'memory');
    assert.equal(store.getSnapshot().storageProblem, 'unavailable');
  });

  test('with disabled storage every operation works in memory and none throws', () => {
    const store = openStore(new MemoryStorage({ failure: 'disabled' }), new MemoryStorage({ failure: 'disabled' }));
    store.markLessonStarted('konzert');
    store.recordAttempt(quizAttempt);
    store.addProfile('Lea');
    const lea = store.getSnapshot().profile.id;
    store.renameProfile(lea, 'Lea Marie');
    store.switchProfile(store.getSnapshot().record.profiles[0]!.id);
    assert.ok(store.getSnapshot().profile.lessons.konzert?.completedAt);
    assert.equal(store.getSnapshot().profile.attempts.length, 1);
    const exported = store.exportText();
    store.deleteProfile(lea);
    store.resetActiveProfile();
    assert.deepEqual(store.importText(exported), { ok: true, summary: { attemptsAdded: 1, lessonsStarted: 1, lessonsCompleted: 1 } });
    store.enterGuestMode();
    store.leaveGuestMode();
    store.discardQuarantined(`${QUARANTINE_PREFIX}x`);
    store.handleStorageEvent(PROGRESS_KEY);
    assert.equal(store.getSnapshot().mode, 'memory');
    assert.equal(store.getSnapshot().profile.attempts.length, 1);
  });

  test('storage full on the first write: memory mode, "full", and the change is kept', () => {
    const storage = new MemoryStorage({ failure: 'quota' });
    const store = openStore(storage);
    assert.equal(store.getSnapshot().mode, 'saved');
    store.markLessonStarted('konzert');
    const snapshot = store.getSnapshot();
    assert.equal(snapshot.mode, 'memory');
    assert.equal(snapshot.storageProblem, 'full');
    assert.ok(snapshot.profile.lessons.konzert);
    store.recordAttempt(quizAttempt);
    assert.equal(store.getSnapshot().profile.attempts.length, 1);
    assert.deepEqual(storage.dump(), []);
  });

  test('storage that fills up later keeps what was saved before', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    store.markLessonStarted('konzert');
    const savedBefore = storage.peek(PROGRESS_KEY);
    storage.failure = 'quota';
    store.recordAttempt(quizAttempt);
    assert.equal(store.getSnapshot().storageProblem, 'full');
    assert.equal(store.getSnapshot().profile.attempts.length, 1);
    assert.equal(storage.peek(PROGRESS_KEY), savedBefore);
  });

  test('storage that becomes unreadable later: memory mode, and no throw', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    store.markLessonStarted('konzert');
    storage.failure = 'disabled';
    store.markLessonStarted('kalter-rauch');
    const snapshot = store.getSnapshot();
    assert.equal(snapshot.mode, 'memory');
    assert.equal(snapshot.storageProblem, 'unavailable');
    assert.ok(snapshot.profile.lessons['kalter-rauch']);
    assert.ok(snapshot.profile.lessons.konzert, 'the progress shown before is kept');
  });
});

describe('several tabs', () => {
  test('two stores on one storage record attempts alternately and none is lost', () => {
    const storage = new MemoryStorage();
    const tabA = openStore(storage);
    const tabB = openStore(storage);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(tabA.recordAttempt(quizAttempt).id);
      ids.push(tabB.recordAttempt({ ...quizAttempt, passed: false }).id);
    }
    assert.equal(new Set(ids).size, 6);
    assert.deepEqual(storedRecord(storage).profiles[0]!.attempts.map((a) => a.id), ids);
    assert.equal(storedRecord(storage).profiles.length, 1);
  });

  test('an attempt overwritten by a simultaneous write in another tab is saved again when that write arrives', () => {
    const storage = new MemoryStorage();
    const tabA = openStore(storage);
    tabA.markLessonStarted('konzert');
    const tabB = openStore(storage);
    // Both tabs read the same record; B's write lands after A's without A's attempt (as between browser processes).
    const before = storage.getItem(PROGRESS_KEY)!;
    const fromA = tabA.recordAttempt(quizAttempt);
    const afterA = storage.getItem(PROGRESS_KEY)!;
    storage.setItem(PROGRESS_KEY, before);
    const fromB = tabB.recordAttempt({ ...quizAttempt, passed: false });
    assert.deepEqual(storedRecord(storage).profiles[0]!.attempts.map((a) => a.id), [fromB.id], 'A’s attempt was overwritten');
    assert.ok(afterA.includes(fromA.id));

    tabA.handleStorageEvent(PROGRESS_KEY);
    assert.deepEqual(storedRecord(storage).profiles[0]!.attempts.map((a) => a.id).sort(), [fromA.id, fromB.id].sort());
    // Hearing the event again adds nothing twice.
    tabA.handleStorageEvent(PROGRESS_KEY);
    assert.equal(storedRecord(storage).profiles[0]!.attempts.length, 2);
  });

  test('handleStorageEvent picks up another store\'s write and notifies', () => {
    const storage = new MemoryStorage();
    const tabA = openStore(storage);
    const tabB = openStore(storage);
    let notified = 0;
    tabB.subscribe(() => notified++);
    tabA.markLessonStarted('konzert');
    assert.equal(tabB.getSnapshot().profile.lessons.konzert, undefined, 'not before the event');
    tabB.handleStorageEvent(PROGRESS_KEY);
    assert.ok(tabB.getSnapshot().profile.lessons.konzert);
    assert.equal(notified, 1);
  });

  test('handleStorageEvent for another key changes nothing', () => {
    const store = openStore();
    const before = store.getSnapshot();
    let notified = 0;
    store.subscribe(() => notified++);
    store.handleStorageEvent('andere-app:daten');
    assert.equal(store.getSnapshot(), before);
    assert.equal(notified, 0);
  });
});

describe('guest mode', () => {
  test('signing out on a shared computer leaves the next person a fresh guest, and the saved profile untouched', () => {
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    const store = openStore(storage, session);
    store.markLessonStarted('konzert');
    const saved = storage.peek(PROGRESS_KEY);
    store.signOut();
    assert.equal(store.getSnapshot().mode, 'guest');
    assert.deepEqual(store.getSnapshot().profile.lessons, {});
    assert.equal(session.peek(GUEST_FLAG_KEY), '1');
    assert.equal(storage.peek(PROGRESS_KEY), saved);
    assert.equal(storage.peek(SIGNED_OUT_KEY), '1');
  });

  test('signing out holds for the whole browser: a new tab starts as a guest until a profile is picked', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    store.addProfile('Anna');
    store.signOut();
    const newTab = openStore(storage, new MemoryStorage());
    assert.equal(newTab.getSnapshot().mode, 'guest');
    newTab.leaveGuestMode(newTab.getSnapshot().savedProfiles[0]!.id);
    assert.equal(newTab.getSnapshot().profile.name, 'Mein Profil');
    assert.equal(openStore(storage, new MemoryStorage()).getSnapshot().mode, 'saved');
  });

  test('a tab that hears another tab sign out becomes a guest', () => {
    const storage = new MemoryStorage();
    const first = openStore(storage);
    const second = openStore(storage);
    first.signOut();
    second.handleStorageEvent(SIGNED_OUT_KEY);
    assert.equal(second.getSnapshot().mode, 'guest');
  });

  test('signing out a guest forgets everything that guest did', () => {
    const store = openStore();
    store.enterGuestMode();
    store.recordAttempt(quizAttempt);
    store.signOut();
    assert.equal(store.getSnapshot().profile.attempts.length, 0);
  });

  test('a guest sees the saved profiles and can continue as one of them', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    store.addProfile('Lena');
    const lena = store.getSnapshot().profile.id;
    store.switchProfile(store.getSnapshot().record.profiles[0]!.id);
    store.signOut();
    assert.deepEqual(store.getSnapshot().savedProfiles.map((p) => p.name), ['Mein Profil', 'Lena']);
    store.leaveGuestMode(lena);
    assert.equal(store.getSnapshot().mode, 'saved');
    assert.equal(store.getSnapshot().profile.name, 'Lena');
  });

  test('a guest\'s lessons and attempts are not stored', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    store.markLessonStarted('konzert');
    const before = storage.dump();
    store.enterGuestMode();
    store.addProfile('Noch ein Gast');
    store.markLessonStarted('kalter-rauch');
    store.recordAttempt(quizAttempt);
    assert.deepEqual(storage.dump(), before);
    const snapshot = store.getSnapshot();
    assert.equal(snapshot.mode, 'guest');
    assert.equal(snapshot.profile.attempts.length, 1);
  });

  test('a guest starts with an empty profile called "Gast"', () => {
    const store = openStore();
    store.markLessonStarted('konzert');
    store.enterGuestMode();
    assert.equal(store.getSnapshot().profile.name, 'Gast');
    assert.deepEqual(store.getSnapshot().profile.lessons, {});
  });

  test('entering guest mode sets the session flag, and a new store with that session starts as guest', () => {
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    openStore(storage, session).enterGuestMode();
    assert.equal(session.peek(GUEST_FLAG_KEY), '1');
    const reloaded = openStore(storage, session);
    assert.equal(reloaded.getSnapshot().mode, 'guest');
    reloaded.markLessonStarted('konzert');
    assert.deepEqual(storage.dump(), []);
  });

  test('leaving guest mode returns to the saved record and clears the flag', () => {
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    const store = openStore(storage, session);
    store.markLessonStarted('konzert');
    store.enterGuestMode();
    store.recordAttempt(quizAttempt);
    store.leaveGuestMode();
    const snapshot = store.getSnapshot();
    assert.equal(snapshot.mode, 'saved');
    assert.ok(snapshot.profile.lessons.konzert);
    assert.deepEqual(snapshot.profile.attempts, []);
    assert.equal(session.peek(GUEST_FLAG_KEY), null);
  });

  test('guest mode works without sessionStorage', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage, new MemoryStorage({ failure: 'disabled' }));
    store.enterGuestMode();
    store.markLessonStarted('konzert');
    assert.equal(store.getSnapshot().mode, 'guest');
    assert.deepEqual(storage.dump(), []);
  });
});

describe('export and import', () => {
  test('export then import into a fresh store reproduces lessons and attempts', () => {
    const home = openStore();
    home.markLessonStarted('konzert');
    home.recordAttempt(quizAttempt);
    home.markLessonStarted('kalter-rauch');
    const original = home.getSnapshot().profile;

    const schoolStorage = new MemoryStorage();
    const school = openStore(schoolStorage);
    const result = school.importText(home.exportText());
    assert.deepEqual(result, { ok: true, summary: { attemptsAdded: 1, lessonsStarted: 2, lessonsCompleted: 1 } });
    assert.deepEqual(school.getSnapshot().profile.lessons, original.lessons);
    assert.deepEqual(school.getSnapshot().profile.attempts, original.attempts);
    assert.deepEqual(storedRecord(schoolStorage).profiles[0]!.attempts, original.attempts);
  });

  test('the export holds only the active profile', () => {
    const store = openStore();
    store.addProfile('Lea');
    store.recordAttempt(quizAttempt);
    const exported = JSON.parse(store.exportText()) as { profiles: { name: string }[] };
    assert.deepEqual(exported.profiles.map((p) => p.name), ['Lea']);
  });

  test('importing the same file twice adds nothing the second time', () => {
    const home = openStore();
    home.recordAttempt(quizAttempt);
    const text = home.exportText();
    const school = openStore();
    school.importText(text);
    assert.deepEqual(school.importText(text), { ok: true, summary: { attemptsAdded: 0, lessonsStarted: 0, lessonsCompleted: 0 } });
    assert.equal(school.getSnapshot().profile.attempts.length, 1);
  });

  test('a version 1 file can be imported', () => {
    const store = openStore();
    const result = store.importText(JSON.stringify(recordV1()));
    assert.equal(result.ok, true);
    assert.equal(store.getSnapshot().profile.attempts.length, 1);
  });

  describe('refused files leave the progress unchanged', () => {
    function assertRefused(text: string, problem: RegExp) {
      const storage = new MemoryStorage();
      const store = openStore(storage);
      store.markLessonStarted('konzert');
      store.recordAttempt(quizAttempt);
      const storedBefore = storage.dump();
      const snapshotBefore = store.getSnapshot();

      const result = store.importText(text);
      assert.equal(result.ok, false);
      if (!result.ok) assert.match(result.problem, problem);
      assert.deepEqual(storage.dump(), storedBefore);
      assert.equal(store.getSnapshot(), snapshotBefore);
    }

    const validExport = JSON.stringify(record([profile({ attempts: [attempt({ id: 'fremd-1' })] })]));

    test('a file over 1 MB', () => {
      assertRefused(validExport + ' '.repeat(MAX_IMPORT_BYTES), /zu groß \(mehr als 1 MB\)/);
    });

    test('a file that is not JSON', () => {
      assertRefused('Das ist keine Fortschrittsdatei.', /kein gültiges JSON/);
    });

    test('a file with the wrong schema', () => {
      assertRefused(JSON.stringify({ ...record(), profiles: 'alle' }), /beschädigt/);
    });

    test('a file of another app', () => {
      assertRefused(JSON.stringify({ app: 'andere-app' }), /nicht von Rauchzeichen/);
    });

    test('a file from a newer version', () => {
      assertRefused(JSON.stringify({ ...record(), schemaVersion: 3 }), /neueren Version von Rauchzeichen \(Version 3\)/);
    });

    test('a file with a "__proto__" key', () => {
      assertRefused(validExport.replace(/}$/, ',"__proto__":{"polluted":true}}'), /unzulässigen Schlüssel "__proto__"/);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
    });

    test('an empty file', () => {
      assertRefused('', /kein gültiges JSON/);
    });
  });
});

describe('subscriptions and snapshots', () => {
  test('getSnapshot returns the same object until something changes', () => {
    const store = openStore();
    const first = store.getSnapshot();
    assert.equal(store.getSnapshot(), first);
    store.markLessonStarted('konzert');
    const second = store.getSnapshot();
    assert.notEqual(second, first);
    assert.equal(store.getSnapshot(), second);
  });

  test('a snapshot is not changed by later changes', () => {
    const store = openStore();
    const first = store.getSnapshot();
    store.markLessonStarted('konzert');
    assert.deepEqual(first.profile.lessons, {});
  });

  test('subscribers are notified of each change until they unsubscribe', () => {
    const store = openStore();
    const seen: number[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot().profile.attempts.length));
    store.recordAttempt(quizAttempt);
    store.recordAttempt(quizAttempt);
    unsubscribe();
    store.recordAttempt(quizAttempt);
    assert.deepEqual(seen, [1, 2]);
  });
});

describe('what the store writes stays readable', () => {
  /** A second store on the same storage, as after a reload: it must find the progress, not put it aside. */
  function assertReadableAfterReload(storage: MemoryStorage) {
    const reloaded = openStore(storage).getSnapshot();
    assert.deepEqual(reloaded.quarantined, [], 'nothing may be put aside');
    assert.deepEqual(quarantineKeys(storage), []);
    return reloaded;
  }

  test('an attempt with an over-long text answer does not make the progress unreadable', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    store.markLessonStarted('konzert');
    store.recordAttempt({
      ...quizAttempt,
      answers: { ...quizAttempt.answers, 'frage-2': { type: 'short-text', value: 'x'.repeat(600) } },
    });
    const reloaded = assertReadableAfterReload(storage);
    assert.equal(reloaded.profile.attempts.length, 1);
    assert.deepEqual(reloaded.profile.attempts[0]!.answers, quizAttempt.answers);
    assert.ok(reloaded.profile.lessons.konzert);
  });

  test('renaming a profile to a blank name keeps the old name and the progress readable', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    store.markLessonStarted('konzert');
    store.renameProfile(store.getSnapshot().profile.id, '   ');
    const reloaded = assertReadableAfterReload(storage);
    assert.equal(reloaded.profile.name, 'Mein Profil');
    assert.ok(reloaded.profile.lessons.konzert);
  });

  test('a profile added with a blank name gets a name and the progress stays readable', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    store.markLessonStarted('konzert');
    store.addProfile(' ');
    const reloaded = assertReadableAfterReload(storage);
    assert.equal(reloaded.record.profiles.length, 2);
    assert.ok(reloaded.profile.name.trim().length > 0);
  });
});

test('the stored text is the encoded record', () => {
  const storage = new MemoryStorage();
  const store = openStore(storage);
  store.markLessonStarted('konzert');
  assert.equal(storage.peek(PROGRESS_KEY), encodeRecord(store.getSnapshot().record));
});
