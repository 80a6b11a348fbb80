import type { Metadata } from 'next';
import Link from '@/components/site/Link';
import { glossaryPage } from '@/lib/content/queries';
import { routes } from '@/lib/site/routes';

export const metadata: Metadata = {
  title: 'Glossar',
  description: 'Alle Fachbegriffe des Kurses, einfach erklärt, mit den Lektionen, in denen sie vorkommen.',
};

export default function GlossaryPage() {
  const entries = glossaryPage();
  return (
    <div className="page prose">
      <h1>Glossar</h1>
      <p className="lead">Die Fachbegriffe aus dem Kurs, von A bis Z.</p>
      <dl className="glossary">
        {entries.map(({ entry, lessons }) => (
          <div key={entry.id} id={entry.id} className="glossary__entry">
            <dt>{entry.term}</dt>
            <dd>
              <p>{entry.definition}</p>
              {lessons.length > 0 && (
                <p className="small">
                  Kommt vor in:{' '}
                  {lessons.map((lesson, index) => (
                    <span key={lesson.slug}>
                      {index > 0 && ', '}
                      <Link href={routes.lesson(lesson.slug)}>
                        Lektion {lesson.order}: {lesson.title}
                      </Link>
                    </span>
                  ))}
                </p>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
