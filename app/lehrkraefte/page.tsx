import type { Metadata } from 'next';
import Link from '@/components/site/Link';
import { Fragment } from 'react';
import { teacherOverview } from '@/lib/content/queries';
import { routes, teacherLinks } from '@/lib/site/routes';
import Overview from '@/content/lehrkraefte.mdx';

export const metadata: Metadata = {
  title: 'Für Lehrkräfte',
  description: 'Leitfäden, Präsentationen, Klassenquiz, Arbeitsblätter und Elternbrief für den Unterricht mit Rauchzeichen.',
};

export default async function TeacherOverviewPage() {
  const { lessons, letterLanguages: translations } = await teacherOverview();
  return (
    <div className="page page--wide prose">
      <h1>Für Lehrkräfte</h1>
      <Overview />
      <section aria-labelledby="lektionen-material">
        <h2 id="lektionen-material">Die Lektionen und ihr Material</h2>
        <div className="table-wrap">
          <table className="progress-table">
            <thead>
              <tr>
                <th scope="col">Lektion</th>
                <th scope="col">Lernziele</th>
                <th scope="col">Dauer</th>
                <th scope="col">Material</th>
              </tr>
            </thead>
            <tbody>
              {lessons.map((lesson) => (
                <tr key={lesson.slug}>
                  <th scope="row">
                    <Link href={routes.lesson(lesson.slug)}>
                      {lesson.order}. {lesson.title}
                    </Link>
                  </th>
                  <td>
                    <ul>
                      {lesson.goals.map((goal) => (
                        <li key={goal.id}>{goal.text}</li>
                      ))}
                    </ul>
                  </td>
                  <td>{lesson.durationMinutes} Minuten</td>
                  <td>
                    <ul className="link-list">
                      {teacherLinks(lesson.slug).map((link) => (
                        <li key={link.href}>
                          <Link href={link.href}>{link.label}</Link>
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="eltern">
        <h2 id="eltern">Für Eltern</h2>
        <p>
          Ein <Link href={routes.teacher.parentLetter()}>Elternbrief zum Ausdrucken</Link> erklärt, was die Klasse lernt, dass keine
          Daten gesammelt werden und wo Familien Hilfe finden. Es gibt ihn auch auf{' '}
          {translations.map((letter, index) => (
            <Fragment key={letter.code}>
              {index === 0 ? '' : index === translations.length - 1 ? ' und ' : ', '}
              <Link href={routes.teacher.parentLetter(letter.code)}>{letter.languageDe}</Link>
            </Fragment>
          ))}
          .
        </p>
      </section>
    </div>
  );
}
