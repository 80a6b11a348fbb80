import {
  APP_ID,
  CURRENT_SCHEMA_VERSION,
  progressRecordSchema,
  progressRecordV1Schema,
  type ProgressRecord,
  type ProgressRecordV1,
} from './schema';
import { DEFAULT_PROFILE_NAME } from './names';

/**
 * Turning stored text into a progress record and back. Never throws: whatever is in
 * storage, the caller gets a value that says what was found.
 */

export type DecodeResult =
  | { kind: 'empty' }
  | { kind: 'ok'; record: ProgressRecord; migratedFrom?: number }
  | { kind: 'invalid'; problem: string };

export { DEFAULT_PROFILE_NAME };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON.parse that refuses keys which could reach an object's prototype. */
export function parseJsonSafely(text: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, function (key, inner) {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return inner;
    });
  } catch {
    return { ok: false, problem: 'Der Inhalt ist kein gültiges JSON.' };
  }
  if (forbidden) return { ok: false, problem: `Der Inhalt enthält den unzulässigen Schlüssel "${forbidden}".` };
  return { ok: true, value };
}

export function migrateV1(old: ProgressRecordV1, profileId: string, now: string): ProgressRecord {
  return {
    app: APP_ID,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    activeProfileId: profileId,
    profiles: [{ id: profileId, name: DEFAULT_PROFILE_NAME, createdAt: now, lessons: old.lessons, attempts: old.attempts }],
  };
}

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'unbekannter Fehler';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Reads a parsed JSON value as a progress record of any known version. */
export function decodeValue(value: unknown, newProfileId: () => string, now: () => string): DecodeResult {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { kind: 'invalid', problem: 'Die Daten haben kein bekanntes Format.' };
  }
  const { app, schemaVersion } = value as { app?: unknown; schemaVersion?: unknown };
  if (app !== APP_ID) return { kind: 'invalid', problem: 'Die Daten stammen nicht von Rauchzeichen.' };
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return { kind: 'invalid', problem: 'Die Daten haben keine gültige Versionsnummer.' };
  }
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    return {
      kind: 'invalid',
      problem: `Die Daten stammen aus einer neueren Version von Rauchzeichen (Version ${schemaVersion}); diese Seite kennt nur Version ${CURRENT_SCHEMA_VERSION}.`,
    };
  }
  if (schemaVersion === 1) {
    const old = progressRecordV1Schema.safeParse(value);
    if (!old.success) return { kind: 'invalid', problem: `Die Daten (Version 1) sind beschädigt: ${firstIssue(old.error)}.` };
    return { kind: 'ok', record: migrateV1(old.data, newProfileId(), now()), migratedFrom: 1 };
  }
  const current = progressRecordSchema.safeParse(value);
  if (!current.success) return { kind: 'invalid', problem: `Die Daten sind beschädigt: ${firstIssue(current.error)}.` };
  return { kind: 'ok', record: current.data };
}

export function decodeText(raw: string | null, newProfileId: () => string, now: () => string): DecodeResult {
  if (raw === null || raw === '') return { kind: 'empty' };
  const parsed = parseJsonSafely(raw);
  if (!parsed.ok) return { kind: 'invalid', problem: parsed.problem };
  return decodeValue(parsed.value, newProfileId, now);
}

export function encodeRecord(record: ProgressRecord): string {
  return JSON.stringify(record);
}

export function emptyRecord(profileId: string, now: string, name = DEFAULT_PROFILE_NAME): ProgressRecord {
  return {
    app: APP_ID,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    activeProfileId: profileId,
    profiles: [{ id: profileId, name, createdAt: now, lessons: {}, attempts: [] }],
  };
}
