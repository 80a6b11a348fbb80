import { decodeText, decodeValue, emptyRecord, encodeRecord, parseJsonSafely } from './codec';
import {
  activeProfile,
  addAttempt,
  addProfile,
  deleteProfile,
  exportableRecord,
  hasAttempt,
  markLessonStarted,
  mergeIntoActive,
  renameProfile,
  resetActiveProfile,
  switchProfile,
  type MergeSummary,
} from './record';
import type { Attempt, Profile, ProgressRecord } from './schema';
import { answerSchema, type AnswerSheet } from '../quiz/answers';
import { IMPORT_TOO_LARGE, MAX_IMPORT_BYTES } from './limits';
import { randomId } from './random-id';

export { MAX_IMPORT_BYTES };

/** How long this tab re-saves an attempt that a simultaneous write from another tab dropped. */
const RECENT_ATTEMPT_MS = 10_000;

/**
 * The progress store: one record in localStorage behind a small API.
 *
 * - Every write reads the stored record first and applies the change to it, so two tabs
 *   writing one after the other both keep their changes.
 * - Data it cannot read (corrupt, foreign, from a newer version) is copied aside under its
 *   own key before anything else is written, and listed in `quarantined` so the page can
 *   tell the learner and offer a download. Nothing is deleted without the learner's say.
 * - Storage that throws (disabled, private mode, full) switches the store to memory and sets
 *   `storageProblem`; the learner can go on, and the page says that nothing is saved.
 * - Guest mode keeps a separate record in memory only; the saved record is not touched.
 */

export const PROGRESS_KEY = 'rauchzeichen:fortschritt';
export const QUARANTINE_PREFIX = 'rauchzeichen:beiseitegelegt:';
/** A session flag only (no learner data), so a reload keeps a guest a guest until the tab closes. */
export const GUEST_FLAG_KEY = 'rauchzeichen:gastmodus';
/**
 * Set by "Abmelden" in localStorage, so that every tab and every new window of this browser starts as a
 * guest until someone picks a profile. A flag only, no learner data.
 */
export const SIGNED_OUT_KEY = 'rauchzeichen:abgemeldet';

export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface QuarantinedData {
  key: string;
  /** When it was put aside (ISO). */
  savedAt: string;
  problem: string;
  raw: string;
}

export type StorageProblem = 'unavailable' | 'full';

export interface ProgressSnapshot {
  /** "saved": in localStorage; "memory": storage failed, kept until the tab closes; "guest": nothing is stored. */
  mode: 'saved' | 'memory' | 'guest';
  record: ProgressRecord;
  profile: Profile;
  /** The saved profiles (also in guest mode), so a learner can pick theirs on a shared computer. */
  savedProfiles: { id: string; name: string }[];
  storageProblem: StorageProblem | null;
  quarantined: QuarantinedData[];
  /** Set when older data was upgraded on load. */
  migratedFrom: number | null;
}

export type ImportResult = { ok: true; summary: MergeSummary } | { ok: false; problem: string };

export interface ProgressStoreOptions {
  /** Returns localStorage; may throw (disabled storage). */
  storage: () => StorageLike;
  /** Returns sessionStorage for the guest flag; may throw. */
  session?: () => StorageLike;
  now?: () => Date;
  newId?: () => string;
}

/**
 * The answers the schema accepts. One bad entry (say, a 600-character text) would make the whole
 * record unreadable on the next load; scoring already treats such an answer as unanswered.
 */
function storableAnswers(answers: AnswerSheet): AnswerSheet {
  const storable: AnswerSheet = {};
  for (const [questionId, answer] of Object.entries(answers)) {
    const parsed = answerSchema.safeParse(answer);
    if (parsed.success) storable[questionId] = parsed.data;
  }
  return storable;
}

function tryGet(getter: () => StorageLike): StorageLike | null {
  try {
    const storage = getter();
    storage.getItem(PROGRESS_KEY);
    return storage;
  } catch {
    return null;
  }
}

