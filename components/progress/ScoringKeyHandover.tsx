'use client';

import { useEffect } from 'react';
import type { ScoringKey } from '@/lib/quiz/scoring-key';
import { provideScoringKey } from '@/lib/progress/browser-store';

/**
 * Carries the course's scoring key (built on the server) in a SCORM package's page, whose script hands it to the
 * progress store before anything loads (scorm/render/client.tsx); the website fetches it instead
 * (lib/progress/browser-store.ts). Renders nothing.
 */
export function ScoringKeyHandover({ scoringKey }: { scoringKey: ScoringKey }) {
  useEffect(() => provideScoringKey(scoringKey), [scoringKey]);
  return null;
}
