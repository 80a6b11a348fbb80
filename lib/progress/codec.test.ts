import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PROFILE_NAME, emptyRecord, encodeRecord } from './codec';
import { decodeText, decodeValue } from './decode';
import { attempt, attemptV2, profile, record, recordV1, recordV2, testKey } from './test-records';

const newId = () => 'neues-profil';
const now = () => '2025-04-01T08:00:00.000Z';
const decode = (raw: string | null) => decodeText(raw, newId, now, testKey);

function problemOf(raw: string): string {
  const result = decode(raw);
  assert.equal(result.kind, 'invalid');
  return result.kind === 'invalid' ? result.problem : '';
}

describe('decodeText', () => {
  test('nothing stored is empty', () => {
    assert.deepEqual(decode(null), { kind: 'empty' });
  });

  test('an empty string is empty', () => {
    assert.deepEqual(decode(''), { kind: 'empty' });
  });

  test('a valid version 3 record is read as it is', () => {
    const stored = record([profile({ lessons: { konzert: { startedAt: '2025-03-01T10:00:00.000Z' } }, attempts: [attempt()] })]);
    assert.deepEqual(decode(JSON.stringify(stored)), { kind: 'ok', record: stored });
  });

  test('a version 1 record is migrated (through version 2) into one profile "Mein Profil", keeping lessons and answers', () => {
    const old = recordV1();
    const result = decode(JSON.stringify(old));
    assert.equal(result.kind, 'ok');
    if (result.kind !== 'ok') return;
    assert.equal(result.migratedFrom, 1);
    assert.equal(result.record.schemaVersion, 3);
    assert.equal(result.record.activeProfileId, 'neues-profil');
    assert.deepEqual(result.record.profiles, [
      { id: 'neues-profil', name: DEFAULT_PROFILE_NAME, createdAt: now(), lessons: { konzert: { startedAt: old.lessons.konzert.startedAt } }, attempts: [attempt({ at: old.attempts[0]!.at })] },
    ]);
    assert.equal(result.rescored, undefined, 'its stored numbers match its answers');
    assert.equal(DEFAULT_PROFILE_NAME, 'Mein Profil');
  });

  test('a version 1 record whose stored numbers are faked is rescored like a version 2 one', () => {
    const old = { ...recordV1(), attempts: [attemptV2({ right: 2, points: 10, percent: 100, passed: true })] };
    const result = decode(JSON.stringify(old));
    assert.ok(result.kind === 'ok');
    assert.deepEqual(result.rescored, { attempts: 1, lessons: 1 });
  });

  test('a damaged version 1 record is invalid, not migrated', () => {
    assert.match(problemOf(JSON.stringify({ ...recordV1(), attempts: 'keine' })), /Version 1.*beschädigt/);
  });

  test('a record from a newer version is invalid, naming that version', () => {
    const problem = problemOf(JSON.stringify({ ...record(), schemaVersion: 4 }));
    assert.match(problem, /neueren Version/);
    assert.match(problem, /Version 4/);
  });

  test('text that is not JSON is invalid', () => {
    assert.match(problemOf('{"app": "rauchzeichen",'), /kein gültiges JSON/);
  });

  test('a JSON array is invalid', () => {
    assert.match(problemOf(JSON.stringify([record()])), /kein bekanntes Format/);
  });

  test('a JSON number is invalid', () => {
    assert.match(problemOf('42'), /kein bekanntes Format/);
  });

  test('JSON null is invalid', () => {
    assert.match(problemOf('null'), /kein bekanntes Format/);
  });

  test('data of another app is invalid', () => {
    assert.match(problemOf(JSON.stringify({ ...record(), app: 'andere-app' })), /nicht von Rauchzeichen/);
  });

  test('data without a version number is invalid', () => {
    const withoutVersion: Partial<ReturnType<typeof record>> = record();
    delete withoutVersion.schemaVersion;
    assert.match(problemOf(JSON.stringify(withoutVersion)), /keine gültige Versionsnummer/);
  });

  test('a version number that is not a positive integer is invalid', () => {
    for (const schemaVersion of ['2', 1.5, 0, -1]) {
      assert.match(problemOf(JSON.stringify({ ...record(), schemaVersion })), /keine gültige Versionsnummer/);
    }
  });

  test('a version 3 record that breaks the schema is invalid, naming the field', () => {
    const broken = record([profile({ attempts: [attempt({ mode: 'nochmal' as never })] })]);
    assert.match(problemOf(JSON.stringify(broken)), /beschädigt: profiles\.0\.attempts\.0\.mode/);
  });

  test('a version 2 record that breaks the schema is invalid, naming the version and the field', () => {
    const broken = recordV2([attemptV2({ percent: 170 })]);
    assert.match(problemOf(JSON.stringify(broken)), /Version 2.*beschädigt: profiles\.0\.attempts\.0\.percent/);
  });

  test('a record whose active profile is missing is invalid', () => {
    assert.match(problemOf(JSON.stringify(record([profile()], 'niemand'))), /aktive Profil fehlt/);
  });

  test('a "__proto__" key is refused and Object.prototype is not polluted', () => {
    const raw = JSON.stringify(record()).replace(/}$/, ',"__proto__":{"polluted":true}}');
    assert.match(problemOf(raw), /unzulässigen Schlüssel "__proto__"/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  test('a nested "__proto__" key is refused', () => {
    const raw = JSON.stringify(record()).replace('"lessons":{}', '"lessons":{"__proto__":{"startedAt":"2025-01-01T00:00:00.000Z"}}');
    assert.match(problemOf(raw), /"__proto__"/);
    assert.equal(({} as Record<string, unknown>).startedAt, undefined);
  });

  test('a "constructor" key is refused and Object.prototype is not polluted', () => {
    const raw = JSON.stringify(record()).replace(/}$/, ',"constructor":{"polluted":true}}');
    assert.match(problemOf(raw), /unzulässigen Schlüssel "constructor"/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });
});

describe('decodeValue', () => {
  test('reads an already parsed record', () => {
    assert.deepEqual(decodeValue(record(), newId, now, testKey), { kind: 'ok', record: record() });
  });

  test('ignores fields it does not know', () => {
    const result = decodeValue({ ...record(), extra: 'x' }, newId, now, testKey);
    assert.deepEqual(result, { kind: 'ok', record: record() });
  });
});

describe('encodeRecord', () => {
  test('encode then decode gives the same record', () => {
    const original = record([
      profile({
        lessons: { konzert: { startedAt: '2025-03-01T10:00:00.000Z' } },
        attempts: [attempt(), attempt({ id: 'versuch-2', mode: 'mistakes', asked: ['frage-8', 'frage-9'], right: 9 })],
      }),
      profile({ id: 'profil-2', name: 'Zoë 🎸' }),
    ], 'profil-2');
    assert.deepEqual(decode(encodeRecord(original)), { kind: 'ok', record: original });
  });

  test('an empty record decodes as itself', () => {
    const fresh = emptyRecord('p', now());
    assert.deepEqual(decode(encodeRecord(fresh)), { kind: 'ok', record: fresh });
    assert.equal(fresh.profiles[0]!.name, 'Mein Profil');
  });
});

describe('the optional PIN of a profile', () => {
  const withPin = { algorithm: 'sha-256', salt: 'a'.repeat(32), hash: 'b'.repeat(64) };

  test('a record without any PIN (as saved before PINs existed) still reads', () => {
    const old = record();
    assert.equal(old.profiles[0]!.pin, undefined);
    assert.deepEqual(decodeText(encodeRecord(old), () => 'x', now, testKey), { kind: 'ok', record: old });
  });

  test('a profile with a PIN hash reads back unchanged', () => {
    const saved = record([profile({ pin: withPin as never })]);
    assert.deepEqual(decodeText(encodeRecord(saved), () => 'x', now, testKey), { kind: 'ok', record: saved });
  });

  test('a PIN that is not a salted hash makes the record unreadable (and so it is put aside, not trusted)', () => {
    for (const pin of ['1234', { algorithm: 'sha-256', salt: 'zz', hash: 'b'.repeat(64) }, { algorithm: 'md5', salt: 'a'.repeat(32), hash: 'b'.repeat(64) }]) {
      const raw = encodeRecord(record()).replace('"lessons"', `"pin":${JSON.stringify(pin)},"lessons"`);
      assert.equal(decodeText(raw, () => 'x', now, testKey).kind, 'invalid', JSON.stringify(pin));
    }
  });
});

describe('migration from version 2 to 3', () => {
  const T1 = '2025-03-01T10:00:00.000Z';
  const T2 = '2025-03-02T10:00:00.000Z';

  function migrate(old: unknown) {
    const result = decode(JSON.stringify(old));
    assert.equal(result.kind, 'ok');
    if (result.kind !== 'ok') throw new Error('not migrated');
    assert.equal(result.migratedFrom, 2);
    assert.equal(result.record.schemaVersion, 3);
    return result;
  }

  test('attempts keep id, quiz, time, mode and answers, and lose their stored numbers', () => {
    const { record: migrated, rescored } = migrate(recordV2([attemptV2({ at: T1 })]));
    assert.deepEqual(migrated.profiles[0]!.attempts, [attempt({ at: T1 })]);
    assert.equal(rescored, undefined);
  });

  test('the lessons the entry check and the final test made are dropped; real lessons keep their start', () => {
    const lessons = {
      einstieg: { startedAt: T1, completedAt: T1 },
      konzert: { startedAt: T1, completedAt: T2 },
      balkon: { startedAt: T2 },
      abschluss: { startedAt: T2, completedAt: T2 },
    };
    const attempts = [
      attemptV2({ id: 'e', quizId: 'einstieg', at: T1 }),
      attemptV2({ id: 'k', at: T2 }),
      attemptV2({ id: 'a', quizId: 'abschluss', at: T2 }),
    ];
    const { record: migrated } = migrate(recordV2(attempts, lessons));
    assert.deepEqual(migrated.profiles[0]!.lessons, { konzert: { startedAt: T1 }, balkon: { startedAt: T2 } });
    assert.deepEqual(migrated.profiles[0]!.attempts.map((a) => a.id), ['e', 'k', 'a'], 'every attempt is kept');
  });

  test('name, creation time and PIN of every profile stay, and so does the active profile', () => {
    const pin = { algorithm: 'sha-256' as const, salt: 'a'.repeat(32), hash: 'b'.repeat(64) };
    const old = recordV2();
    const two = { ...old, activeProfileId: 'lea', profiles: [...old.profiles, { id: 'lea', name: 'Lea', createdAt: T1, pin, lessons: {}, attempts: [] }] };
    const { record: migrated } = migrate(two);
    assert.equal(migrated.activeProfileId, 'lea');
    assert.deepEqual(migrated.profiles[1], { id: 'lea', name: 'Lea', createdAt: T1, pin, lessons: {}, attempts: [] });
  });

  test('a "mistakes" round keeps the questions it has answers for as the ones it asked', () => {
    const round = attemptV2({ mode: 'mistakes', answers: { 'frage-8': { type: 'true-false', value: true } }, points: 1, maxPoints: 1, percent: 100 });
    const { record: migrated } = migrate(recordV2([round]));
    assert.deepEqual(migrated.profiles[0]!.attempts[0]!.asked, ['frage-8']);
  });

  test('stored numbers that disagree with the answers are counted, and the lessons that are no longer completed', () => {
    const faked = [
      attemptV2({ id: 'echt', quizId: 'balkon', right: 8 }),
      attemptV2({ id: 'gefaelscht-1', right: 3, points: 10, percent: 100, passed: true }),
      attemptV2({ id: 'gefaelscht-2', quizId: 'abschluss', right: 5, percent: 90 }),
      attemptV2({ id: 'nur-bestanden', quizId: 'ausflug', right: 6, passed: true }),
    ];
    const lessons = { konzert: { startedAt: T1, completedAt: T1 }, balkon: { startedAt: T1, completedAt: T1 }, ausflug: { startedAt: T1, completedAt: T1 } };
    const { rescored } = migrate(recordV2(faked, lessons));
    assert.deepEqual(rescored, { attempts: 3, lessons: 2 });
  });

  test('an attempt whose quiz is no longer in the course is kept, and not counted as rescored', () => {
    const { record: migrated, rescored } = migrate(recordV2([attemptV2({ quizId: 'alt', percent: 100 })]));
    assert.equal(migrated.profiles[0]!.attempts[0]!.quizId, 'alt');
    assert.equal(rescored, undefined);
  });

  test('a "mistakes" round is never counted as rescored: its numbers were never shown', () => {
    const { rescored } = migrate(recordV2([attemptV2({ mode: 'mistakes', percent: 100, points: 99 })]));
    assert.equal(rescored, undefined);
  });
});
