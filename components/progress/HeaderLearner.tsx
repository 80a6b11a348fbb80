'use client';

import { LateSignOutButton } from '@/components/site/LateParts';
import { useProgress } from './useProgress';

/**
 * In the header, inside the layout's link to the profiles page: who is learning on this computer right now
 * ("…" until the learner's data has loaded).
 */
export function LearnerName() {
  const progress = useProgress();
  const signedIn = progress !== null && progress.mode !== 'guest';
  return <strong>{!progress ? '…' : signedIn ? progress.profile.name : 'Gast'}</strong>;
}

/** In the header: "Abmelden" while a profile is open. */
export function HeaderSignOut() {
  const progress = useProgress();
  const signedIn = progress !== null && progress.mode !== 'guest';
  return signedIn ? <LateSignOutButton className="button button--secondary button--small" /> : null;
}
