import type { ComponentType, ReactNode } from 'react';
import Link from '@/components/site/Link';
import '@/app/globals.css';
import './package.css';
import HelpPage from '@/app/hilfe/page';
import { HelpBox } from '@/components/lesson/HelpBox';
import { lessonPageComponents, type ScenePlacement } from '@/components/lesson/teaching';
import { LessonArticle } from '@/components/lesson/LessonArticle';
import { LessonStatusBadge } from '@/components/progress/LessonStatusBadge';
import { QuizStatusBadge } from '@/components/progress/QuizStatusBadge';
import CertificatePage from '@/app/abschluss/bestaetigung/page';
import { ScoringKeyHandover } from '@/components/progress/ScoringKeyHandover';
import { QuizScreen } from '@/components/quiz/QuizScreen';
import { PackageNotices } from '@/components/scorm/PackageNotices';
import type { Lesson } from '@/lib/content/types';
import type { SourceRef } from '@/lib/content/citation';
import type { Quiz } from '@/lib/quiz/schema';
import type { ScoringKey } from '@/lib/quiz/scoring-key';
import type { EntryComparison } from '@/lib/progress/comparison';
import type { PackageSpec } from '@/lib/scorm/bridge';
import { routes } from '@/lib/site/routes';

/**
 * The pages of a SCORM package, from the website's own components. Rendered once in Node by scripts/scorm.mts;
 * the client components among them are hydrated as islands (island.tsx).
 */

/** The package's stylesheet, script and icon, relative to the package's pages. */
export const ASSETS = { css: 'assets/rauchzeichen.css', js: 'assets/rauchzeichen.js', icon: 'assets/icon.svg' };

/** Only the package's own files: no inline script, no other origin (the LMS frames the package, so no frame-ancestors). */
export const PACKAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const STORAGE_NOTE = 'In der Lernplattform wird dein Ergebnis dort gespeichert, sonst nur in diesem Browser.';

export interface NavItem {
  href: string;
  label: string;
}

export function PackageDocument({
  title,
  links,
  spec,
  scoringKey,
  nav,
  current,
  children,
}: {
  title: string;
  links: Record<string, string>;
  spec: PackageSpec;
  scoringKey: ScoringKey;
  nav: NavItem[];
  current: string;
  children: ReactNode;
}) {
  return (
    <html lang="de" data-links={JSON.stringify(links)} data-package={JSON.stringify(spec)}>
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={PACKAGE_CSP} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${title} · Rauchzeichen`}</title>
        <link rel="icon" href={ASSETS.icon} type="image/svg+xml" />
        <link rel="stylesheet" href={ASSETS.css} />
        <script src={ASSETS.js} defer />
      </head>
      <body>
        <a className="skip-link" href="#inhalt">
          Zum Inhalt springen
        </a>
        <header className="site-header">
          <div className="site-header__inner">
            <span className="site-logo">Rauchzeichen</span>
            <nav aria-label="Seiten dieses Lernpakets">
              <ul className="site-nav">
                {nav.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} aria-current={item.href === current ? 'page' : undefined} className={item.href === routes.help ? 'site-nav__help' : undefined}>
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <ScoringKeyHandover scoringKey={scoringKey} />
        <PackageNotices />
        <main id="inhalt" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>
            Rauchzeichen als Lernpaket: {STORAGE_NOTE} Kein Konto bei uns, keine Cookies, kein Tracking.
          </p>
        </footer>
      </body>
    </html>
  );
}

export function LessonPackagePage({
  lesson,
  scenes,
  Content,
}: {
  lesson: Lesson;
  scenes: readonly { title: string; check?: ScenePlacement['check'] }[];
  Content: ComponentType<{ components: ReturnType<typeof lessonPageComponents> }>;
}) {
  return (
    <LessonArticle
      lesson={lesson}
      content={<Content components={lessonPageComponents(scenes)} />}
      quizNote="Im Quiz prüfst du, was du aus dieser Lektion mitnimmst. Du kannst es so oft machen, wie du willst; in der Lernplattform zählt dein bestes Ergebnis."
      quizStatus={<LessonStatusBadge slug={lesson.slug} />}
      after={<HelpBox />}
    />
  );
}

export function QuizPackagePage(props: {
  quiz: Quiz;
  back: NavItem;
  about: string;
  sources: Record<string, SourceRef>;
  comparison?: EntryComparison;
}) {
  return <QuizScreen {...props} next={null} storageNote={STORAGE_NOTE} signOut={false} />;
}

/** The course test package's first page: what the two tests are, and which one counts. */
export function TestsOverviewPage({
  entry,
  final,
}: {
  entry?: { id: string; title: string; questionCount: number };
  final: { id: string; title: string; questionCount: number; passPercent: number };
}) {
  return (
    <div className="page prose">
      <h1>Einstieg und Abschlusstest</h1>
      <p className="lead">
        Zwei Tests rahmen den Kurs Rauchzeichen ein: einer vor der ersten Lektion, einer nach der letzten. So siehst du,
        was du dazugelernt hast.
      </p>
      <ol className="package-tests">
        {entry && (
          <li>
            <h2>{entry.title}</h2>
            <p>
              {entry.questionCount} Fragen, ohne Note und ohne Bestehen: ein Blick auf dein Vorwissen, am besten vor der
              ersten Lektion.
            </p>
            <QuizStatusBadge quizId={entry.id} kind="entry" />
            <p>
              <Link className="button button--secondary" href={routes.entryCheck}>
                Zum Einstiegstest
              </Link>
            </p>
          </li>
        )}
        <li>
          <h2>{final.title}</h2>
          <p>
            {final.questionCount} Fragen aus allen Lektionen. Ab {final.passPercent} % hast du bestanden. In der
            Lernplattform zählt dein bestes Ergebnis.
          </p>
          <QuizStatusBadge quizId={final.id} kind="final" />
          <p>
            <Link className="button button--primary" href={routes.finalTest}>
              Zum Abschlusstest
            </Link>
          </p>
        </li>
      </ol>
      <HelpBox />
    </div>
  );
}

export { CertificatePage, HelpPage };
