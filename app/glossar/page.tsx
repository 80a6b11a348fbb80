import type { Metadata } from 'next';
import Link from 'next/link';
import { getCourse } from '@/lib/content/load';
import { glossaryUsage } from '@/lib/content/usage';

export const metadata: Metadata = {
  title: 'Glossar',
  description: 'Alle Fachbegriffe des Kurses, einfach erklärt, mit den Lektionen, in denen sie vorkommen.',
};

export default function GlossaryPage() {
  const course = getCourse();
  const usage = glossaryUsage(course);
  const entries = [...course.glossary.values()].sort((a, b) => a.term.localeCompare(b.term, 'de', { sensitivity: 'base' }));
  return (
    <div className="page prose">
      <h1>Glossar</h1>
      <p className="lead">Die Fachbegriffe aus dem Kurs, von A bis Z.</p>
      <dl className="glossary">
        {entries.map((entry) => (
          <div key={entry.id} id={entry.id} className="glossary__entry">
            <dt>{entry.term}</dt>
            <dd>
              <p>{entry.definition}</p>
              {(usage.get(entry.id) ?? []).length > 0 && (
                <p className="small">
                  Kommt vor in:{' '}
                  {usage.get(entry.id)!.map((lesson, index) => (
                    <span key={lesson.slug}>
                      {index > 0 && ', '}
                      <Link href={`/lektionen/${lesson.slug}`}>
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
