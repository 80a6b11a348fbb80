import type { Metadata } from 'next';
import Link from '@/components/site/Link';
import { sourcesPage } from '@/lib/content/queries';
import { routes } from '@/lib/site/routes';
import { SourceLink } from '@/components/lesson/SourceCitation';

export const metadata: Metadata = {
  title: 'Quellen',
  description: 'Jede Quelle, die der Kurs zitiert, mit den Lektionen und Quizfragen, die sie nutzen.',
};

export default function SourcesPage() {
  const cited = sourcesPage();
  return (
    <div className="page prose">
      <h1>Quellen</h1>
      <p className="lead">
        Jede Zahl im Kurs stammt aus einer dieser Quellen. Wo es geht, verlinken wir die Seite der Herausgeber selbst.
      </p>
      <ul className="sources">
        {cited.map(({ source, lessons, questions }) => (
          <li key={source.id} id={source.id}>
            <p>
              <SourceLink source={source} />
            </p>
            <p className="small">
              Genutzt in:{' '}
              {[
                ...lessons.map((lesson) => (
                  <Link key={`l-${lesson.slug}`} href={routes.lesson(lesson.slug)}>
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
        ))}
      </ul>
    </div>
  );
}
