import Link from '@/components/site/Link';
import { notFound } from 'next/navigation';
import { teacherPage, teacherParams } from '@/lib/content/queries';
import { routes } from '@/lib/site/routes';
import { PrintBar } from '@/components/teacher/Worksheet';
import { teacherMetadata } from '../../teacher-metadata';

export const dynamicParams = false;
export const generateStaticParams = teacherParams;

export const generateMetadata = teacherMetadata((lesson) => `Lösungen zum Arbeitsblatt: ${lesson.title}`);

/**
 * The answer key ("Erwartungshorizont") on one A4 page of its own, so that printing the sheet for the class
 * never hands out the solutions. It fits both versions of the sheet: they share their tasks.
 */
export default async function AnswerKeyPage({ params }: PageProps<'/lehrkraefte/[slug]/arbeitsblatt/loesungen'>) {
  const { lesson, guide } = teacherPage((await params).slug) ?? notFound();
  return (
    <div className="page print-page">
      <PrintBar lesson={lesson} label="Lösungen drucken">
        <ul className="link-list link-list--inline">
          <li>
            <Link href={routes.teacher.worksheet(lesson.slug)}>Arbeitsblatt</Link>
          </li>
          <li>
            <Link href={routes.teacher.easierWorksheet(lesson.slug)}>Arbeitsblatt mit Satzanfängen</Link>
          </li>
        </ul>
      </PrintBar>
      <section className="print-doc sheet sheet--key" aria-labelledby="loesung-titel">
        <h1 id="loesung-titel" className="sheet__title">
          Lösungen für die Lehrkraft: Arbeitsblatt zu Lektion {lesson.order}, {lesson.title}
        </h1>
        <p className="sheet__task">
          Erwartungshorizont für beide Fassungen des Arbeitsblatts. Gleichwertige Antworten in eigenen Worten sind richtig.
        </p>
        <ol className="sheet__answers">
          {guide.worksheet.questions.map((item) => (
            <li key={item.question}>
              <p className="sheet__answer-question">{item.question}</p>
              <p>{item.answer}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
