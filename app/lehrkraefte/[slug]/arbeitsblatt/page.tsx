import type { Metadata } from 'next';
import Link from 'next/link';
import { lessonBlocks } from '@/lib/content/blocks';
import { teacherLesson, teacherStaticParams } from '@/components/teacher/teacherRoutes';
import { MdxSnippet } from '@/components/lesson/MdxSnippet';
import { BegriffSchlicht } from '@/components/lesson/teaching';
import { PrintButton } from '@/components/teacher/PrintButton';
import { AnswerKeyToggle } from '@/components/teacher/AnswerKeyToggle';

export const dynamicParams = false;
export const generateStaticParams = teacherStaticParams;

export async function generateMetadata({ params }: PageProps<'/lehrkraefte/[slug]/arbeitsblatt'>): Promise<Metadata> {
  const { lesson } = teacherLesson((await params).slug);
  return { title: `Arbeitsblatt: ${lesson.title}` };
}

/** A worksheet for A4, black-and-white friendly, with the answer key on a page of its own. */
export default async function WorksheetPage({ params }: PageProps<'/lehrkraefte/[slug]/arbeitsblatt'>) {
  const { lesson, guide } = teacherLesson((await params).slug);
  const scene = lessonBlocks(lesson.body).filter((block) => block.component === 'Szene')[guide.worksheet.scene - 1]!;
  return (
    <div className="page print-page worksheet">
      <div className="no-print">
        <p className="breadcrumb">
          <Link href={`/lehrkraefte/${lesson.slug}`}>← Leitfaden zu Lektion {lesson.order}</Link>
        </p>
        <div className="button-row">
          <PrintButton label="Arbeitsblatt drucken" />
        </div>
        <AnswerKeyToggle />
      </div>

      <section className="sheet" aria-labelledby="blatt-titel">
        <p className="sheet__meta">
          <span>Name: ______________________</span> <span>Klasse: ________</span> <span>Datum: ____________</span>
        </p>
        <h1 id="blatt-titel">
          Arbeitsblatt zu Lektion {lesson.order}: {lesson.title}
        </h1>
        <p className="sheet__task">{guide.worksheet.task}</p>
        <blockquote className="sheet__excerpt">
          <p className="sheet__excerpt-title">Aus der Szene „{scene.attributes.titel}“</p>
          <MdxSnippet source={scene.content} components={{ Begriff: BegriffSchlicht }} />
        </blockquote>
        <h2>Aufgaben</h2>
        <ol className="sheet__questions">
          {guide.worksheet.questions.map((item) => (
            <li key={item.question}>
              <p>{item.question}</p>
              <div className={`sheet__lines sheet__lines--${item.lines}`} aria-hidden="true" />
            </li>
          ))}
        </ol>
        <p className="sheet__help">
          Wenn dich das Thema belastet: Sprich mit jemandem, dem du vertraust, oder ruf die Nummer gegen Kummer an: 116 111
          (anonym und kostenlos).
        </p>
      </section>

      <section className="sheet sheet--key" aria-labelledby="loesung-titel">
        <h2 id="loesung-titel">Lösungen für die Lehrkraft: Lektion {lesson.order}</h2>
        <ol>
          {guide.worksheet.questions.map((item) => (
            <li key={item.question}>
              <p>
                <strong>{item.question}</strong>
              </p>
              <p>{item.answer}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
