import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeRecord, type ProgressDecoder } from './codec';
import { decodeText, progressDecoder } from './decode';
import type { Attempt } from './schema';
import {
  createProgressStore,
  GUEST_FLAG_KEY,
  GUEST_RECORD_KEY,
  SESSION_PROFILE_KEY,
  SIGNED_OUT_KEY,
  MAX_IMPORT_BYTES,
  PROGRESS_KEY,
  QUARANTINE_PREFIX,
  type ProgressStore,
  type StorageLike,
} from './store';
import { MemoryStorage } from './test-storage';
import { lessonStatus } from './summary';
import type { Profile } from './schema';
import { answersWith, attempt, attemptV2, profile, record, recordV1, recordV2, testKey } from './test-records';

let storeCount = 0;

/** A store on the given storage with a ticking clock and ids unique across stores. */
function openStore(storage: StorageLike | (() => StorageLike) = new MemoryStorage(), session: StorageLike = new MemoryStorage()): ProgressStore {
  const prefix = `s${++storeCount}`;
  let ids = 0;
  let clock = Date.parse('2025-03-01T10:00:00.000Z');
  return createProgressStore({
    scoringKey: testKey,
    storage: typeof storage === 'function' ? storage : () => storage,
    session: () => session,
    now: () => new Date((clock += 1000)),
    newId: () => `${prefix}-id-${++ids}`,
    decoder: progressDecoder,
  });
}

/**
 * A store with a learner in a saved profile, as a pupil has it after "Profil anlegen": a fresh browser
 * gets "Mein Profil" created on purpose, and a profile left signed in is confirmed ("Bist du …? – Ja").
 */
function openLearner(storage: StorageLike | (() => StorageLike) = new MemoryStorage(), session: StorageLike = new MemoryStorage()): ProgressStore {
  const store = openStore(storage, session);
  const { mode, savedProfiles, pendingProfile } = store.getSnapshot();
  if (pendingProfile) store.switchProfile(pendingProfile.id);
  else if (mode === 'guest' && savedProfiles.length === 0) store.addProfile('Mein Profil');
  return store;
}

/** A passed full attempt at the quiz of "konzert" (80 %). */
const quizAttempt: Omit<Attempt, 'id' | 'at'> = { quizId: 'konzert', mode: 'full', answers: answersWith(8) };

const completed = (profile: Profile, lesson: string) => lessonStatus(profile, lesson, testKey).state === 'completed';

/** The record stored under PROGRESS_KEY, decoded; fails the test if it is not a valid record. */
function storedRecord(storage: MemoryStorage) {
  const decoded = decodeText(storage.peek(PROGRESS_KEY), () => 'x', () => '2025-01-01T00:00:00.000Z', testKey);
  assert.equal(decoded.kind, 'ok', `expected a valid record under ${PROGRESS_KEY}, got ${storage.peek(PROGRESS_KEY)}`);
  return decoded.kind === 'ok' ? decoded.record : record();
}

function quarantineKeys(storage: MemoryStorage): string[] {
  return storage.keysStartingWith(QUARANTINE_PREFIX);
}

