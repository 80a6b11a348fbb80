import { findScorm12Api, type WindowLike } from './api';
import { ScormSession } from './session';
import { decodeSuspendData, encodeSuspendData, type PackageState } from './suspend-data';
import { emptyRecord, encodeRecord } from '../progress/codec';
import { PROGRESS_KEY, SESSION_PROFILE_KEY, type StorageLike } from '../progress/store';
import type { Profile } from '../progress/schema';
import { scoreAttempt } from '../progress/summary';
import { quizById, type ScoringKey } from '../quiz/scoring-key';

/**
 * Connects a SCORM package page to the LMS, between the LMS's API and the progress store.
 *
 * In an LMS the platform, not the browser, holds the pupil's state: the store runs on in-memory storage seeded
 * from `cmi.suspend_data`, so two pupils on one school computer never see each other's answers, and a pupil
 * resumes on another device. Every change of the pupil's state is written back; a checked quiz reports the best
 * result and commits in the same call. Without an API the package is a plain offline lesson on the browser's own
 * storage, as the website is. Plain TypeScript; the package's client entry wires it to the window.
 */

/** What one package holds: the quizzes whose attempts it keeps, the graded one, and its lessons. */
export interface PackageSpec {
  quizzes: readonly string[];
  /** The quiz whose result goes to the gradebook; none for a package without a quiz. */
  gradedQuiz?: string;
  lessons: readonly string[];
}

/** The profile the package's in-memory record holds in an LMS: the LMS knows who the pupil is. */
export const LMS_PROFILE_ID = 'lernplattform';
/** Where a package page hands the launch's start time to the next page of the same launch (sessionStorage). */
export const LAUNCH_STARTED_KEY = 'rauchzeichen:scorm-start';

/** A plain in-memory Storage, for the package's store while an LMS holds the state. */
export class MemoryStorage implements StorageLike {
  private readonly items = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

export interface LmsStatus {
  /** Calls the LMS refused since the page opened. */
  problems: number;
  /** Attempts that did not fit into `cmi.suspend_data` (they stay in this page's memory only). */
  leftOut: number;
}

export interface LmsConnection {
  /** The storage the progress store should use: the pupil's state as the LMS kept it. */
  storage: MemoryStorage;
  session: MemoryStorage;
  /** Called with the active profile after every change of the store. */
  update(profile: Profile): void;
  /** On pagehide: `withinPackage` when the pupil goes on to another page of this package. */
  leave(withinPackage: boolean): void;
  status(): LmsStatus;
}

/** The package's part of a profile: its lessons and the attempts at its quizzes, answers only. */
export function packageState(profile: Profile, spec: PackageSpec): PackageState {
  const lessons: PackageState['lessons'] = {};
  for (const slug of spec.lessons) {
    const lesson = profile.lessons[slug];
    if (lesson) lessons[slug] = lesson;
  }
  return { lessons, attempts: profile.attempts.filter((attempt) => spec.quizzes.includes(attempt.quizId)) };
}

/** The best full attempt at the graded quiz (the first of equally good ones), as the gradebook should hold it. */
export function bestResult(state: PackageState, spec: PackageSpec, key: ScoringKey): { percent: number; passed: boolean } | undefined {
  const quiz = spec.gradedQuiz ? quizById(key, spec.gradedQuiz) : undefined;
  if (!quiz) return undefined;
  let best: { percent: number; passed: boolean } | undefined;
  for (const attempt of state.attempts) {
    if (attempt.quizId !== quiz.id || attempt.mode !== 'full') continue;
    const { percent, passed } = scoreAttempt(quiz, attempt);
    if (!best || percent > best.percent) best = { percent, passed };
  }
  return best;
}

export interface ConnectOptions {
  win: WindowLike;
  spec: PackageSpec;
  key: ScoringKey;
  /** sessionStorage, to carry the launch's start time from page to page; null where it is unavailable. */
  launchStorage: StorageLike | null;
  now?: () => number;
}

function readLaunchStart(storage: StorageLike | null): number | undefined {
  try {
    const value = Number(storage?.getItem(LAUNCH_STARTED_KEY));
    return Number.isFinite(value) && value > 0 ? value : undefined;
  } catch {
    return undefined;
  }
}

function writeLaunchStart(storage: StorageLike | null, value: number | null): void {
  try {
    if (value === null) storage?.removeItem(LAUNCH_STARTED_KEY);
    else storage?.setItem(LAUNCH_STARTED_KEY, String(value));
  } catch {
    // Without sessionStorage the next page counts its time from its own start.
  }
}

/** Opens the LMS session, or returns null outside an LMS (or when the LMS refuses to start one). */
export function connectToLms({ win, spec, key, launchStorage, now = Date.now }: ConnectOptions): LmsConnection | null {
  const api = findScorm12Api(win);
  if (!api) return null;
  const session = new ScormSession(api, now, readLaunchStart(launchStorage));
  const started = session.start();
  if (!started) return null;
  if (!started.continued) writeLaunchStart(launchStorage, null);
  const startedAt = session.startedAtMs;

  const storage = new MemoryStorage();
  const sessionStore = new MemoryStorage();
  const decoded = decodeSuspendData(started.suspendData);
  if (decoded.ok) {
    const record = emptyRecord(LMS_PROFILE_ID, new Date(now()).toISOString());
    const [profile] = record.profiles;
    record.profiles = [{ ...profile!, lessons: decoded.state.lessons, attempts: decoded.state.attempts }];
    storage.setItem(PROGRESS_KEY, encodeRecord(record));
  } else {
    // Unreadable state is not dropped: the store puts it aside, tells the pupil and offers it as a download.
    storage.setItem(PROGRESS_KEY, started.suspendData);
  }
  sessionStore.setItem(SESSION_PROFILE_KEY, LMS_PROFILE_ID);

  const percentOf = (attempt: PackageState['attempts'][number]) => {
    const quiz = quizById(key, attempt.quizId);
    return quiz ? scoreAttempt(quiz, attempt).percent : 0;
  };
  let lastText = decoded.ok ? started.suspendData : '';
  let lastBest = decoded.ok ? JSON.stringify(bestResult(decoded.state, spec, key) ?? null) : 'null';
  let leftOut = 0;

  return {
    storage,
    session: sessionStore,
    update(profile) {
      const state = packageState(profile, spec);
      const encoded = encodeSuspendData(state, percentOf);
      leftOut = encoded.leftOut;
      const best = bestResult(state, spec, key);
      const bestText = JSON.stringify(best ?? null);
      if (best && bestText !== lastBest) session.reportQuiz(best, encoded.text);
      else if (encoded.text !== lastText) session.saveState(encoded.text);
      else return;
      lastBest = bestText;
      lastText = encoded.text;
    },
    leave(withinPackage) {
      if (withinPackage) {
        writeLaunchStart(launchStorage, startedAt);
        session.pause();
      } else {
        writeLaunchStart(launchStorage, null);
        session.finish();
      }
    },
    status: () => ({ problems: session.problems.length, leftOut }),
  };
}