export function createProgressStore(options: ProgressStoreOptions) {
  const now = () => (options.now?.() ?? new Date()).toISOString();
  const newId = options.newId ?? (() => randomId());
  const listeners = new Set<() => void>();
  const session = options.session ? tryGet(options.session) : null;

  const storage = tryGet(options.storage);
  let storageProblem: StorageProblem | null = storage ? null : 'unavailable';
  let memoryRecord: ProgressRecord | null = null;
  let guestRecord: ProgressRecord | null = null;
  let unsavedRecord: ProgressRecord | null = null;
  /** The saved record as last read or written, kept if storage stops answering mid-session. */
  let lastSaved: ProgressRecord | null = null;
  let migratedFrom: number | null = null;
  let quarantinedInMemory: QuarantinedData[] = [];
  let snapshot: ProgressSnapshot;

  function readQuarantined(): QuarantinedData[] {
    if (!storage) return quarantinedInMemory;
    const found: QuarantinedData[] = [];
    try {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (!key?.startsWith(QUARANTINE_PREFIX)) continue;
        const raw = storage.getItem(key) ?? '';
        const decoded = decodeText(raw, newId, now);
        found.push({
          key,
          savedAt: key.slice(QUARANTINE_PREFIX.length),
          problem: decoded.kind === 'invalid' ? decoded.problem : 'Die Daten wurden beiseitegelegt.',
          raw,
        });
      }
    } catch {
      return quarantinedInMemory;
    }
    return [...found, ...quarantinedInMemory].sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  }

  /** Puts unreadable stored data aside. Returns false if that failed, so the caller must not overwrite it. */
  function quarantine(raw: string, problem: string): boolean {
    const savedAt = now();
    if (storage) {
      try {
        let key = QUARANTINE_PREFIX + savedAt;
        for (let n = 2; storage.getItem(key) !== null; n++) key = `${QUARANTINE_PREFIX}${savedAt}-${n}`;
        storage.setItem(key, raw);
        return true;
      } catch {
        // Fall through: keep the copy in memory so the learner can still download it.
      }
    }
    if (!quarantinedInMemory.some((q) => q.raw === raw)) {
      quarantinedInMemory = [...quarantinedInMemory, { key: `${QUARANTINE_PREFIX}${savedAt}`, savedAt, problem, raw }];
    }
    return false;
  }

  function switchToMemory(problem: StorageProblem, record: ProgressRecord) {
    storageProblem = problem;
    memoryRecord = record;
  }

  /** The saved record as it is in storage now, quarantining anything unreadable. */
  function loadSaved(): ProgressRecord {
    if (memoryRecord) return memoryRecord;
    if (!storage) {
      memoryRecord = emptyRecord(newId(), now());
      return memoryRecord;
    }
    let raw: string | null;
    try {
      raw = storage.getItem(PROGRESS_KEY);
    } catch {
      switchToMemory('unavailable', lastSaved ?? emptyRecord(newId(), now()));
      return memoryRecord!;
    }
    const decoded = decodeText(raw, newId, now);
    if (decoded.kind === 'ok') {
      if (decoded.migratedFrom) {
        migratedFrom = decoded.migratedFrom;
        persist(decoded.record);
      }
      lastSaved = decoded.record;
      return decoded.record;
    }
    // Until the first write, an empty store shows the same fresh record every time.
    unsavedRecord ??= emptyRecord(newId(), now());
    if (decoded.kind === 'invalid') {
      if (quarantine(raw!, decoded.problem)) {
        persist(unsavedRecord);
      } else {
        // The unreadable data could not be copied aside: leave it where it is and work in memory.
        switchToMemory('full', unsavedRecord);
      }
    }
    lastSaved = unsavedRecord;
    return unsavedRecord;
  }

  function persist(record: ProgressRecord) {
    if (!storage || memoryRecord) {
      memoryRecord = record;
      return;
    }
    try {
      storage.setItem(PROGRESS_KEY, encodeRecord(record));
      lastSaved = record;
    } catch (error) {
      const isQuota = error instanceof Error && /quota/i.test(error.name + error.message);
      switchToMemory(isQuota ? 'full' : 'unavailable', record);
    }
  }

  function readFlag(where: StorageLike | null, key: string): boolean {
    try {
      return where?.getItem(key) === '1';
    } catch {
      return false;
    }
  }

  function writeFlag(where: StorageLike | null, key: string, on: boolean) {
    try {
      if (on) where?.setItem(key, '1');
      else where?.removeItem(key);
    } catch {
      // Without that storage the flag lasts until the page reloads; nothing else depends on it.
    }
  }

  function isGuestFlagSet(): boolean {
    return readFlag(session, GUEST_FLAG_KEY) || readFlag(storage, SIGNED_OUT_KEY);
  }

  function buildSnapshot(record?: ProgressRecord): ProgressSnapshot {
    const saved = guestRecord ? loadSaved() : (record ?? loadSaved());
    const current = guestRecord ?? saved;
    return {
      mode: guestRecord ? 'guest' : memoryRecord ? 'memory' : 'saved',
      record: current,
      profile: activeProfile(current),
      savedProfiles: saved.profiles.map(({ id, name }) => ({ id, name })),
      storageProblem,
      quarantined: readQuarantined(),
      migratedFrom,
    };
  }

  function publish(record?: ProgressRecord) {
    snapshot = buildSnapshot(record);
    for (const listener of listeners) listener();
  }

  /**
   * Attempts this tab saved in the last seconds. Browsers do not share localStorage between tabs
   * atomically: a tab that saves at the same moment can overwrite them. When another tab's change
   * arrives without one of them, it is saved again (attempts have unique ids, so nothing is doubled).
   */
  let recentAttempts: { profileId: string; attempt: Attempt; savedAt: number }[] = [];
  const clock = () => (options.now?.() ?? new Date()).getTime();

  function restoreRecentAttempts() {
    if (guestRecord || recentAttempts.length === 0) return;
    recentAttempts = recentAttempts.filter((entry) => clock() - entry.savedAt < RECENT_ATTEMPT_MS);
    const current = loadSaved();
    const missing = recentAttempts.filter(
      ({ profileId, attempt }) => current.profiles.some((p) => p.id === profileId) && !hasAttempt(current, profileId, attempt.id),
    );
    if (missing.length === 0) return;
    persist(missing.reduce((record, { profileId, attempt }) => addAttempt(record, attempt, profileId), current));
  }

  /** Read-modify-write on the current record (the guest's, or the saved one read afresh). */
  function update(change: (record: ProgressRecord) => ProgressRecord) {
    if (guestRecord) {
      guestRecord = change(guestRecord);
      publish();
      return;
    }
    const before = loadSaved();
    const after = change(before);
    if (after !== before) persist(after);
    publish(after);
  }

  if (isGuestFlagSet()) guestRecord = emptyRecord(newId(), now(), 'Gast');
  snapshot = buildSnapshot();

  return {
    getSnapshot: (): ProgressSnapshot => snapshot,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Call from the window's "storage" event: another tab changed our data. */
    handleStorageEvent(key: string | null) {
      if (key === SIGNED_OUT_KEY && readFlag(storage, SIGNED_OUT_KEY) && !guestRecord) {
        guestRecord = emptyRecord(newId(), now(), 'Gast');
      }
      if (key !== null && key !== PROGRESS_KEY && key !== SIGNED_OUT_KEY && !key.startsWith(QUARANTINE_PREFIX)) return;
      if (key === PROGRESS_KEY) restoreRecentAttempts();
      publish();
    },
    markLessonStarted(lesson: string) {
      update((r) => markLessonStarted(r, lesson, now()));
    },
    recordAttempt(attempt: Omit<Attempt, 'id' | 'at'>): Attempt {
      const full: Attempt = { ...attempt, answers: storableAnswers(attempt.answers), id: newId(), at: now() };
      update((r) => {
        if (!guestRecord) recentAttempts.push({ profileId: activeProfile(r).id, attempt: full, savedAt: clock() });
        return addAttempt(r, full);
      });
      return full;
    },
    addProfile(name: string) {
      update((r) => addProfile(r, newId(), name, now()));
    },
    switchProfile(id: string) {
      update((r) => switchProfile(r, id));
    },
    renameProfile(id: string, name: string) {
      update((r) => renameProfile(r, id, name));
    },
    deleteProfile(id: string) {
      update((r) => deleteProfile(r, id));
    },
    resetActiveProfile() {
      update(resetActiveProfile);
    },
    enterGuestMode() {
      guestRecord = emptyRecord(newId(), now(), 'Gast');
      writeFlag(session, GUEST_FLAG_KEY, true);
      publish();
    },
    /** Ends guest mode (also after "Abmelden"); with `profileId`, continues as that saved profile. */
    leaveGuestMode(profileId?: string) {
      guestRecord = null;
      writeFlag(session, GUEST_FLAG_KEY, false);
      writeFlag(storage, SIGNED_OUT_KEY, false);
      if (profileId) update((r) => switchProfile(r, profileId));
      else publish();
    },
    /**
     * "Abmelden" on a shared computer: whoever learned here is signed out, in every tab and window of
     * this browser. The next person starts as a fresh guest (nothing of the last guest remains) until
     * they pick their profile.
     */
    signOut() {
      guestRecord = emptyRecord(newId(), now(), 'Gast');
      writeFlag(session, GUEST_FLAG_KEY, true);
      writeFlag(storage, SIGNED_OUT_KEY, true);
      publish();
    },
    /** JSON text of the active profile's progress, for a download. */
    exportText(): string {
      return JSON.stringify(exportableRecord(snapshot.record), null, 2);
    },
    importText(text: string): ImportResult {
      if (new TextEncoder().encode(text).length > MAX_IMPORT_BYTES) {
        return { ok: false, problem: IMPORT_TOO_LARGE };
      }
      const parsed = parseJsonSafely(text);
      if (!parsed.ok) return { ok: false, problem: parsed.problem };
      const decoded = decodeValue(parsed.value, newId, now);
      if (decoded.kind !== 'ok') {
        return { ok: false, problem: decoded.kind === 'invalid' ? decoded.problem : 'Die Datei ist leer.' };
      }
      let summary: MergeSummary = { attemptsAdded: 0, lessonsStarted: 0, lessonsCompleted: 0 };
      update((r) => {
        const merged = mergeIntoActive(r, decoded.record);
        summary = merged.summary;
        return merged.record;
      });
      return { ok: true, summary };
    },
    /** Deletes data put aside, after the learner has confirmed (and ideally downloaded it). */
    discardQuarantined(key: string) {
      quarantinedInMemory = quarantinedInMemory.filter((q) => q.key !== key);
      try {
        storage?.removeItem(key);
      } catch {
        // Already gone or not reachable; the list is refreshed below either way.
      }
      publish();
    },
  };
}

export type ProgressStore = ReturnType<typeof createProgressStore>;
