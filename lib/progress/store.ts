import { askedIds, emptyRecord, encodeRecord, isEmptyText, parseJsonSafely, type DecodeResult, type ProgressDecoder, type Rescoring } from './codec';
import type { AnswerSheet } from '../quiz/answers';
import { parseAnswer } from '../quiz/parse-answer';
import {
  activeProfile,
  addAttempt,
  addProfile,
  deleteProfile,
  exportableRecord,
  hasAttempt,
  setProfilePin,
  markLessonStarted,
  mergeIntoActive,
  normaliseProfileName,
  renameProfile,
  resetActiveProfile,
  switchProfile,
  type MergeSummary,
} from './record';
import type { Attempt, Profile, ProgressRecord } from './schema';
import type { PinHash } from './pin';
import { IMPORT_TOO_LARGE, MAX_IMPORT_BYTES } from './limits';
import { randomId } from './random-id';
import { hashPin, isValidPin, verifyPin } from './pin';
import type { ScoringKey } from '../quiz/scoring-key';
import { profileResults, type ProfileResults } from './summary';
import { GUEST_FLAG_KEY, GUEST_RECORD_KEY, PROGRESS_KEY, QUARANTINE_PREFIX, SESSION_PROFILE_KEY, SIGNED_OUT_KEY } from './keys';

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
 * - Guest mode keeps a separate record in this tab only (memory and sessionStorage); the saved record is
 *   not touched. A browser with nothing saved starts as a guest: no profile is made up for the learner.
 *   Whoever then creates or opens a profile takes the guest's progress along, so nothing done is lost.
 * - A profile is opened on purpose, in this tab's session: after a browser restart the store asks first
 *   (`pendingProfile`: "Bist du …?") and shows a guest until the answer. A profile with a PIN opens only
 *   with it, and only the open profile can be exported.
 */

export { GUEST_FLAG_KEY, GUEST_RECORD_KEY, PROGRESS_KEY, QUARANTINE_PREFIX, SESSION_PROFILE_KEY, SIGNED_OUT_KEY } from './keys';

export interface ProfileEntry {
  id: string;
  name: string;
  hasPin: boolean;
}

export type OpenProfileResult = { ok: true } | { ok: false; problem: 'wrong-pin' | 'unknown-profile' };

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
  /** Every result of `profile`, scored from its answers against the course's scoring key. */
  results: ProfileResults;
  /** The saved profiles (also in guest mode), so a learner can pick theirs on a shared computer. */
  savedProfiles: ProfileEntry[];
  /** A profile left signed in before the browser was closed: shown only after "Bist du …? – Ja". */
  pendingProfile: ProfileEntry | null;
  storageProblem: StorageProblem | null;
  quarantined: QuarantinedData[];
  /** Set when older data was upgraded on load. */
  migratedFrom: number | null;
  /** Results that older data (loaded or imported) stored differently from what its answers score. */
  rescored: Rescoring | null;
}

export type ImportResult = { ok: true; summary: MergeSummary } | { ok: false; problem: string };

export interface ProgressStoreOptions {
  /** The course's scoring key: results are computed against it, and older records migrated with it. */
  scoringKey: ScoringKey;
  /** Returns localStorage; may throw (disabled storage). */
  storage: () => StorageLike;
  /** Returns sessionStorage for the guest flag; may throw. */
  session?: () => StorageLike;
  /**
   * Reads stored and imported data (decode.ts, with the schemas). Asked only when there is something to read,
   * and for `importText`: a browser hands over one that loads when that is needed.
   */
  decoder: ProgressDecoder;
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
    const parsed = parseAnswer(answer);
    if (parsed) storable[questionId] = parsed;
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
  let pendingProfileId: string | null = null;
  /** The saved record as last read or written, kept if storage stops answering mid-session. */
  let lastSaved: ProgressRecord | null = null;
  let migratedFrom: number | null = null;
  let rescored: Rescoring | null = null;
  const key = options.scoringKey;
  const { decoder } = options;
  const decode = (raw: string | null): DecodeResult => (isEmptyText(raw) ? { kind: 'empty' } : decoder.decodeText(raw, newId, now, key));

  /** Remembers what a migration rescored, to tell the learner. */
  function noteRescoring(decoded: DecodeResult) {
    if (decoded.kind !== 'ok' || !decoded.rescored) return;
    rescored = {
      attempts: (rescored?.attempts ?? 0) + decoded.rescored.attempts,
      lessons: (rescored?.lessons ?? 0) + decoded.rescored.lessons,
    };
  }
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
        const decoded = decode(raw);
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
    return [...found, ...quarantinedInMemory].sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
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

