import type { Metadata } from 'next';
import Link from 'next/link';
import { getCourse } from '@/lib/content/load';
import { sourceUsage } from '@/lib/content/usage';
import { SourceLink, sourceLabel } from '@/components/lesson/SourceCitation';

export const metadata: Metadata = {
  title: 'Quellen',
  description: 'Jede Quelle, die der Kurs zitiert, mit den Lektionen und Quizfragen, die sie nutzen.',
};

export default function SourcesPage() {
  const course = getCourse();
  const usage = sourceUsage(course);
  const cited = [...course.sources.values()]
    .filter((source) => usage.has(source.id))
    .sort((a, b) => sourceLabel(a).localeCompare(sourceLabel(b), 'de'));
  return (
    <div className="page prose">
      <h1>Quellen</h1>
      <p className="lead">
        Jede Zahl im Kurs stammt aus einer dieser Quellen. Wo es geht, verlinken wir die Seite der Herausgeber selbst.
      </p>
      <ul className="sources">
        {cited.map((source) => {
          const { lessons, questions } = usage.get(source.id)!;
          return (
            <li key={source.id} id={source.id}>
              <p>
                <SourceLink source={source} />
              </p>
              <p className="small">
                Genutzt in:{' '}
                {[
                  ...lessons.map((lesson) => (
                    <Link key={`l-${lesson.slug}`} href={`/lektionen/${lesson.slug}`}>
                      Lektion {lesson.order}: {lesson.title}
                    </Link>
                  )),
                  ...questions.map((question) => (
                    <Link key={`q-${question.quizId}-${question.number}`} href={question.href}>
                      {question.quizTitle}, Frage {question.number}
                    </Link>
                  )),
                ].map((link, index) => (
                  <span key={index}>
                    {index > 0 && ' · '}
                    {link}
                  </span>
                ))}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
