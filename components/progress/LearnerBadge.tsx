'use client';

import Link from 'next/link';
import { routes } from '@/lib/site/routes';
import { useProgress } from './useProgress';
import { SignOutButton } from './SignOutButton';

/** In the header: who is learning on this computer right now, and "Abmelden" while a profile is open. */
export function LearnerBadge() {
  const progress = useProgress();
  const signedIn = progress !== null && progress.mode !== 'guest';
  const name = !progress ? '…' : signedIn ? progress.profile.name : 'Gast';
  return (
    <div className="learner-badge">
      <Link href={routes.profiles}>
        Wer lernt gerade? <strong>{name}</strong>
      </Link>
      {signedIn && <SignOutButton className="button button--secondary button--small" />}
    </div>
  );
}
