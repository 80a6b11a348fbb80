import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  activeProfile,
  addAttempt,
  addProfile,
  deleteProfile,
  exportableRecord,
  markLessonStarted,
  mergeIntoActive,
  renameProfile,
  resetActiveProfile,
  switchProfile,
} from './record';
import { lessonStatus } from './summary';
import { attempt, profile, record, testKey } from './test-records';

const T1 = '2025-03-01T10:00:00.000Z';
const T2 = '2025-03-02T10:00:00.000Z';
const T3 = '2025-03-03T10:00:00.000Z';

describe('markLessonStarted', () => {
  test('records the start time of a new lesson in the active profile', () => {
    const started = markLessonStarted(record(), 'konzert', T1);
    assert.deepEqual(activeProfile(started).lessons, { konzert: { startedAt: T1 } });
  });

  test('is idempotent: a second start keeps the first time and the same record', () => {
    const once = markLessonStarted(record(), 'konzert', T1);
    const twice = markLessonStarted(once, 'konzert', T2);
    assert.equal(twice, once);
    assert.equal(activeProfile(twice).lessons.konzert!.startedAt, T1);
  });

  test('leaves the record it was given unchanged', () => {
    const before = record();
    markLessonStarted(before, 'konzert', T1);
    assert.deepEqual(before, record());
  });

  test('changes only the active profile', () => {
    const two = record([profile(), profile({ id: 'profil-2', name: 'Lea' })], 'profil-2');
    const started = markLessonStarted(two, 'konzert', T1);
    assert.deepEqual(started.profiles[0]!.lessons, {});
    assert.deepEqual(started.profiles[1]!.lessons, { konzert: { startedAt: T1 } });
  });
});

describe('addAttempt', () => {
  test('adds the attempt to the active profile', () => {
    const added = addAttempt(record(), attempt({ at: T2 }));
    assert.deepEqual(activeProfile(added).attempts, [attempt({ at: T2 })]);
  });

  test('adds it to the profile named, which need not be active', () => {
    const two = record([profile(), profile({ id: 'profil-2', name: 'Lea' })], 'profil-2');
    const added = addAttempt(two, attempt(), 'profil-1');
    assert.equal(added.profiles[0]!.attempts.length, 1);
    assert.equal(added.profiles[1]!.attempts.length, 0);
  });

  test('a passed full attempt completes the lesson, as scoring its answers shows', () => {
    const done = addAttempt(markLessonStarted(record(), 'konzert', T1), attempt({ at: T2 }));
    assert.equal(lessonStatus(activeProfile(done), 'konzert', testKey).state, 'completed');
    assert.deepEqual(activeProfile(done).lessons, { konzert: { startedAt: T1 } }, 'no completion is stored');
  });

  test('the entry check and the final test create no lessons', () => {
    const tested = addAttempt(addAttempt(record(), attempt({ quizId: 'einstieg' })), attempt({ id: 'v2', quizId: 'abschluss', right: 10 }));
    assert.deepEqual(activeProfile(tested).lessons, {});
    assert.equal(activeProfile(tested).attempts.length, 2);
  });
});

test('resetActiveProfile clears lessons and attempts of the active profile only', () => {
  const other = profile({ id: 'profil-2', name: 'Lea', lessons: { konzert: { startedAt: T1 } } });
  const busy = addAttempt(record([profile(), other]), attempt());
  const reset = resetActiveProfile(busy);
  assert.deepEqual(activeProfile(reset).lessons, {});
  assert.deepEqual(activeProfile(reset).attempts, []);
  assert.deepEqual(reset.profiles[1], other);
  assert.equal(activeProfile(reset).name, 'Mein Profil');
});

describe('profiles', () => {
  test('addProfile adds an empty profile and makes it active', () => {
    const added = addProfile(record(), 'profil-2', '  Lea   Marie ', T1);
    assert.equal(added.profiles.length, 2);
    assert.equal(added.activeProfileId, 'profil-2');
    assert.deepEqual(activeProfile(added), { id: 'profil-2', name: 'Lea Marie', createdAt: T1, lessons: {}, attempts: [] });
  });

  test('addProfile cuts a name to 40 characters', () => {
    const added = addProfile(record(), 'profil-2', 'x'.repeat(60), T1);
    assert.equal(activeProfile(added).name.length, 40);
  });

  test('addProfile with a blank name falls back to "Mein Profil"', () => {
    const added = addProfile(record(), 'profil-2', ' \t ', T1);
    assert.equal(activeProfile(added).name, 'Mein Profil');
  });

  test('switchProfile activates an existing profile', () => {
    const two = addProfile(record(), 'profil-2', 'Lea', T1);
    assert.equal(switchProfile(two, 'profil-1').activeProfileId, 'profil-1');
  });

  test('switchProfile to an unknown profile changes nothing', () => {
    const two = addProfile(record(), 'profil-2', 'Lea', T1);
    assert.equal(switchProfile(two, 'niemand'), two);
  });

  test('renameProfile renames that profile and no other', () => {
    const two = addProfile(record(), 'profil-2', 'Lea', T1);
    const renamed = renameProfile(two, 'profil-1', ' Steffen ');
    assert.deepEqual(renamed.profiles.map((p) => p.name), ['Steffen', 'Lea']);
    assert.equal(renamed.activeProfileId, 'profil-2');
  });

  test('renameProfile to a blank name changes nothing', () => {
    const one = record();
    assert.equal(renameProfile(one, 'profil-1', '   '), one);
  });

  test('deleteProfile removes an inactive profile and keeps the active one', () => {
    const two = addProfile(record(), 'profil-2', 'Lea', T1);
    const deleted = deleteProfile(two, 'profil-1');
    assert.deepEqual(deleted.profiles.map((p) => p.id), ['profil-2']);
    assert.equal(deleted.activeProfileId, 'profil-2');
  });

  test('deleting the active profile activates the first remaining one', () => {
    const three = addProfile(addProfile(record(), 'profil-2', 'Lea', T1), 'profil-3', 'Ben', T2);
    const deleted = deleteProfile(three, 'profil-3');
    assert.deepEqual(deleted.profiles.map((p) => p.id), ['profil-1', 'profil-2']);
    assert.equal(deleted.activeProfileId, 'profil-1');
  });

  test('the last profile cannot be deleted', () => {
    const one = record();
    assert.equal(deleteProfile(one, 'profil-1'), one);
  });

  test('deleting an unknown profile changes nothing', () => {
    const two = addProfile(record(), 'profil-2', 'Lea', T1);
    assert.equal(deleteProfile(two, 'niemand'), two);
  });
});

