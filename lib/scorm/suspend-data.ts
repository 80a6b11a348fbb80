import * as z from 'zod/mini';
import { attemptSchema, lessonProgressSchema, type Attempt } from '../progress/schema';

/**
 * What a SCORM package keeps of the pupil in `cmi.suspend_data`, so that the pupil resumes on another device:
 * the package's lessons (with their start) and the attempts at its quizzes, answers only, as in the progress
 * record. SCORM 1.2 allows at most 4,096 characters (CMIString4096).
 */

export const SUSPEND_DATA_LIMIT = 4096;
const FORMAT_VERSION = 1;

const packageStateSchema = z.object({
  v: z.literal(FORMAT_VERSION),
  lessons: z.record(z.string(), lessonProgressSchema),
  attempts: z.array(attemptSchema),
});

export interface PackageState {
  lessons: Record<string, { startedAt: string }>;
  attempts: Attempt[];
}

export type DecodedState = { ok: true; state: PackageState } | { ok: false; problem: string };

/** Reads `cmi.suspend_data`. Empty means a first launch; anything unreadable is reported, never guessed at. */
export function decodeSuspendData(text: string): DecodedState {
  if (text.trim() === '') return { ok: true, state: { lessons: {}, attempts: [] } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'Die gespeicherten Daten der Lernplattform sind kein gültiges JSON.' };
  }
  const parsed = packageStateSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problem: 'Die gespeicherten Daten der Lernplattform haben ein unbekanntes Format.' };
  return { ok: true, state: { lessons: parsed.data.lessons, attempts: parsed.data.attempts } };
}

export interface EncodedState {
  text: string;
  /** Attempts that did not fit into the limit (they stay in the browser's own record). */
  leftOut: number;
}

const encode = (state: PackageState) => JSON.stringify({ v: FORMAT_VERSION, lessons: state.lessons, attempts: state.attempts });

/**
 * Writes the state within the limit. When all attempts do not fit, what matters most is kept first: per quiz
 * the best full attempt (the result the gradebook holds) and the latest attempt, then the other attempts from
 * the newest back. Attempts keep their original order. `percentOf` scores an attempt from its answers.
 */
export function encodeSuspendData(state: PackageState, percentOf: (attempt: Attempt) => number, limit = SUSPEND_DATA_LIMIT): EncodedState {
  const all = encode(state);
  if (all.length <= limit) return { text: all, leftOut: 0 };

  const indexed = state.attempts.map((attempt, index) => ({ attempt, index }));
  const essential = new Set<number>();
  for (const quizId of new Set(state.attempts.map((a) => a.quizId))) {
    const ofQuiz = indexed.filter(({ attempt }) => attempt.quizId === quizId);
    const full = ofQuiz.filter(({ attempt }) => attempt.mode === 'full');
    // The first of equally good attempts, as the gradebook's "highest grade" keeps it.
    const best = full.reduce<(typeof full)[number] | undefined>((top, entry) => (!top || percentOf(entry.attempt) > percentOf(top.attempt) ? entry : top), undefined);
    if (best) essential.add(best.index);
    essential.add(ofQuiz.at(-1)!.index);
  }
  const priority = [...[...essential].sort((a, b) => b - a), ...indexed.map(({ index }) => index).filter((i) => !essential.has(i)).reverse()];

  const kept = new Set<number>();
  let text = encode({ lessons: state.lessons, attempts: [] });
  if (text.length > limit) return { text: encode({ lessons: {}, attempts: [] }), leftOut: state.attempts.length };
  for (const index of priority) {
    kept.add(index);
    const candidate = encode({ lessons: state.lessons, attempts: state.attempts.filter((_, i) => kept.has(i)) });
    if (candidate.length <= limit) text = candidate;
    else kept.delete(index);
  }
  return { text, leftOut: state.attempts.length - kept.size };
}
