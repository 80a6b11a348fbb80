// Everything the layout and the pages show only once the page has hydrated and the learner's data or the service
// worker is there: one module, so that it is one chunk, loaded once, after the page (see LateParts).
export { MarkLessonStarted } from '@/components/progress/MarkLessonStarted';
export { OfflineSupport } from '@/components/offline/OfflineSupport';
export { ProgressNotices } from '@/components/progress/ProgressNotices';
export { SignOutBox } from '@/components/progress/SignOutBox';
export { SignOutButton } from '@/components/progress/SignOutButton';
