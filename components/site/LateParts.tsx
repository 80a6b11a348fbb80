'use client';

import { late } from './late';

const loadParts = () => import('./after-hydration');

/** The layout's notices about the learner's data: nothing to say before the progress store has loaded. */
export const LateProgressNotices = late(() => loadParts().then((parts) => parts.ProgressNotices));

/** The service worker's registration and its status line: the course works without it until then. */
export const LateOfflineSupport = late(() => loadParts().then((parts) => parts.OfflineSupport));

/** "Abmelden" in the header: shown only once the store says a profile is open. */
export const LateSignOutButton = late(() => loadParts().then((parts) => parts.SignOutButton));

/** The reminder to sign out at the end of a lesson or quiz: shown only once the store says it helps. */
export const LateSignOutBox = late(() => loadParts().then((parts) => parts.SignOutBox));

/** Marks the lesson as started for the current learner, once the store is there. */
export const LateMarkLessonStarted = late(() => loadParts().then((parts) => parts.MarkLessonStarted));
