'use client';

import { useProgress } from './useProgress';
import { SignOutButton } from './SignOutButton';

/**
 * A reminder to sign out at the end of a lesson or quiz, only where it helps: a named profile is open
 * on a computer that more than one learner uses. On a pupil's own phone "Abmelden" stays in the header.
 */
export function SignOutBox() {
  const progress = useProgress();
  if (!progress || progress.mode === 'guest' || progress.savedProfiles.length < 2) return null;
  return (
    <aside className="signout" aria-label="Abmelden">
      <p>
        <strong>Fertig für heute?</strong> Melde dich ab, damit die nächste Person nicht in deinem Profil weiterlernt.
      </p>
      <SignOutButton />
    </aside>
  );
}
