'use client';

import { useEffect } from 'react';
import type { ScoringKey } from '@/lib/quiz/scoring-key';
import { provideScoringKey } from '@/lib/progress/browser-store';

/**
 * Hands the course's scoring key (built on the server) to the progress store, which computes every result
 * shown from it. It sits in the layout because the store loads on every page, and the first page a learner
 * opens may be the one that migrates an older record. Renders nothing.
 */
export function ScoringKeyHandover({ scoringKey }: { scoringKey: ScoringKey }) {
  useEffect(() => provideScoringKey(scoringKey), [scoringKey]);
  return null;
}
