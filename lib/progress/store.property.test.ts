import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Answer, AnswerSheet } from '../quiz/answers';
import { encodeRecord } from './codec';
import { decodeText, progressDecoder } from './decode';
import { APP_ID, CURRENT_SCHEMA_VERSION, type Attempt, type AttemptV2, type LessonProgress, type Profile, type ProgressRecord } from './schema';
import { createProgressStore, PROGRESS_KEY, QUARANTINE_PREFIX, SESSION_PROFILE_KEY } from './store';
import { certificateAttempt, continueTarget, lessonStatus, quizStatus } from './summary';
import { scoreQuiz } from '../quiz/score';
import { quizById } from '../quiz/scoring-key';
import { MemoryStorage } from './test-storage';
import { testKey } from './test-records';

const RUNS = { numRuns: 200 };

// ---- Arbitraries for valid progress records -------------------------------------------------

/** Keys the codec refuses anywhere in stored JSON, so they cannot be lesson or question ids. */
const refusedKeys = new Set(['__proto__', 'constructor', 'prototype']);
const slug = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,2}$/).filter((s) => !refusedKeys.has(s));
const shortId = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }).filter((s) => s.length <= 100);
const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00.000Z'), max: new Date('2100-01-01T00:00:00.000Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
/** JSON has no -0; it reads back as 0, which is the same number to a learner. */
const noNegativeZero = (n: number) => (Object.is(n, -0) ? 0 : n);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true }).map(noNegativeZero);
const nonNegative = fc.double({ min: 0, max: 1e9, noNaN: true }).map(noNegativeZero);
/** Objects as JSON.parse makes them: with Object.prototype, so deepEqual compares like with like. */
const plain = { noNullPrototype: true } as const;
const dictionary = <T>(value: fc.Arbitrary<T>) => fc.dictionary(slug, value, { maxKeys: 4, noNullPrototype: true });

const answer: fc.Arbitrary<Answer> = fc.oneof(
  fc.record({ type: fc.constant('single-choice' as const), optionId: shortId }, plain),
  fc.record({ type: fc.constant('multiple-choice' as const), optionIds: fc.array(shortId, { maxLength: 50 }) }, plain),
  fc.record({ type: fc.constant('true-false' as const), value: fc.boolean() }, plain),
  fc.record({ type: fc.constant('ordering' as const), order: fc.array(shortId, { maxLength: 50 }) }, plain),
  fc.record({ type: fc.constant('matching' as const), pairs: dictionary(shortId) }, plain),
  fc.record({ type: fc.constant('estimate' as const), value: finite }, plain),
  fc.record({ type: fc.constant('short-text' as const), value: fc.string({ unit: 'binary', maxLength: 200 }).filter((s) => s.length <= 500) }, plain),
  fc.record({ type: fc.constant('scenario' as const), optionId: shortId }, plain),
);

const attempt: fc.Arbitrary<Attempt> = fc.record({
  id: shortId,
  quizId: shortId,
  at: isoDate,
  mode: fc.constantFrom('full' as const, 'mistakes' as const),
  answers: dictionary(answer),
  asked: fc.array(slug, { maxLength: 5 }),
}, { requiredKeys: ['id', 'quizId', 'at', 'mode', 'answers'], noNullPrototype: true });

/** The numbers a version 2 attempt stored: anything the schema allowed, true to its answers or not. */
const storedNumbers = {
  points: nonNegative,
  maxPoints: nonNegative,
  percent: fc.double({ min: 0, max: 100, noNaN: true }).map(noNegativeZero),
  passed: fc.boolean(),
};

const attemptV2: fc.Arbitrary<AttemptV2> = fc.record({
  id: shortId,
  quizId: shortId,
  lesson: shortId,
  at: isoDate,
  mode: fc.constantFrom('full' as const, 'mistakes' as const),
  answers: dictionary(answer),
  ...storedNumbers,
}, plain);

const lessonProgress: fc.Arbitrary<LessonProgress> = fc.record({ startedAt: isoDate }, plain);
const lessonProgressV2 = fc.record({ startedAt: isoDate, completedAt: isoDate }, { requiredKeys: ['startedAt'], noNullPrototype: true });

