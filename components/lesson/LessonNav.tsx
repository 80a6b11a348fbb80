import Link from 'next/link';

interface LessonRef {
  slug: string;
  title: string;
  order: number;
}

/** Previous / next lesson. */
export function LessonNav({ previous, next }: { previous?: LessonRef; next?: LessonRef }) {
  return (
    <nav className="lesson-nav" aria-label="Lektionen">
      {previous ? (
        <Link href={`/lektionen/${previous.slug}`} rel="prev">
          ← Vorherige Lektion: {previous.title}
        </Link>
      ) : (
        <Link href="/">← Zur Kursübersicht</Link>
      )}
      {next ? (
        <Link href={`/lektionen/${next.slug}`} rel="next">
          Nächste Lektion: {next.title} →
        </Link>
      ) : (
        <Link href="/abschluss">Zum Abschlusstest →</Link>
      )}
    </nav>
  );
}