describe('a fresh store', () => {
  test('starts as a guest: no profile is made up, nothing listed, no storage problem', () => {
    const { mode, profile: active, savedProfiles, pendingProfile, storageProblem, quarantined, migratedFrom } = openStore().getSnapshot();
    assert.equal(mode, 'guest');
    assert.equal(active.name, 'Gast');
    assert.deepEqual(active.lessons, {});
    assert.deepEqual(savedProfiles, []);
    assert.equal(pendingProfile, null);
    assert.equal(storageProblem, null);
    assert.deepEqual(quarantined, []);
    assert.equal(migratedFrom, null);
  });

  test('with nothing stored, showing the page, a guest’s steps and saving an attempt never ask the decoder (the schemas need not load)', () => {
    const unloaded: ProgressDecoder = {
      decodeValue: () => assert.fail('decodeValue asked'),
      decodeText: () => assert.fail('decodeText asked'),
    };
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    const store = createProgressStore({ scoringKey: testKey, storage: () => storage, session: () => session, decoder: unloaded });
    assert.equal(store.getSnapshot().mode, 'guest');
    store.markLessonStarted('konzert');
    store.recordAttempt(quizAttempt);
    store.handleStorageEvent(SIGNED_OUT_KEY);
    store.enterGuestMode();
    assert.deepEqual(Object.keys(store.getSnapshot().profile.lessons), ['konzert']);
    assert.equal(store.getSnapshot().profile.attempts.length, 1);
  });

  test('writes nothing to localStorage until a profile is created', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    store.markLessonStarted('konzert');
    store.recordAttempt(quizAttempt);
    store.handleStorageEvent(PROGRESS_KEY);
    assert.deepEqual(storage.dump(), []);
  });

  test('what the learner did before creating a profile goes into the new profile', () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    store.markLessonStarted('konzert');
    const recorded = store.recordAttempt(quizAttempt);
    store.addProfile('Ayla');
    const saved = storedRecord(storage);
    assert.deepEqual(saved.profiles.map((p) => p.name), ['Ayla']);
    assert.deepEqual(saved.profiles[0]!.attempts, [recorded]);
    assert.ok(completed(saved.profiles[0]!, 'konzert'));
    assert.equal(store.getSnapshot().mode, 'saved');
  });

  test('a guest keeps their progress over a reload of the tab (sessionStorage), not in localStorage', () => {
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    openStore(storage, session).recordAttempt(quizAttempt);
    const reloaded = openStore(storage, session);
    assert.equal(reloaded.getSnapshot().mode, 'guest');
    assert.equal(reloaded.getSnapshot().profile.attempts.length, 1);
    assert.deepEqual(storage.dump(), []);
    assert.equal(openStore(storage, new MemoryStorage()).getSnapshot().profile.attempts.length, 0, 'a new tab starts empty');
  });
});

describe('saving', () => {
  test('markLessonStarted is saved under the progress key', () => {
    const storage = new MemoryStorage();
    const store = openLearner(storage);
    store.markLessonStarted('konzert');
    assert.ok(storedRecord(storage).profiles[0]!.lessons.konzert);
    assert.ok(store.getSnapshot().profile.lessons.konzert);
  });

  test('a recorded attempt is saved and completes the lesson when passed', () => {
    const storage = new MemoryStorage();
    const store = openLearner(storage);
    const recorded = store.recordAttempt(quizAttempt);
    const saved = storedRecord(storage).profiles[0]!;
    assert.deepEqual(saved.attempts, [recorded]);
    assert.ok(completed(saved, 'konzert'));
  });

  test('a new store on the same storage reads what was saved', () => {
    const storage = new MemoryStorage();
    openLearner(storage).markLessonStarted('konzert');
    assert.ok(openLearner(storage).getSnapshot().profile.lessons.konzert);
  });

  test('profile changes are saved', () => {
    const storage = new MemoryStorage();
    const store = openLearner(storage);
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
    const store = openLearner(storage);
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
    const store = openLearner(storage);
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
    assertQuarantined(JSON.stringify({ ...record(), schemaVersion: 4, neu: true }), /neueren Version.*Version 4/);
  });

  test('a record that breaks the schema is copied aside', () => {
    assertQuarantined(JSON.stringify(record([profile({ name: '' })])), /beschädigt/);
  });

  test('quarantined data is listed by a second store too', () => {
    const storage = new MemoryStorage();
    storage.seed(PROGRESS_KEY, 'kaputt');
    openLearner(storage).getSnapshot();
    const second = openLearner(storage).getSnapshot();
    assert.equal(second.quarantined.length, 1);
    assert.equal(second.quarantined[0]!.raw, 'kaputt');
    assert.equal(quarantineKeys(storage).length, 1, 'nothing is put aside twice');
  });

  test('two pieces of data put aside at the same moment get different keys', () => {
    const storage = new MemoryStorage();
    const fixedClock = { scoringKey: testKey, storage: () => storage, now: () => new Date('2025-03-01T10:00:00.000Z'), newId: () => 'p', decoder: progressDecoder };
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
    const store = openLearner(storage);

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
    const store = openLearner(storage);
    const key = store.getSnapshot().quarantined[0]!.key;
    store.discardQuarantined(key);
    assert.equal(storage.peek(key), null);
    assert.deepEqual(store.getSnapshot().quarantined, []);
  });

  test('discardQuarantined removes a copy kept only in memory', () => {
    const storage = new MemoryStorage({ failure: 'quota' });
    storage.seed(PROGRESS_KEY, 'kaputt');
    const store = openLearner(storage);
    const key = store.getSnapshot().quarantined[0]!.key;
    store.discardQuarantined(key);
    assert.deepEqual(store.getSnapshot().quarantined, []);
    assert.equal(storage.peek(PROGRESS_KEY), 'kaputt');
  });
});

