'use client';

import Link from 'next/link';
import { useProgress } from './progress-client';

/** In the header: who is learning on this computer right now, one click from switching. */
export function LearnerBadge() {
  const progress = useProgress();
  const name = !progress ? '…' : progress.mode === 'guest' ? 'Gast' : progress.profile.name;
  return (
    <p className="learner-badge">
      <Link href="/#wer-lernt-gerade">
        Wer lernt gerade? <strong>{name}</strong>
      </Link>
    </p>
  );
}
