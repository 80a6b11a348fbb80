'use client';

import { useEffect } from 'react';
import { whenProgressReadable } from '@/lib/progress/browser-store';

/** Visiting a lesson marks it as started for the current learner. Renders nothing. */
export function MarkLessonStarted({ slug }: { slug: string }) {
  useEffect(() => {
    whenProgressReadable((store) => store.markLessonStarted(slug));
  }, [slug]);
  return null;
}
