import { DEFAULT_PROFILE_NAME } from './codec';
import type { PinHash } from './pin';
import type { Attempt, Profile, ProgressRecord } from './schema';
import type { ScoringKey } from '../quiz/scoring-key';
import { completedLessons, startedLessons } from './summary';

/** Pure operations on a progress record. Each returns a new record and leaves the old one as it was. */

export function activeProfile(record: ProgressRecord): Profile {
  return record.profiles.find((p) => p.id === record.activeProfileId) ?? record.profiles[0]!;
}

function updateActive(record: ProgressRecord, change: (profile: Profile) => Profile): ProgressRecord {
  const active = activeProfile(record);
  return { ...record, profiles: record.profiles.map((p) => (p.id === active.id ? change(p) : p)) };
}

export function markLessonStarted(record: ProgressRecord, lesson: string, now: string): ProgressRecord {
  if (activeProfile(record).lessons[lesson]) return record;
  return updateActive(record, (p) => ({ ...p, lessons: { ...p.lessons, [lesson]: { startedAt: now } } }));
}

/**
 * Adds an attempt to the active profile, or to the profile `profileId` (unchanged if it no longer exists).
 * Whether it starts or completes a lesson is not stored: it follows from scoring the attempt (see summary.ts).
 */
export function addAttempt(record: ProgressRecord, attempt: Attempt, profileId = activeProfile(record).id): ProgressRecord {
  return {
    ...record,
    profiles: record.profiles.map((p) => (p.id === profileId ? { ...p, attempts: [...p.attempts, attempt] } : p)),
  };
}

/** Whether the profile `profileId` holds the attempt with this id. */
export function hasAttempt(record: ProgressRecord, profileId: string, attemptId: string): boolean {
  return record.profiles.some((p) => p.id === profileId && p.attempts.some((a) => a.id === attemptId));
}

export function resetActiveProfile(record: ProgressRecord): ProgressRecord {
  return updateActive(record, (p) => ({ ...p, lessons: {}, attempts: [] }));
}

export function normaliseProfileName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, 40);
}

export function addProfile(record: ProgressRecord, id: string, name: string, now: string): ProgressRecord {
  // A blank name would fail the schema on the next load and put all progress aside.
  const profile: Profile = { id, name: normaliseProfileName(name) || DEFAULT_PROFILE_NAME, createdAt: now, lessons: {}, attempts: [] };
  return { ...record, activeProfileId: id, profiles: [...record.profiles, profile] };
}

function withoutPin(profile: Profile): Profile {
  const copy = { ...profile };
  delete copy.pin;
  return copy;
}

/** Sets (or with `undefined` removes) the PIN hash of a profile. */
export function setProfilePin(record: ProgressRecord, id: string, pin: PinHash | undefined): ProgressRecord {
  return {
    ...record,
    profiles: record.profiles.map((p) => {
      if (p.id !== id) return p;
      return pin ? { ...p, pin } : withoutPin(p);
    }),
  };
}

export function switchProfile(record: ProgressRecord, id: string): ProgressRecord {
  if (!record.profiles.some((p) => p.id === id) || record.activeProfileId === id) return record;
  return { ...record, activeProfileId: id };
}

export function renameProfile(record: ProgressRecord, id: string, name: string): ProgressRecord {
  const normalised = normaliseProfileName(name);
  if (normalised === '') return record;
  return { ...record, profiles: record.profiles.map((p) => (p.id === id ? { ...p, name: normalised } : p)) };
}

/** Deletes a profile; the last one stays. Deleting the active profile activates the first remaining one. */
export function deleteProfile(record: ProgressRecord, id: string): ProgressRecord {
  const profiles = record.profiles.filter((p) => p.id !== id);
  if (profiles.length === 0 || profiles.length === record.profiles.length) return record;
  const activeProfileId = record.activeProfileId === id ? profiles[0]!.id : record.activeProfileId;
  return { ...record, activeProfileId, profiles };
}

function earlier(a: string, b: string): string {
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

export interface MergeSummary {
  attemptsAdded: number;
  lessonsStarted: number;
  lessonsCompleted: number;
}

function countNew(before: Set<string>, after: Set<string>): number {
  return [...after].filter((slug) => !before.has(slug)).length;
}

/**
 * Merges the progress of every profile in `incoming` into the active profile of `record`
 * (an export holds one learner's progress; importing adds it to whoever is learning now).
 * Attempts are matched by id, so importing the same file twice changes nothing.
 * Lessons keep the earliest start. Lessons started and completed are counted as the learner sees them:
 * from the attempts scored against `key`, so the entry check and the final test are never counted as lessons.
 */
export function mergeIntoActive(record: ProgressRecord, incoming: ProgressRecord, key: ScoringKey): { record: ProgressRecord; summary: MergeSummary } {
  let attemptsAdded = 0;
  // A lesson start added or moved earlier changes the record even when the learner sees no new lesson
  // (one whose quiz was tried here already counts as started).
  let startsChanged = false;
  const merged = updateActive(record, (profile) => {
    const lessons = { ...profile.lessons };
    const attemptIds = new Set(profile.attempts.map((a) => a.id));
    const attempts = [...profile.attempts];
    for (const source of incoming.profiles) {
      for (const [slug, theirs] of Object.entries(source.lessons)) {
        const ours = lessons[slug];
        const startedAt = ours ? earlier(ours.startedAt, theirs.startedAt) : theirs.startedAt;
        if (startedAt !== ours?.startedAt) startsChanged = true;
        lessons[slug] = { startedAt };
      }
      for (const attempt of source.attempts) {
        if (attemptIds.has(attempt.id)) continue;
        attemptIds.add(attempt.id);
        attempts.push(attempt);
        attemptsAdded++;
      }
    }
    attempts.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    return { ...profile, lessons, attempts };
  });
  const before = activeProfile(record);
  const after = activeProfile(merged);
  const summary: MergeSummary = {
    attemptsAdded,
    lessonsStarted: countNew(startedLessons(before, key), startedLessons(after, key)),
    lessonsCompleted: countNew(completedLessons(before, key), completedLessons(after, key)),
  };
  const changed = startsChanged || summary.attemptsAdded + summary.lessonsStarted + summary.lessonsCompleted > 0;
  return { record: changed ? merged : record, summary };
}

/**
 * A record with only the active profile: what "Exportieren" writes to a file. The PIN hash stays behind:
 * a file travels, and the hash of a 4-digit PIN is as good as the PIN to anyone who tries all 10 000.
 */
export function exportableRecord(record: ProgressRecord): ProgressRecord {
  const profile = withoutPin(activeProfile(record));
  return { ...record, activeProfileId: profile.id, profiles: [profile] };
}
