import type { NoteGroup } from '@/lib/teacher/notes';

/** One slide as the deck and the presenter view show it. */
export interface Slide {
  content: React.ReactNode;
  /** Short name for the overview and the presenter view. */
  label: string;
  /** Speaker notes from the lesson's guide. */
  notes: NoteGroup[];
  /** Index of the first slide of the next scene, if any. */
  nextScene: number | null;
  /** List items revealed one at a time (discussion questions); 0 shows everything at once. */
  steps: number;
  /** Offer a timer for a discussion or reflection phase. */
  timer: boolean;
}

/** Minutes and seconds, e.g. 4:05. */
export function formatTime(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
