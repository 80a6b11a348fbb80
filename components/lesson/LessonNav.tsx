import Link from '@/components/site/Link';
import { routes } from '@/lib/site/routes';
import type { LessonRef } from '@/lib/content/types';

/** Previous / next lesson. */
export function LessonNav({ previous, next }: { previous?: LessonRef; next?: LessonRef }) {
  return (
    <nav className="lesson-nav" aria-label="Lektionen">
      {previous ? (
        <Link href={routes.lesson(previous.slug)} rel="prev">
          ← Vorherige Lektion: {previous.title}
        </Link>
      ) : (
        <Link href={routes.home}>← Zur Kursübersicht</Link>
      )}
      {next ? (
        <Link href={routes.lesson(next.slug)} rel="next">
          Nächste Lektion: {next.title} →
        </Link>
      ) : (
        <Link href={routes.finalTest}>Zum Abschlusstest →</Link>
      )}
    </nav>
  );
}
