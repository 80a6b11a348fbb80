'use client';

import { useEffect } from 'react';
import { progressStore } from './progress-client';

/** Visiting a lesson marks it as started for the current learner. Renders nothing. */
export function MarkLessonStarted({ slug }: { slug: string }) {
  useEffect(() => {
    progressStore().markLessonStarted(slug);
  }, [slug]);
  return null;
}