describe('mergeIntoActive', () => {
  const imported = record([
    profile({
      id: 'fremd',
      name: 'Zuhause',
      lessons: { konzert: { startedAt: T1 }, 'kalter-rauch': { startedAt: T2 } },
      attempts: [attempt({ id: 'x1', at: T2 }), attempt({ id: 'x2', quizId: 'kalter-rauch', at: T3, right: 4 })],
    }),
  ]);
  const merge = (ours: ReturnType<typeof record>, theirs: ReturnType<typeof record>) => mergeIntoActive(ours, theirs, testKey);

  test('adds lessons and attempts to the active profile and counts them', () => {
    const { record: merged, summary } = merge(record(), imported);
    assert.deepEqual(summary, { attemptsAdded: 2, lessonsStarted: 2, lessonsCompleted: 1 });
    assert.deepEqual(activeProfile(merged).attempts.map((a) => a.id), ['x1', 'x2']);
    assert.deepEqual(activeProfile(merged).lessons, imported.profiles[0]!.lessons);
    assert.equal(merged.profiles.length, 1, 'the imported profile is merged, not added');
  });

  test('importing the same progress twice changes nothing the second time', () => {
    const once = merge(record(), imported).record;
    const twice = merge(once, imported);
    assert.equal(twice.record, once);
    assert.deepEqual(twice.summary, { attemptsAdded: 0, lessonsStarted: 0, lessonsCompleted: 0 });
  });

  test('an attempt already present (same id) is not added again', () => {
    const ours = record([profile({ attempts: [attempt({ id: 'x1', at: T2 })], lessons: { konzert: { startedAt: T1 } } })]);
    const { record: merged, summary } = merge(ours, imported);
    assert.equal(summary.attemptsAdded, 1);
    assert.deepEqual(activeProfile(merged).attempts.map((a) => a.id), ['x1', 'x2']);
  });

  test('attempts end up in time order', () => {
    const ours = record([profile({ attempts: [attempt({ id: 'spaet', at: '2025-03-05T10:00:00.000Z' })] })]);
    const merged = merge(ours, imported).record;
    assert.deepEqual(activeProfile(merged).attempts.map((a) => a.id), ['x1', 'x2', 'spaet']);
  });

  test('keeps the earlier start of a lesson from either side', () => {
    const ours = record([profile({ lessons: { konzert: { startedAt: T2 } } })]);
    const merged = merge(ours, imported).record;
    assert.deepEqual(activeProfile(merged).lessons.konzert, { startedAt: T1 });
  });

  test('an earlier start alone is kept even when nothing else is new', () => {
    const ours = record([profile({ lessons: { konzert: { startedAt: T2 } } })]);
    const earlierStart = record([profile({ id: 'fremd', lessons: { konzert: { startedAt: T1 } } })]);
    const merged = merge(ours, earlierStart).record;
    assert.equal(activeProfile(merged).lessons.konzert!.startedAt, T1);
  });

  test('our earlier times win over later imported ones', () => {
    const ours = record([profile({ lessons: { konzert: { startedAt: '2025-02-01T10:00:00.000Z' } } })]);
    const merged = merge(ours, imported).record;
    assert.deepEqual(activeProfile(merged).lessons.konzert, { startedAt: '2025-02-01T10:00:00.000Z' });
  });

  test('a lesson completed here and there is not counted as newly completed', () => {
    const ours = record([profile({ lessons: { konzert: { startedAt: T1 } }, attempts: [attempt({ id: 'hier', at: T1 })] })]);
    assert.equal(merge(ours, imported).summary.lessonsCompleted, 0);
  });

  test('the entry check and the final test are not counted as lessons', () => {
    const tests = record([profile({ id: 'fremd', attempts: [attempt({ id: 'e', quizId: 'einstieg' }), attempt({ id: 'f', quizId: 'abschluss', right: 10 }), attempt({ id: 'k', right: 3 })] })]);
    assert.deepEqual(merge(record(), tests).summary, { attemptsAdded: 3, lessonsStarted: 1, lessonsCompleted: 0 });
  });

  test('merges into the active profile only', () => {
    const two = record([profile(), profile({ id: 'profil-2', name: 'Lea' })], 'profil-2');
    const merged = merge(two, imported).record;
    assert.deepEqual(merged.profiles[0]!.attempts, []);
    assert.equal(merged.profiles[1]!.attempts.length, 2);
  });
});

test('exportableRecord keeps only the active profile', () => {
  const lea = profile({ id: 'profil-2', name: 'Lea', attempts: [attempt()] });
  const exported = exportableRecord(record([profile(), lea], 'profil-2'));
  assert.deepEqual(exported.profiles, [lea]);
  assert.equal(exported.activeProfileId, 'profil-2');
});
