'use client';

import { useRouter } from 'next/navigation';
import { routes } from '@/lib/site/routes';
import { withProgressStore } from '@/lib/progress/browser-store';

/** "Abmelden": the profile stays saved, nobody is signed in, and the next person starts on the home page. */
export function SignOutButton({ className = 'button button--secondary' }: { className?: string }) {
  const router = useRouter();
  return (
    <button
      type="button"
      className={className}
      onClick={() =>
        withProgressStore((store) => {
          store.signOut();
          router.push(routes.profiles);
        })
      }
    >
      Abmelden
    </button>
  );
}
