import type { Metadata, Viewport } from 'next';
import Link from '@/components/site/Link';
import { GuestNotice } from '@/components/progress/GuestNotice';
import { LateOfflineSupport, LateProgressNotices } from '@/components/site/LateParts';
import { learnerHintScript } from '@/lib/progress/learner-hint';
import { routes } from '@/lib/site/routes';
import { HeaderSignOut, LearnerName } from '@/components/progress/HeaderLearner';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Rauchzeichen – Rauchen und Familie', template: '%s · Rauchzeichen' },
  description:
    'Ein Lernmodul für die Klassen 6 bis 10: Steffens Geschichte über Rauchen und Familie, mit Fakten, Quiz und Hilfe. Ohne Anmeldung, ohne Tracking.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbf8f3' },
    { media: '(prefers-color-scheme: dark)', color: '#1c1b1a' },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The hint script sets data-learner on <html> before React hydrates it.
    <html lang="de" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: learnerHintScript() }} />
      </head>
      <body>
        <a className="skip-link" href="#inhalt">
          Zum Inhalt springen
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <Link href={routes.home} className="site-logo">
              Rauchzeichen
            </Link>
            <nav aria-label="Hauptnavigation">
              <ul className="site-nav">
                <li>
                  <Link href={routes.home}>Kurs</Link>
                </li>
                <li>
                  <Link href={routes.progress}>Mein Fortschritt</Link>
                </li>
                <li>
                  <Link href={routes.teacher.overview}>Für Lehrkräfte</Link>
                </li>
                <li>
                  <Link href={routes.help} className="site-nav__help">
                    Hilfe finden
                  </Link>
                </li>
              </ul>
            </nav>
            <div className="learner-badge">
              <Link href={routes.profiles}>
                Wer lernt gerade? <LearnerName />
              </Link>
              <HeaderSignOut />
            </div>
          </div>
        </header>
        <section className="notices" aria-label="Hinweise zu deinem Fortschritt">
          <GuestNotice />
          <LateProgressNotices />
        </section>
        <main id="inhalt" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Rauchzeichen speichert deinen Fortschritt nur in diesem Browser. Kein Konto, keine Cookies, kein Tracking.
          </p>
          <ul className="site-footer__links">
            <li>
              <Link href={routes.privacy}>Datenschutz</Link>
            </li>
            <li>
              <Link href={routes.help}>Hilfe und Beratung</Link>
            </li>
            <li>
              <Link href={routes.glossary}>Glossar</Link>
            </li>
            <li>
              <Link href={routes.sources}>Quellen</Link>
            </li>
          </ul>
          <LateOfflineSupport />
        </footer>
      </body>
    </html>
  );
}
