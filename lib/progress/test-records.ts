import type { AnswerSheet } from '../quiz/answers';
import type { QuizKey, ScoringKey } from '../quiz/scoring-key';
import { APP_ID, CURRENT_SCHEMA_VERSION, type Attempt, type AttemptV2, type Profile, type ProgressRecord } from './schema';

/** Progress records and a scoring key for unit tests only. */

const QUESTIONS = 10;

/**
 * Every test quiz: ten true/false questions "frage-1" … "frage-10" of one point each, all answered "Stimmt"
 * when right, so that an attempt with `right` right answers scores exactly right × 10 %.
 */
function testQuiz(id: string, kind: QuizKey['kind'], lesson?: string): QuizKey {
  const questions = Array.from({ length: QUESTIONS }, (_, i) => ({ id: `frage-${i + 1}`, type: 'true-false' as const, points: 1, answer: true }));
  return { id, kind, ...(lesson ? { lesson } : {}), passPercent: 70, questions };
}

/** Lesson quizzes share their lesson's slug as id, as in the course; "einstieg" and "abschluss" are no lessons. */
export const testKey: ScoringKey = {
  quizzes: [
    testQuiz('einstieg', 'entry'),
    ...['konzert', 'balkon', 'ausflug', 'kalter-rauch'].map((slug) => testQuiz(slug, 'lesson', slug)),
    testQuiz('abschluss', 'final'),
  ],
};

/** Answers to a test quiz with the first `right` questions right and the others wrong. */
export function answersWith(right: number): AnswerSheet {
  return Object.fromEntries(Array.from({ length: QUESTIONS }, (_, i) => [`frage-${i + 1}`, { type: 'true-false' as const, value: i < right }]));
}

type AttemptOverrides = Partial<Attempt> & {
  /** How many questions were answered right (7 by default: 70 %, just passed). */
  right?: number;
};

export function attempt({ right = 7, ...overrides }: AttemptOverrides = {}): Attempt {
  return { id: 'versuch-1', quizId: 'konzert', at: '2025-03-01T10:00:00.000Z', mode: 'full', answers: answersWith(right), ...overrides };
}

/** An attempt as version 2 stored it: the numbers it stores are those of its answers unless overridden. */
export function attemptV2({ right = 7, ...overrides }: Partial<AttemptV2> & { right?: number } = {}): AttemptV2 {
  return {
    id: 'versuch-1',
    quizId: 'konzert',
    lesson: overrides.quizId ?? 'konzert',
    at: '2025-03-01T10:00:00.000Z',
    mode: 'full',
    answers: answersWith(right),
    points: right,
    maxPoints: QUESTIONS,
    percent: right * 10,
    passed: right >= 7,
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
    attempts: [attemptV2({ at: '2025-02-01T11:00:00.000Z' })],
  };
}

/** A version 2 record as the release with profiles stored it: the entry check and the final test made "lessons". */
export function recordV2(attempts: AttemptV2[] = [attemptV2()], lessons: Record<string, { startedAt: string; completedAt?: string }> = {}) {
  return {
    app: APP_ID,
    schemaVersion: 2,
    activeProfileId: 'profil-1',
    profiles: [{ id: 'profil-1', name: 'Mein Profil', createdAt: '2025-03-01T09:00:00.000Z', lessons, attempts }],
  };
}
