import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, decodeValue, DEFAULT_PROFILE_NAME, emptyRecord, encodeRecord } from './codec';
import { attempt, profile, record, recordV1 } from './test-records';

const newId = () => 'neues-profil';
const now = () => '2025-04-01T08:00:00.000Z';
const decode = (raw: string | null) => decodeText(raw, newId, now);

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

  test('a valid version 2 record is read as it is', () => {
    const stored = record([profile({ lessons: { konzert: { startedAt: '2025-03-01T10:00:00.000Z' } }, attempts: [attempt()] })]);
    assert.deepEqual(decode(JSON.stringify(stored)), { kind: 'ok', record: stored });
  });

  test('a version 1 record is migrated into one profile "Mein Profil", keeping lessons and attempts', () => {
    const old = recordV1();
    const result = decode(JSON.stringify(old));
    assert.equal(result.kind, 'ok');
    if (result.kind !== 'ok') return;
    assert.equal(result.migratedFrom, 1);
    assert.equal(result.record.schemaVersion, 2);
    assert.equal(result.record.activeProfileId, 'neues-profil');
    assert.deepEqual(result.record.profiles, [
      { id: 'neues-profil', name: DEFAULT_PROFILE_NAME, createdAt: now(), lessons: old.lessons, attempts: old.attempts },
    ]);
    assert.equal(DEFAULT_PROFILE_NAME, 'Mein Profil');
  });

  test('a damaged version 1 record is invalid, not migrated', () => {
    assert.match(problemOf(JSON.stringify({ ...recordV1(), attempts: 'keine' })), /Version 1.*beschädigt/);
  });

  test('a record from a newer version is invalid, naming that version', () => {
    const problem = problemOf(JSON.stringify({ ...record(), schemaVersion: 3 }));
    assert.match(problem, /neueren Version/);
    assert.match(problem, /Version 3/);
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

  test('a version 2 record that breaks the schema is invalid, naming the field', () => {
    const broken = record([profile({ attempts: [attempt({ percent: 170 })] })]);
    assert.match(problemOf(JSON.stringify(broken)), /beschädigt: profiles\.0\.attempts\.0\.percent/);
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
    assert.deepEqual(decodeValue(record(), newId, now), { kind: 'ok', record: record() });
  });

  test('ignores fields it does not know', () => {
    const result = decodeValue({ ...record(), extra: 'x' }, newId, now);
    assert.deepEqual(result, { kind: 'ok', record: record() });
  });
});

describe('encodeRecord', () => {
  test('encode then decode gives the same record', () => {
    const original = record([
      profile({
        lessons: { konzert: { startedAt: '2025-03-01T10:00:00.000Z', completedAt: '2025-03-01T11:00:00.000Z' } },
        attempts: [attempt(), attempt({ id: 'versuch-2', mode: 'mistakes', passed: false, percent: 12.5 })],
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

  test('a version 2 record without any PIN (as saved before PINs existed) still reads', () => {
    const old = record();
    assert.equal(old.profiles[0]!.pin, undefined);
    assert.deepEqual(decodeText(encodeRecord(old), () => 'x', now), { kind: 'ok', record: old });
  });

  test('a profile with a PIN hash reads back unchanged', () => {
    const saved = record([profile({ pin: withPin as never })]);
    assert.deepEqual(decodeText(encodeRecord(saved), () => 'x', now), { kind: 'ok', record: saved });
  });

  test('a PIN that is not a salted hash makes the record unreadable (and so it is put aside, not trusted)', () => {
    for (const pin of ['1234', { algorithm: 'sha-256', salt: 'zz', hash: 'b'.repeat(64) }, { algorithm: 'md5', salt: 'a'.repeat(32), hash: 'b'.repeat(64) }]) {
      const raw = encodeRecord(record()).replace('"lessons"', `"pin":${JSON.stringify(pin)},"lessons"`);
      assert.equal(decodeText(raw, () => 'x', now).kind, 'invalid', JSON.stringify(pin));
    }
  });
});
