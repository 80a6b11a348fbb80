import { APP_ID, CURRENT_SCHEMA_VERSION, type Attempt, type Profile, type ProgressRecord } from './schema';

/** Progress records for unit tests only. */

export function attempt(overrides: Partial<Attempt> = {}): Attempt {
  return {
    id: 'versuch-1',
    quizId: 'konzert',
    lesson: 'konzert',
    at: '2025-03-01T10:00:00.000Z',
    mode: 'full',
    answers: { 'frage-1': { type: 'true-false', value: false } },
    points: 7,
    maxPoints: 10,
    percent: 70,
    passed: true,
    ...overrides,
  };
}

export function profile(overrides: Partial<Profile> = {}): Profile {
  return { id: 'profil-1', name: 'Mein Profil', createdAt: '2025-03-01T09:00:00.000Z', lessons: {}, attempts: [], ...overrides };
}

export function record(profiles: Profile[] = [profile()], activeProfileId = profiles[0]!.id): ProgressRecord {
  return { app: APP_ID, schemaVersion: CURRENT_SCHEMA_VERSION, activeProfileId, profiles };
}

/** A version 1 record as the first release stored it. */
export function recordV1() {
  return {
    app: APP_ID,
    schemaVersion: 1,
    lessons: { konzert: { startedAt: '2025-02-01T10:00:00.000Z', completedAt: '2025-02-01T11:00:00.000Z' } },
    attempts: [attempt({ at: '2025-02-01T11:00:00.000Z' })],
  };
}
