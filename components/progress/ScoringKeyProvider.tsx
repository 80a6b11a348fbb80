'use client';

import { createContext, useContext, useEffect } from 'react';
import type { ScoringKey } from '@/lib/quiz/scoring-key';
import { provideScoringKey } from './progress-client';

const ScoringKeyContext = createContext<ScoringKey>({ quizzes: [] });

/**
 * Hands the course's scoring key (built on the server) to the progress store and to every component
 * that shows a result. It sits in the layout because the store loads on every page, and the first page a
 * learner opens may be the one that migrates an older record.
 */
export function ScoringKeyProvider({ scoringKey, children }: { scoringKey: ScoringKey; children: React.ReactNode }) {
  useEffect(() => provideScoringKey(scoringKey), [scoringKey]);
  return <ScoringKeyContext value={scoringKey}>{children}</ScoringKeyContext>;
}

/** The key results are computed against. */
export function useScoringKey(): ScoringKey {
  return useContext(ScoringKeyContext);
}
