import Link from '@/components/site/Link';
import { routes } from '@/lib/site/routes';

/**
 * "Gastmodus", in every page's HTML and shown by CSS while <html data-learner="guest">: the inline hint sets
 * that before the first paint and the progress store keeps it up to date (lib/progress/learner-hint.ts), so
 * the notice never pushes the page down after it has appeared.
 */
export function GuestNotice() {
  return (
    <div className="notice notice--info guest-notice">
      <p>
        <strong>Gastmodus:</strong> Es wird nichts gespeichert. Wenn du den Tab schließt, ist alles weg.{' '}
        <Link href={routes.profiles}>Profil wählen oder anlegen</Link>
      </p>
    </div>
  );
}