describe('migration', () => {
  test('version 1 data is migrated (migratedFrom 1) and written back as version 3', () => {
    const storage = new MemoryStorage();
    const old = recordV1();
    storage.seed(PROGRESS_KEY, JSON.stringify(old));
    const snapshot = openLearner(storage).getSnapshot();

    assert.equal(snapshot.migratedFrom, 1);
    assert.equal(snapshot.rescored, null);
    assert.equal(snapshot.mode, 'saved');
    assert.equal(snapshot.profile.name, 'Mein Profil');
    assert.deepEqual(snapshot.profile.lessons, { konzert: { startedAt: old.lessons.konzert.startedAt } });
    assert.deepEqual(snapshot.profile.attempts.map((a) => a.answers), old.attempts.map((a) => a.answers));
    assert.ok(completed(snapshot.profile, 'konzert'));
    const saved = storedRecord(storage);
    assert.equal(saved.schemaVersion, 3);
    assert.deepEqual(saved.profiles[0]!.attempts, snapshot.profile.attempts);
    assert.deepEqual(quarantineKeys(storage), []);
  });

  test('version 2 data with faked points is rescored, the learner is told, and it is written back as version 3', () => {
    const storage = new MemoryStorage();
    const faked = attemptV2({ right: 4, points: 10, percent: 100, passed: true });
    storage.seed(PROGRESS_KEY, JSON.stringify(recordV2([faked], { konzert: { startedAt: faked.at, completedAt: faked.at } })));
    storage.seed(SESSION_PROFILE_KEY, 'profil-1');
    const snapshot = openStore(storage, storage).getSnapshot();

    assert.equal(snapshot.migratedFrom, 2);
    assert.deepEqual(snapshot.rescored, { attempts: 1, lessons: 1 });
    assert.equal(snapshot.mode, 'saved');
    const status = lessonStatus(snapshot.profile, 'konzert', testKey);
    assert.equal(status.bestPercent, 40, 'the real score, not the stored 100 %');
    assert.equal(status.state, 'in-progress');
    assert.equal(storedRecord(storage).schemaVersion, 3);
    assert.ok(!storage.peek(PROGRESS_KEY)!.includes('"percent"'), 'no stored number is left to fake');
  });

  test('the migrated profile keeps its id across later changes', () => {
    const storage = new MemoryStorage();
    storage.seed(PROGRESS_KEY, JSON.stringify(recordV1()));
    const store = openLearner(storage);
    const id = store.getSnapshot().profile.id;
    store.markLessonStarted('kalter-rauch');
    assert.equal(store.getSnapshot().profile.id, id);
    assert.equal(storedRecord(storage).profiles.length, 1);
  });
});

