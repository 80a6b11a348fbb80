import {
  APP_ID,
  CURRENT_SCHEMA_VERSION,
  progressRecordSchema,
  progressRecordV1Schema,
  progressRecordV2Schema,
  type Attempt,
  type AttemptV2,
  type ProgressRecord,
  type ProgressRecordV1,
  type ProgressRecordV2,
} from './schema';
import { askedIds, isEmptyText, parseJsonSafely, type DecodeResult, type ProgressDecoder, type Rescoring } from './codec';
import { DEFAULT_PROFILE_NAME } from './names';
import { scoreQuiz } from '../quiz/score';
import { courseTestIds, quizById, type ScoringKey } from '../quiz/scoring-key';
import { completedLessons } from './summary';

/**
 * Reading stored or imported text as a progress record, with the zod schemas (schema.ts), and migrating
 * older versions. Never throws: whatever is in storage, the caller gets a value that says what was found.
 * A module of its own so that a page with nothing stored never loads the schemas (see codec.ts).
 */

export function migrateV1(old: ProgressRecordV1, profileId: string, now: string): ProgressRecordV2 {
  return {
    app: APP_ID,
    schemaVersion: 2,
    activeProfileId: profileId,
    profiles: [{ id: profileId, name: DEFAULT_PROFILE_NAME, createdAt: now, lessons: old.lessons, attempts: old.attempts }],
  };
}

/**
 * A version 2 attempt without its stored numbers. A "mistakes" round did not store which questions it
 * asked; the questions it has answers for stand in (its numbers are never shown, only that it took place).
 */
function attemptV3(old: AttemptV2): Attempt {
  const { id, quizId, at, mode, answers } = old;
  return { id, quizId, at, mode, answers, ...(mode === 'mistakes' ? { asked: askedIds(Object.keys(answers)) } : {}) };
}

function storedScoreDisagrees(old: AttemptV2, key: ScoringKey): boolean {
  const quiz = quizById(key, old.quizId);
  // A practice round's numbers were never shown; an attempt at a quiz no longer in the course cannot be scored.
  if (!quiz || old.mode !== 'full') return false;
  const result = scoreQuiz(quiz, old.answers);
  return result.points !== old.points || result.maxPoints !== old.maxPoints || result.percent !== old.percent || result.passed !== old.passed;
}

/**
 * Version 2 → 3: attempts keep their answers and lose their stored numbers; the entries the entry check
 * and the final test made in `lessons` go (they are not lessons); lessons keep their start, and whether
 * they are completed follows from scoring. What that changes for the learner is counted in `rescored`.
 */
export function migrateV2(old: ProgressRecordV2, key: ScoringKey): { record: ProgressRecord; rescored: Rescoring } {
  const tests = courseTestIds(key);
  const lessonSlugs = new Set(key.quizzes.flatMap((quiz) => (quiz.lesson ? [quiz.lesson] : [])));
  const rescored: Rescoring = { attempts: 0, lessons: 0 };
  const profiles = old.profiles.map(({ lessons, attempts, ...rest }) => {
    const profile = {
      ...rest,
      lessons: Object.fromEntries(Object.entries(lessons).filter(([slug]) => !tests.has(slug)).map(([slug, { startedAt }]) => [slug, { startedAt }])),
      attempts: attempts.map(attemptV3),
    };
    rescored.attempts += attempts.filter((a) => storedScoreDisagrees(a, key)).length;
    const completed = completedLessons(profile, key);
    rescored.lessons += Object.entries(lessons).filter(([slug, l]) => l.completedAt && lessonSlugs.has(slug) && !completed.has(slug)).length;
    return profile;
  });
  return { record: { ...old, schemaVersion: CURRENT_SCHEMA_VERSION, profiles }, rescored };
}

function migrated(old: ProgressRecordV2, key: ScoringKey, from: number): DecodeResult {
  const { record, rescored } = migrateV2(old, key);
  return { kind: 'ok', record, migratedFrom: from, ...(rescored.attempts + rescored.lessons > 0 ? { rescored } : {}) };
}

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  if (!issue) return 'unbekannter Fehler';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/**
 * Reads a parsed JSON value as a progress record of any known version. Older versions are migrated
 * step by step (1 → 2 → 3); `key` is the course's scoring key, which the step to version 3 needs.
 */
export function decodeValue(value: unknown, newProfileId: () => string, now: () => string, key: ScoringKey): DecodeResult {
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
    return migrated(migrateV1(old.data, newProfileId(), now()), key, 1);
  }
  if (schemaVersion === 2) {
    const old = progressRecordV2Schema.safeParse(value);
    if (!old.success) return { kind: 'invalid', problem: `Die Daten (Version 2) sind beschädigt: ${firstIssue(old.error)}.` };
    return migrated(old.data, key, 2);
  }
  const current = progressRecordSchema.safeParse(value);
  if (!current.success) return { kind: 'invalid', problem: `Die Daten sind beschädigt: ${firstIssue(current.error)}.` };
  return { kind: 'ok', record: current.data };
}

export function decodeText(raw: string | null, newProfileId: () => string, now: () => string, key: ScoringKey): DecodeResult {
  if (isEmptyText(raw)) return { kind: 'empty' };
  const parsed = parseJsonSafely(raw);
  if (!parsed.ok) return { kind: 'invalid', problem: parsed.problem };
  return decodeValue(parsed.value, newProfileId, now, key);
}

/** What the progress store is handed to read data with. */
export const progressDecoder: ProgressDecoder = { decodeValue, decodeText };
