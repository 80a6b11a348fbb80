import { APP_ID, CURRENT_SCHEMA_VERSION } from './keys';
import { DEFAULT_PROFILE_NAME } from './names';
import type { ScoringKey } from '../quiz/scoring-key';
import type { ProgressRecord } from './schema';

/**
 * Progress records as text: writing them, and what reading them gives. No schemas here: a page that has
 * nothing stored never loads them. Reading stored text (with the zod schemas) is decode.ts, which the store
 * is handed as its `decoder`.
 */

/**
 * What migrating results out of an older record changed for the learner: full attempts whose stored
 * points, percent or "passed" differ from scoring their answers against the current quiz, and lessons
 * stored as completed that are not completed by that scoring. Told to the learner, never silently dropped.
 */
export interface Rescoring {
  attempts: number;
  lessons: number;
}

export type DecodeResult =
  | { kind: 'empty' }
  | { kind: 'ok'; record: ProgressRecord; migratedFrom?: number; rescored?: Rescoring }
  | { kind: 'invalid'; problem: string };

export { DEFAULT_PROFILE_NAME };

/**
 * Reading stored or imported data: decode.ts, with the zod schemas. The store is handed it, so that a browser
 * loads the schemas only when there is something to read (lib/progress/browser-store.ts). Never throws.
 */
export interface ProgressDecoder {
  /** A parsed JSON value as a progress record of any known version, migrated to the current one. */
  decodeValue(value: unknown, newProfileId: () => string, now: () => string, key: ScoringKey): DecodeResult;
  /** Stored text (not empty) as a progress record. */
  decodeText(raw: string, newProfileId: () => string, now: () => string, key: ScoringKey): DecodeResult;
}

/** Null or '' in storage: nothing saved, nothing to read. */
export function isEmptyText(raw: string | null): raw is null | '' {
  return raw === null || raw === '';
}

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

const MAX_ASKED = 200;

/** Question ids as the schema accepts them for `asked` (ids of 1 to 100 characters, at most 200). */
export function askedIds(ids: Iterable<string>): string[] {
  return [...ids].filter((id) => id.length >= 1 && id.length <= 100).slice(0, MAX_ASKED);
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