const profileArb = (id: string): fc.Arbitrary<Profile> =>
  fc.record({
    id: fc.constant(id),
    name: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).filter((s) => s.length <= 40),
    createdAt: isoDate,
    pin: fc.record({ algorithm: fc.constant('sha-256' as const), salt: fc.stringMatching(/^[0-9a-f]{32}$/), hash: fc.stringMatching(/^[0-9a-f]{64}$/) }, plain),
    lessons: dictionary(lessonProgress),
    attempts: fc.array(attempt, { maxLength: 4 }),
  }, { requiredKeys: ['id', 'name', 'createdAt', 'lessons', 'attempts'], noNullPrototype: true });

const progressRecord: fc.Arbitrary<ProgressRecord> = fc
  .uniqueArray(shortId, { minLength: 1, maxLength: 3 })
  .chain((ids) =>
    fc.record({
      app: fc.constant(APP_ID),
      schemaVersion: fc.constant(CURRENT_SCHEMA_VERSION),
      activeProfileId: fc.constantFrom(...ids),
      profiles: fc.tuple(...ids.map(profileArb)),
    }, plain),
  );

/** A version 2 record with one profile, as the release before stored it. */
const progressRecordV2 = fc.record({
  app: fc.constant(APP_ID),
  schemaVersion: fc.constant(2),
  activeProfileId: fc.constant('p'),
  profiles: fc.tuple(fc.record({ id: fc.constant('p'), name: fc.constant('Mein Profil'), createdAt: isoDate, lessons: dictionary(lessonProgressV2), attempts: fc.array(attemptV2, { maxLength: 4 }) }, plain)),
}, plain);

// ---- Arbitraries for whatever may be found in storage ---------------------------------------

const loneSurrogates = fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 5 });

/** Anything: random text, JSON, valid and broken records, version 1 and future versions. */
const storedText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.tuple(fc.string(), loneSurrogates, fc.string()).map((parts) => parts.join('')),
  fc.json(),
  progressRecord.map(encodeRecord),
  progressRecord.map((r) => encodeRecord(r).slice(0, -1)),
  progressRecord.map((r) => JSON.stringify({ ...r, schemaVersion: CURRENT_SCHEMA_VERSION + 1 })),
  progressRecordV2.map((r) => JSON.stringify(r)),
  progressRecordV2.map((r) => JSON.stringify({ app: APP_ID, schemaVersion: 1, lessons: r.profiles[0].lessons, attempts: r.profiles[0].attempts })),
  fc.tuple(progressRecord, fc.constantFrom('__proto__', 'constructor')).map(([r, key]) => encodeRecord(r).replace(/}$/, `,"${key}":{"polluted":true}}`)),
);

function decode(raw: string) {
  return decodeText(raw, () => 'neu', () => '2025-01-01T00:00:00.000Z', testKey);
}

type Store = ReturnType<typeof openStore>;

/** A store in a tab: pass the same `session` for a reload, none for a new tab or a restarted browser. */
function openStore(storage: MemoryStorage, session = new MemoryStorage()) {
  let ids = 0;
  return createProgressStore({
    scoringKey: testKey,
    storage: () => storage,
    session: () => session,
    now: () => new Date('2025-03-01T10:00:00.000Z'),
    newId: () => `id-${++ids}`,
    decoder: progressDecoder,
  });
}

/** Whatever `raw` was, it is still there: readable data under the progress key, anything else put aside. */
function assertPreserved(storage: MemoryStorage, raw: string, phase: string) {
  const decoded = decode(raw);
  if (decoded.kind === 'empty') return;
  const quarantinedCopies = storage.keysStartingWith(QUARANTINE_PREFIX).filter((key) => storage.peek(key) === raw);
  if (decoded.kind === 'invalid') {
    assert.equal(quarantinedCopies.length, 1, `${phase}: unreadable data must be put aside exactly once`);
    return;
  }
  const stored = decode(storage.peek(PROGRESS_KEY) ?? '');
  assert.equal(stored.kind, 'ok', `${phase}: readable data must stay readable under the progress key`);
  if (stored.kind !== 'ok') return;
  const attemptsOf = (r: ProgressRecord) => r.profiles.flatMap((p) => p.attempts);
  assert.deepEqual(attemptsOf(stored.record), attemptsOf(decoded.record), `${phase}: attempts kept`);
  if (phase === 'after opening' && !decoded.migratedFrom) assert.equal(storage.peek(PROGRESS_KEY), raw, `${phase}: byte-identical`);
}