describe('storage that fails', () => {
  test('disabled storage (every access throws): memory mode, "unavailable"', () => {
    const store = openLearner(new MemoryStorage({ failure: 'disabled' }));
    const snapshot = store.getSnapshot();
    assert.equal(snapshot.mode, 'memory');
    assert.equal(snapshot.storageProblem, 'unavailable');
  });

  test('a storage getter that throws (SecurityError): memory mode, "unavailable"', () => {
    const store = openLearner(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    assert.equal(store.getSnapshot().mode, 'memory');
    assert.equal(store.getSnapshot().storageProblem, 'unavailable');
  });

  test('with disabled storage every operation works in memory and none throws', () => {
    const store = openLearner(new MemoryStorage({ failure: 'disabled' }), new MemoryStorage({ failure: 'disabled' }));
    store.markLessonStarted('konzert');
    store.recordAttempt(quizAttempt);
    store.addProfile('Lea');
    const lea = store.getSnapshot().profile.id;
    store.renameProfile(lea, 'Lea Marie');
    store.switchProfile(store.getSnapshot().record.profiles[0]!.id);
    assert.ok(completed(store.getSnapshot().profile, 'konzert'));
    assert.equal(store.getSnapshot().profile.attempts.length, 1);
    const exported = store.exportText();
    store.deleteProfile(lea);
    store.resetActiveProfile();
    assert.deepEqual(store.importText(exported), { ok: true, summary: { attemptsAdded: 1, lessonsStarted: 1, lessonsCompleted: 1 } });
    store.enterGuestMode();
    store.switchProfile(store.getSnapshot().savedProfiles[0]!.id);
    store.discardQuarantined(`${QUARANTINE_PREFIX}x`);
    store.handleStorageEvent(PROGRESS_KEY);
    assert.equal(store.getSnapshot().mode, 'memory');
    assert.equal(store.getSnapshot().profile.attempts.length, 1);
  });

  test('storage full on the first write: memory mode, "full", and the change is kept', () => {
    const storage = new MemoryStorage({ failure: 'quota' });
    const store = openStore(storage);
    store.markLessonStarted('konzert');
    store.addProfile('Ayla');
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
    const store = openLearner(storage);
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
    const store = openLearner(storage);
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
    const tabA = openLearner(storage);
    const tabB = openLearner(storage);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      ids.push(tabA.recordAttempt(quizAttempt).id);
      ids.push(tabB.recordAttempt({ ...quizAttempt, answers: answersWith(2) }).id);
    }
    assert.equal(new Set(ids).size, 6);
    assert.deepEqual(storedRecord(storage).profiles[0]!.attempts.map((a) => a.id), ids);
    assert.equal(storedRecord(storage).profiles.length, 1);
  });

  test('an attempt overwritten by a simultaneous write in another tab is saved again when that write arrives', () => {
    const storage = new MemoryStorage();
    const tabA = openLearner(storage);
    tabA.markLessonStarted('konzert');
    const tabB = openLearner(storage);
    // Both tabs read the same record; B's write lands after A's without A's attempt (as between browser processes).
    const before = storage.getItem(PROGRESS_KEY)!;
    const fromA = tabA.recordAttempt(quizAttempt);
    const afterA = storage.getItem(PROGRESS_KEY)!;
    storage.setItem(PROGRESS_KEY, before);
    const fromB = tabB.recordAttempt({ ...quizAttempt, answers: answersWith(2) });
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
    const tabA = openLearner(storage);
    const tabB = openLearner(storage);
    let notified = 0;
    tabB.subscribe(() => notified++);
    tabA.markLessonStarted('konzert');
    assert.equal(tabB.getSnapshot().profile.lessons.konzert, undefined, 'not before the event');
    tabB.handleStorageEvent(PROGRESS_KEY);
    assert.ok(tabB.getSnapshot().profile.lessons.konzert);
    assert.equal(notified, 1);
  });

  test('handleStorageEvent for another key changes nothing', () => {
    const store = openLearner();
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
    const store = openLearner(storage, session);
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
    const store = openLearner(storage);
    store.addProfile('Anna');
    store.signOut();
    const newTab = openLearner(storage, new MemoryStorage());
    assert.equal(newTab.getSnapshot().mode, 'guest');
    assert.equal(newTab.getSnapshot().pendingProfile, null, 'after "Abmelden" nobody is asked for or preselected');
    assert.ok(newTab.switchProfile(newTab.getSnapshot().savedProfiles[0]!.id));
    assert.equal(newTab.getSnapshot().profile.name, 'Mein Profil');
    assert.equal(openStore(storage, new MemoryStorage()).getSnapshot().pendingProfile?.name, 'Mein Profil');
  });

  test('a tab that hears another tab sign out becomes a guest', () => {
    const storage = new MemoryStorage();
    const first = openLearner(storage);
    const second = openLearner(storage);
    first.signOut();
    second.handleStorageEvent(SIGNED_OUT_KEY);
    assert.equal(second.getSnapshot().mode, 'guest');
  });

  test('signing out a guest forgets everything that guest did', () => {
    const store = openLearner();
    store.enterGuestMode();
    store.recordAttempt(quizAttempt);
    store.signOut();
    assert.equal(store.getSnapshot().profile.attempts.length, 0);
  });

  test('a guest sees the saved profiles and can continue as one of them', () => {
    const storage = new MemoryStorage();
    const store = openLearner(storage);
    store.addProfile('Lena');
    const lena = store.getSnapshot().profile.id;
    store.switchProfile(store.getSnapshot().record.profiles[0]!.id);
    store.signOut();
    assert.deepEqual(store.getSnapshot().savedProfiles.map((p) => p.name), ['Mein Profil', 'Lena']);
    assert.ok(store.switchProfile(lena));
    assert.equal(store.getSnapshot().mode, 'saved');
    assert.equal(store.getSnapshot().profile.name, 'Lena');
  });

  test('a guest\'s lessons and attempts are not stored', () => {
    const storage = new MemoryStorage();
    const store = openLearner(storage);
    store.markLessonStarted('konzert');
    const before = storage.dump();
    store.enterGuestMode();
    store.markLessonStarted('kalter-rauch');
    store.recordAttempt(quizAttempt);
    assert.deepEqual(storage.dump(), before);
    const snapshot = store.getSnapshot();
    assert.equal(snapshot.mode, 'guest');
    assert.equal(snapshot.profile.attempts.length, 1);
  });

  test('a guest starts with an empty profile called "Gast"', () => {
    const store = openLearner();
    store.markLessonStarted('konzert');
    store.enterGuestMode();
    assert.equal(store.getSnapshot().profile.name, 'Gast');
    assert.deepEqual(store.getSnapshot().profile.lessons, {});
  });

  test('entering guest mode sets the session flag, and a new store with that session starts as guest', () => {
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    openLearner(storage, session).enterGuestMode();
    assert.equal(session.peek(GUEST_FLAG_KEY), '1');
    const before = storage.dump();
    const reloaded = openLearner(storage, session);
    assert.equal(reloaded.getSnapshot().mode, 'guest');
    reloaded.markLessonStarted('konzert');
    assert.deepEqual(storage.dump(), before);
  });

  test('a guest who opens their profile takes the guest\'s progress along and clears the flag', () => {
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    const store = openLearner(storage, session);
    store.markLessonStarted('konzert');
    store.enterGuestMode();
    const recorded = store.recordAttempt(quizAttempt);
    assert.ok(store.switchProfile(store.getSnapshot().savedProfiles[0]!.id));
    const snapshot = store.getSnapshot();
    assert.equal(snapshot.mode, 'saved');
    assert.ok(snapshot.profile.lessons.konzert);
    assert.deepEqual(snapshot.profile.attempts, [recorded]);
    assert.equal(session.peek(GUEST_FLAG_KEY), null);
    assert.equal(session.peek(GUEST_RECORD_KEY), null);
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
    const home = openLearner();
    home.markLessonStarted('konzert');
    home.recordAttempt(quizAttempt);
    home.markLessonStarted('kalter-rauch');
    const original = home.getSnapshot().profile;

    const schoolStorage = new MemoryStorage();
    const school = openLearner(schoolStorage);
    const result = school.importText(home.exportText());
    assert.deepEqual(result, { ok: true, summary: { attemptsAdded: 1, lessonsStarted: 2, lessonsCompleted: 1 } });
    assert.deepEqual(school.getSnapshot().profile.lessons, original.lessons);
    assert.deepEqual(school.getSnapshot().profile.attempts, original.attempts);
    assert.deepEqual(storedRecord(schoolStorage).profiles[0]!.attempts, original.attempts);
  });

  test('the export holds only the active profile', () => {
    const store = openLearner();
    store.addProfile('Lea');
    store.recordAttempt(quizAttempt);
    const exported = JSON.parse(store.exportText()) as { profiles: { name: string }[] };
    assert.deepEqual(exported.profiles.map((p) => p.name), ['Lea']);
  });

  test('importing the same file twice adds nothing the second time', () => {
    const home = openLearner();
    home.recordAttempt(quizAttempt);
    const text = home.exportText();
    const school = openLearner();
    school.importText(text);
    assert.deepEqual(school.importText(text), { ok: true, summary: { attemptsAdded: 0, lessonsStarted: 0, lessonsCompleted: 0 } });
    assert.equal(school.getSnapshot().profile.attempts.length, 1);
  });

  test('a version 1 file can be imported', () => {
    const store = openLearner();
    const result = store.importText(JSON.stringify(recordV1()));
    assert.equal(result.ok, true);
    assert.equal(store.getSnapshot().profile.attempts.length, 1);
  });

  test('a version 2 file with the entry check, the final test and one lesson counts one lesson started', () => {
    const T = '2025-02-01T10:00:00.000Z';
    const file = recordV2(
      [attemptV2({ id: 'e', quizId: 'einstieg', at: T }), attemptV2({ id: 'k', at: T, right: 5 }), attemptV2({ id: 'a', quizId: 'abschluss', at: T, right: 9 })],
      { einstieg: { startedAt: T, completedAt: T }, konzert: { startedAt: T }, abschluss: { startedAt: T, completedAt: T } },
    );
    const store = openLearner();
    assert.deepEqual(store.importText(JSON.stringify(file)), { ok: true, summary: { attemptsAdded: 3, lessonsStarted: 1, lessonsCompleted: 0 } });
    assert.deepEqual(Object.keys(store.getSnapshot().profile.lessons), ['konzert']);
    assert.equal(store.getSnapshot().rescored, null);
  });

  test('a version 2 file with faked points is imported with its real scores, and the learner is told', () => {
    const store = openLearner();
    const file = recordV2([attemptV2({ quizId: 'abschluss', right: 3, points: 10, percent: 100, passed: true })]);
    assert.equal(store.importText(JSON.stringify(file)).ok, true);
    assert.deepEqual(store.getSnapshot().rescored, { attempts: 1, lessons: 0 });
    const attempts = store.getSnapshot().profile.attempts;
    assert.equal(attempts.length, 1);
    assert.ok(!('percent' in attempts[0]!));
  });

  describe('refused files leave the progress unchanged', () => {
    function assertRefused(text: string, problem: RegExp) {
      const storage = new MemoryStorage();
      const store = openLearner(storage);
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
      assertRefused(JSON.stringify({ ...record(), schemaVersion: 4 }), /neueren Version von Rauchzeichen \(Version 4\)/);
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
    const store = openLearner();
    const first = store.getSnapshot();
    assert.equal(store.getSnapshot(), first);
    store.markLessonStarted('konzert');
    const second = store.getSnapshot();
    assert.notEqual(second, first);
    assert.equal(store.getSnapshot(), second);
  });

  test('a snapshot is not changed by later changes', () => {
    const store = openLearner();
    const first = store.getSnapshot();
    store.markLessonStarted('konzert');
    assert.deepEqual(first.profile.lessons, {});
  });

  test('subscribers are notified of each change until they unsubscribe', () => {
    const store = openLearner();
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
    const reloaded = openLearner(storage).getSnapshot();
    assert.deepEqual(reloaded.quarantined, [], 'nothing may be put aside');
    assert.deepEqual(quarantineKeys(storage), []);
    return reloaded;
  }

  test('an attempt with an over-long text answer does not make the progress unreadable', () => {
    const storage = new MemoryStorage();
    const store = openLearner(storage);
    store.markLessonStarted('konzert');
    store.recordAttempt({
      ...quizAttempt,
      answers: { ...quizAttempt.answers, freitext: { type: 'short-text', value: 'x'.repeat(600) } },
    });
    const reloaded = assertReadableAfterReload(storage);
    assert.equal(reloaded.profile.attempts.length, 1);
    assert.deepEqual(reloaded.profile.attempts[0]!.answers, quizAttempt.answers);
    assert.ok(reloaded.profile.lessons.konzert);
  });

  test('renaming a profile to a blank name keeps the old name and the progress readable', () => {
    const storage = new MemoryStorage();
    const store = openLearner(storage);
    store.markLessonStarted('konzert');
    store.renameProfile(store.getSnapshot().profile.id, '   ');
    const reloaded = assertReadableAfterReload(storage);
    assert.equal(reloaded.profile.name, 'Mein Profil');
    assert.ok(reloaded.profile.lessons.konzert);
  });

  test('a profile added with a blank name gets a name and the progress stays readable', () => {
    const storage = new MemoryStorage();
    const store = openLearner(storage);
    store.markLessonStarted('konzert');
    store.addProfile(' ');
    const reloaded = assertReadableAfterReload(storage);
    assert.equal(reloaded.record.profiles.length, 2);
    assert.ok(reloaded.profile.name.trim().length > 0);
  });
});

test('the stored text is the encoded record', () => {
  const storage = new MemoryStorage();
  const store = openLearner(storage);
  store.markLessonStarted('konzert');
  assert.equal(storage.peek(PROGRESS_KEY), encodeRecord(store.getSnapshot().record));
});

describe('a shared computer: restart question, PIN, forgotten PIN', () => {
  test('a profile left signed in is not shown after a browser restart until "Bist du …? – Ja"', () => {
    const storage = new MemoryStorage();
    const session = new MemoryStorage();
    const ayla = openStore(storage, session);
    ayla.addProfile('Ayla');
    ayla.recordAttempt(quizAttempt);
    assert.equal(openStore(storage, session).getSnapshot().mode, 'saved', 'a reload keeps Ayla signed in');

    const restarted = openStore(storage, new MemoryStorage());
    const snapshot = restarted.getSnapshot();
    assert.equal(snapshot.mode, 'guest');
    assert.equal(snapshot.pendingProfile?.name, 'Ayla');
    assert.deepEqual(snapshot.profile.attempts, [], 'nothing of Ayla is shown before the answer');
    assert.ok(!restarted.exportText().includes('Ayla'), 'nor exported');
    assert.ok(restarted.switchProfile(snapshot.pendingProfile!.id));
    assert.equal(restarted.getSnapshot().profile.attempts.length, 1);
  });

  test('"Nein, ich bin jemand anderes" signs out: nobody is asked for or preselected', () => {
    const storage = new MemoryStorage();
    openLearner(storage).addProfile('Ayla');
    const restarted = openStore(storage, new MemoryStorage());
    restarted.signOut();
    assert.equal(restarted.getSnapshot().pendingProfile, null);
    assert.equal(openStore(storage, new MemoryStorage()).getSnapshot().pendingProfile, null);
  });

  test('a profile with a PIN opens only with that PIN, and switchProfile cannot bypass it', async () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    await store.createProfile('Ayla', '4711');
    store.recordAttempt(quizAttempt);
    const stored = storedRecord(storage).profiles[0]!;
    assert.match(stored.pin!.hash, /^[0-9a-f]{64}$/);
    assert.ok(!storage.peek(PROGRESS_KEY)!.includes('4711'), 'the PIN itself is never stored');
    store.signOut();

    const ben = openStore(storage, new MemoryStorage());
    const [entry] = ben.getSnapshot().savedProfiles;
    assert.deepEqual(entry, { id: stored.id, name: 'Ayla', hasPin: true });
    assert.equal(ben.switchProfile(entry!.id), false);
    assert.deepEqual(await ben.openProfile(entry!.id), { ok: false, problem: 'wrong-pin' });
    assert.deepEqual(await ben.openProfile(entry!.id, '1234'), { ok: false, problem: 'wrong-pin' });
    assert.equal(ben.getSnapshot().mode, 'guest');
    assert.equal(ben.getSnapshot().profile.attempts.length, 0);
    assert.ok(!ben.exportText().includes(quizAttempt.quizId), 'nothing of Ayla can be exported');

    assert.deepEqual(await ben.openProfile(entry!.id, '4711'), { ok: true });
    assert.equal(ben.getSnapshot().profile.attempts.length, 1);
    assert.ok(!ben.exportText().includes('"pin"'), 'the export leaves the PIN hash behind');
  });

  test('setPin and removePin change only the open profile', async () => {
    const storage = new MemoryStorage();
    const store = openLearner(storage);
    await store.setPin('12');
    assert.equal(storedRecord(storage).profiles[0]!.pin, undefined, 'not four digits: no PIN');
    await store.setPin('2580');
    assert.ok(storedRecord(storage).profiles[0]!.pin);
    store.removePin();
    assert.equal(storedRecord(storage).profiles[0]!.pin, undefined);
  });

  test('a forgotten PIN: the profile can be deleted (after a confirmation on the page), never opened', async () => {
    const storage = new MemoryStorage();
    const store = openStore(storage);
    await store.createProfile('Ayla', '4711');
    store.addProfile('Ben');
    store.signOut();
    const ayla = store.getSnapshot().savedProfiles.find((p) => p.name === 'Ayla')!;
    store.forgetProfile(ayla.id);
    assert.deepEqual(storedRecord(storage).profiles.map((p) => p.name), ['Ben']);
    store.forgetProfile(store.getSnapshot().savedProfiles[0]!.id);
    assert.equal(storage.peek(PROGRESS_KEY), null, 'the last profile deleted leaves nothing saved');
    assert.deepEqual(store.getSnapshot().savedProfiles, []);
    assert.equal(store.getSnapshot().mode, 'guest');
  });

  test('the tab remembers the opened profile only in sessionStorage', () => {
    const session = new MemoryStorage();
    const store = openStore(new MemoryStorage(), session);
    store.addProfile('Ayla');
    assert.equal(session.peek(SESSION_PROFILE_KEY), store.getSnapshot().profile.id);
    store.signOut();
    assert.equal(session.peek(SESSION_PROFILE_KEY), null);
  });
});