  /** The saved record as it is in storage now (null: nothing saved), quarantining anything unreadable. */
  function loadSaved(): ProgressRecord | null {
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
    const decoded = decode(raw);
    if (decoded.kind === 'ok') {
      if (decoded.migratedFrom) {
        migratedFrom = decoded.migratedFrom;
        noteRescoring(decoded);
        persist(decoded.record);
      }
      lastSaved = decoded.record;
      return decoded.record;
    }
    if (decoded.kind === 'invalid') {
      if (quarantine(raw!, decoded.problem)) {
        try {
          storage.removeItem(PROGRESS_KEY);
        } catch {
          // Left in place it is put aside once more on the next load; the copy is safe either way.
        }
      } else {
        // The unreadable data could not be copied aside: leave it where it is and work in memory.
        switchToMemory('full', emptyRecord(newId(), now()));
        return memoryRecord;
      }
    }
    lastSaved = null;
    return null;
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

  function readSession(key: string): string | null {
    try {
      return session?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  function writeSession(key: string, value: string | null) {
    try {
      if (value === null) session?.removeItem(key);
      else session?.setItem(key, value);
    } catch {
      // Without sessionStorage this lasts until the page reloads.
    }
  }

  function newGuest(): ProgressRecord {
    return emptyRecord(newId(), now(), 'Gast');
  }

  /** The guest of this tab as it was before a reload, or a fresh one. */
  function restoreGuest(): ProgressRecord {
    const decoded = decode(readSession(GUEST_RECORD_KEY));
    noteRescoring(decoded);
    return decoded.kind === 'ok' ? decoded.record : newGuest();
  }

  function setGuest(record: ProgressRecord | null) {
    guestRecord = record;
    writeSession(GUEST_RECORD_KEY, record ? encodeRecord(record) : null);
  }

  const entry = ({ id, name, pin }: Profile): ProfileEntry => ({ id, name, hasPin: pin !== undefined });

  function buildSnapshot(record?: ProgressRecord): ProgressSnapshot {
    const saved = guestRecord ? loadSaved() : (record ?? loadSaved());
    if (!guestRecord && !saved) setGuest(newGuest());
    const current = guestRecord ?? saved!;
    const profile = activeProfile(current);
    const pending = pendingProfileId && guestRecord ? saved?.profiles.find((p) => p.id === pendingProfileId) : undefined;
    return {
      mode: guestRecord ? 'guest' : memoryRecord ? 'memory' : 'saved',
      record: current,
      profile,
      results: profileResults(profile, key),
      savedProfiles: saved?.profiles.map(entry) ?? [],
      pendingProfile: pending ? entry(pending) : null,
      storageProblem,
      quarantined: readQuarantined(),
      migratedFrom,
      rescored,
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
    if (!current) return;
    const missing = recentAttempts.filter(
      ({ profileId, attempt }) => current.profiles.some((p) => p.id === profileId) && !hasAttempt(current, profileId, attempt.id),
    );
    if (missing.length === 0) return;
    persist(missing.reduce((record, { profileId, attempt }) => addAttempt(record, attempt, profileId), current));
  }

  /** Read-modify-write on the current record (the guest's, or the saved one read afresh). */
  function update(change: (record: ProgressRecord) => ProgressRecord) {
    const before = guestRecord ? null : loadSaved();
    if (!before) {
      setGuest(change(guestRecord ?? newGuest()));
      publish();
      return;
    }
    const after = change(before);
    if (after !== before) persist(after);
    // Deleting the open profile opens another one, in this tab's session as well.
    if (after.activeProfileId !== before.activeProfileId) writeSession(SESSION_PROFILE_KEY, after.activeProfileId);
    publish(after);
  }

  /**
   * Leaves guest mode into a saved profile (`open` picks or creates it in the saved record), taking the
   * guest's progress along, and remembers in this tab's session that the profile was opened on purpose.
   */
  function enterProfile(open: (saved: ProgressRecord | null) => ProgressRecord) {
    const guest = guestRecord;
    setGuest(null);
    pendingProfileId = null;
    writeSession(GUEST_FLAG_KEY, null);
    writeFlag(storage, SIGNED_OUT_KEY, false);
    let opened = open(loadSaved());
    if (guest) opened = mergeIntoActive(opened, guest, key).record;
    persist(opened);
    writeSession(SESSION_PROFILE_KEY, opened.activeProfileId);
    publish(opened);
  }

  function findSaved(id: string): Profile | undefined {
    return loadSaved()?.profiles.find((p) => p.id === id);
  }

  function startingState() {
    if (isGuestFlagSet()) {
      guestRecord = restoreGuest();
      return;
    }
    const saved = loadSaved();
    if (!saved || memoryRecord) {
      if (!saved) guestRecord = restoreGuest();
      return;
    }
    if (readSession(SESSION_PROFILE_KEY) !== saved.activeProfileId) {
      // Opened by someone earlier, not in this session: ask before showing anything of it.
      pendingProfileId = saved.activeProfileId;
      guestRecord = restoreGuest();
    }
  }

  startingState();
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
        setGuest(newGuest());
        writeSession(SESSION_PROFILE_KEY, null);
      }
      if (key !== null && key !== PROGRESS_KEY && key !== SIGNED_OUT_KEY && !key.startsWith(QUARANTINE_PREFIX)) return;
      if (key === PROGRESS_KEY) restoreRecentAttempts();
      publish();
    },
    markLessonStarted(lesson: string) {
      update((r) => markLessonStarted(r, lesson, now()));
    },
    recordAttempt(attempt: Omit<Attempt, 'id' | 'at'>): Attempt {
      const { asked, ...rest } = attempt;
      const full: Attempt = { ...rest, answers: storableAnswers(attempt.answers), ...(asked ? { asked: askedIds(asked) } : {}), id: newId(), at: now() };
      update((r) => {
        if (!guestRecord) recentAttempts.push({ profileId: activeProfile(r).id, attempt: full, savedAt: clock() });
        return addAttempt(r, full);
      });
      return full;
    },
    /** A new profile, opened at once; a guest's progress goes into it. `pin` is the hash (see createProfile). */
    addProfile(name: string, pin?: PinHash) {
      const id = newId();
      enterProfile((saved) => {
        const added = saved ? addProfile(saved, id, name, now()) : emptyRecord(id, now(), normaliseProfileName(name) || undefined);
        return pin ? setProfilePin(added, id, pin) : added;
      });
    },
    /** "Profil anlegen", with an optional 4-digit PIN that is stored only as a salted hash. */
    async createProfile(name: string, pin?: string): Promise<void> {
      const hashed = pin ? await hashPin(pin) : undefined;
      this.addProfile(name, hashed);
    },
    /** Opens a saved profile on purpose; one with a PIN only with the right PIN. */
    async openProfile(id: string, pin = ''): Promise<OpenProfileResult> {
      const target = findSaved(id);
      if (!target) return { ok: false, problem: 'unknown-profile' };
      if (target.pin && !(await verifyPin(pin, target.pin))) return { ok: false, problem: 'wrong-pin' };
      enterProfile((saved) => switchProfile(saved!, id));
      return { ok: true };
    },
    /** Switches to a profile without a PIN; a profile with a PIN needs openProfile. Returns whether it switched. */
    switchProfile(id: string): boolean {
      const target = findSaved(id);
      if (!target || target.pin) return false;
      enterProfile((saved) => switchProfile(saved!, id));
      return true;
    },
    /** Sets or changes the PIN of the open profile. */
    async setPin(pin: string): Promise<void> {
      if (!isValidPin(pin) || guestRecord) return;
      const hashed = await hashPin(pin);
      update((r) => setProfilePin(r, r.activeProfileId, hashed));
    },
    removePin() {
      if (guestRecord) return;
      update((r) => setProfilePin(r, r.activeProfileId, undefined));
    },
    /**
     * "PIN vergessen": a profile can always be deleted from the list, after a confirmation on the page, but
     * never opened or exported without its PIN. Deleting the last profile leaves nothing saved.
     */
    forgetProfile(id: string) {
      const saved = loadSaved();
      if (!saved?.profiles.some((p) => p.id === id)) return;
      if (pendingProfileId === id) pendingProfileId = null;
      if (saved.profiles.length > 1) {
        persist(deleteProfile(saved, id));
      } else if (memoryRecord) {
        memoryRecord = emptyRecord(newId(), now());
      } else {
        try {
          storage?.removeItem(PROGRESS_KEY);
          lastSaved = null;
        } catch {
          // Storage stopped answering; the profile stays, and the list below shows it.
        }
      }
      if (!guestRecord && !loadSaved()?.profiles.some((p) => p.id === readSession(SESSION_PROFILE_KEY))) setGuest(newGuest());
      publish();
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
    /** "Als Gast lernen": nothing is saved beyond this tab; a profile created later takes the progress along. */
    enterGuestMode() {
      if (!guestRecord) setGuest(newGuest());
      pendingProfileId = null;
      writeFlag(session, GUEST_FLAG_KEY, true);
      writeSession(SESSION_PROFILE_KEY, null);
      publish();
    },
    /**
     * "Abmelden" on a shared computer: whoever learned here is signed out, in every tab and window of
     * this browser. The next person starts as a fresh guest (nothing of the last guest remains) until
     * they pick their profile.
     */
    signOut() {
      setGuest(newGuest());
      pendingProfileId = null;
      writeFlag(session, GUEST_FLAG_KEY, true);
      writeFlag(storage, SIGNED_OUT_KEY, true);
      writeSession(SESSION_PROFILE_KEY, null);
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
      const decoded = decoder.decodeValue(parsed.value, newId, now, key);
      if (decoded.kind !== 'ok') {
        return { ok: false, problem: decoded.kind === 'invalid' ? decoded.problem : 'Die Datei ist leer.' };
      }
      noteRescoring(decoded);
      let summary: MergeSummary = { attemptsAdded: 0, lessonsStarted: 0, lessonsCompleted: 0 };
      update((r) => {
        const merged = mergeIntoActive(r, decoded.record, key);
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