describe('store properties', () => {
  test('for any stored text, opening the store and starting a lesson never throws and loses nothing', () => {
    fc.assert(
      fc.property(storedText, (raw) => {
        const storage = new MemoryStorage();
        storage.seed(PROGRESS_KEY, raw);
        const store = openStore(storage);
        store.getSnapshot();
        assertPreserved(storage, raw, 'after opening');
        store.markLessonStarted('konzert');
        assertPreserved(storage, raw, 'after a change');
        assert.ok(store.getSnapshot().profile.lessons.konzert);
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
      }),
      RUNS,
    );
  });

  test('for any text in full storage, the store never throws and never overwrites it', () => {
    fc.assert(
      fc.property(storedText, (raw) => {
        const storage = new MemoryStorage({ failure: 'quota' });
        storage.seed(PROGRESS_KEY, raw);
        const store = openStore(storage);
        store.getSnapshot();
        store.markLessonStarted('konzert');
        assert.ok(store.getSnapshot().profile.lessons.konzert);
        assert.deepEqual(storage.dump(), [[PROGRESS_KEY, raw]]);
      }),
      RUNS,
    );
  });

  test('for any sequence of operations, what the store saved reads back the same after a reload', () => {
    const sheet = dictionary(fc.oneof(answer, fc.jsonValue())) as fc.Arbitrary<AnswerSheet>;
    const operation = fc.oneof(
      slug.map((lesson) => (store: Store) => store.markLessonStarted(lesson)),
      fc.record({ quizId: slug, answers: sheet, mode: fc.constantFrom('full' as const, 'mistakes' as const), asked: fc.array(fc.string({ unit: 'binary' }), { maxLength: 3 }) }).map(
        (attempt) => (store: Store) => store.recordAttempt(attempt),
      ),
      fc.string({ unit: 'binary' }).map((name) => (store: Store) => store.addProfile(name)),
      fc.string({ unit: 'binary' }).map((name) => (store: Store) => store.renameProfile(store.getSnapshot().profile.id, name)),
      fc.nat(3).map((i) => (store: Store) => store.switchProfile(store.getSnapshot().record.profiles[i]?.id ?? '')),
      fc.constant((store: Store) => store.deleteProfile(store.getSnapshot().profile.id)),
      fc.constant((store: Store) => store.resetActiveProfile()),
      storedText.map((text) => (store: Store) => void store.importText(text)),
    );
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 8 }), (operations) => {
        const storage = new MemoryStorage();
        const session = new MemoryStorage();
        const store = openStore(storage, session);
        for (const apply of operations) apply(store);
        const reloaded = openStore(storage, session).getSnapshot();
        assert.deepEqual(reloaded.quarantined, []);
        assert.deepEqual(reloaded.record, store.getSnapshot().record);
      }),
      RUNS,
    );
  });

  test('for any valid record, decode(encode(record)) gives the same record', () => {
    fc.assert(
      fc.property(progressRecord, (record) => {
        assert.deepEqual(decode(encodeRecord(record)), { kind: 'ok', record });
      }),
      RUNS,
    );
  });

  test('for any valid record, export then import into a fresh store keeps every attempt of the active profile', () => {
    fc.assert(
      fc.property(progressRecord, (record) => {
        const home = new MemoryStorage();
        home.seed(PROGRESS_KEY, encodeRecord(record));
        const ownTab = new MemoryStorage();
        ownTab.seed(SESSION_PROFILE_KEY, record.activeProfileId);
        const exported = openStore(home, ownTab).exportText();
        assert.ok(!exported.includes('"pin"'), 'the PIN hash never leaves in a file');
        const school = openStore(new MemoryStorage());
        const result = school.importText(exported);
        assert.equal(result.ok, true);
        const active = record.profiles.find((p) => p.id === record.activeProfileId)!;
        const uniqueIds = new Set(active.attempts.map((a) => a.id));
        assert.deepEqual(new Set(school.getSnapshot().profile.attempts.map((a) => a.id)), uniqueIds);
        assert.deepEqual(Object.keys(school.getSnapshot().profile.lessons).sort(), Object.keys(active.lessons).sort());
      }),
      RUNS,
    );
  });

  test('for any version 2 record, whatever numbers it stored, every result shown is its answers scored', () => {
    const quizIds = [...testKey.quizzes.map((q) => q.id), 'entfernt'];
    const questionIds = testKey.quizzes[0]!.questions.map((q) => q.id);
    const trueFalse = fc.record({ type: fc.constant('true-false' as const), value: fc.boolean() }, plain);
    const keyedAttempt: fc.Arbitrary<AttemptV2> = fc.record({
      id: shortId,
      quizId: fc.constantFrom(...quizIds),
      lesson: shortId,
      at: isoDate,
      mode: fc.constantFrom('full' as const, 'full' as const, 'mistakes' as const),
      answers: fc.dictionary(fc.constantFrom(...questionIds), fc.oneof(trueFalse, trueFalse, answer), { maxKeys: 10, noNullPrototype: true }),
      ...storedNumbers,
    }, plain);
    const slugs = [...quizIds, 'alt'];
    const v2 = fc.record({
      app: fc.constant(APP_ID),
      schemaVersion: fc.constant(2),
      activeProfileId: fc.constant('p'),
      profiles: fc.tuple(fc.record({
        id: fc.constant('p'),
        name: fc.constant('Mein Profil'),
        createdAt: isoDate,
        lessons: fc.dictionary(fc.constantFrom(...slugs), lessonProgressV2, { maxKeys: 6, noNullPrototype: true }),
        attempts: fc.uniqueArray(keyedAttempt, { maxLength: 8, selector: (a) => a.id }),
      }, plain)),
    }, plain);

    fc.assert(
      fc.property(v2, (old) => {
        const decoded = decode(JSON.stringify(old));
        assert.equal(decoded.kind, 'ok');
        if (decoded.kind !== 'ok') return;
        const shown = decoded.record.profiles[0]!;
        const stored = old.profiles[0].attempts;
        const fullScores = (quizId: string) =>
          stored.filter((a) => a.quizId === quizId && a.mode === 'full').map((a) => scoreQuiz(quizById(testKey, quizId)!, a.answers));
        let disagreeing = 0;
        for (const quiz of testKey.quizzes) {
          const scores = fullScores(quiz.id);
          const best = scores.length > 0 ? Math.max(...scores.map((r) => r.percent)) : null;
          const status = quiz.lesson ? lessonStatus(shown, quiz.lesson, testKey) : quizStatus(shown, quiz);
          assert.equal(status.bestPercent, best, `best of ${quiz.id}`);
          assert.equal(status.passed, scores.some((r) => r.passed), `passed ${quiz.id}`);
          assert.deepEqual(status.lastAttempt?.result, scores.at(-1), `last attempt at ${quiz.id}`);
          if (quiz.lesson) assert.equal(lessonStatus(shown, quiz.lesson, testKey).state === 'completed', scores.some((r) => r.passed));
          disagreeing += stored.filter((a) => {
            if (a.quizId !== quiz.id || a.mode !== 'full') return false;
            const r = scoreQuiz(quiz, a.answers);
            return r.points !== a.points || r.maxPoints !== a.maxPoints || r.percent !== a.percent || r.passed !== a.passed;
          }).length;
        }
        const certificate = certificateAttempt(shown, quizById(testKey, 'abschluss'));
        const finalScores = fullScores('abschluss');
        assert.equal(certificate?.result.percent, finalScores.length > 0 ? Math.max(...finalScores.map((r) => r.percent)) : undefined);
        assert.equal(certificate?.result.passed ?? false, finalScores.some((r) => r.passed));
        assert.equal(decoded.rescored?.attempts ?? 0, disagreeing, 'every disagreeing attempt is counted');
        assert.ok(!Object.keys(shown.lessons).some((slug) => slug === 'einstieg' || slug === 'abschluss'), 'the tests are no lessons');
        assert.equal(shown.attempts.length, stored.length, 'no attempt is dropped');
        const lessonSlugs = testKey.quizzes.flatMap((q) => (q.lesson ? [q.lesson] : []));
        const target = continueTarget(shown, lessonSlugs, testKey);
        if (target) assert.notEqual(lessonStatus(shown, target.slug, testKey).state, 'completed');
      }),
      RUNS,
    );
  });
});
