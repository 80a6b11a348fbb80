'use client';

import { useRouter } from 'next/navigation';
import { withProgressStore } from './progress-client';

/**
 * "Abmelden" at the end of a lesson, for shared computers: the next person starts as a fresh guest,
 * and nothing a guest did remains.
 */
export function SignOutBox() {
  const router = useRouter();
  return (
    <aside className="signout" aria-label="Abmelden">
      <p>
        <strong>Fertig für heute?</strong> An einem Computer, den ihr euch teilt: Melde dich ab, damit die nächste Person
        nicht in deinem Profil weiterlernt.
      </p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() =>
          withProgressStore((store) => {
            store.signOut();
            router.push('/#wer-lernt-gerade');
          })
        }
      >
        Abmelden
      </button>
    </aside>
  );
}
