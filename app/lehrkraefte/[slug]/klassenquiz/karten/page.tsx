import Link from '@/components/site/Link';
import { notFound } from 'next/navigation';
import { teacherPage, teacherParams } from '@/lib/content/queries';
import { routes } from '@/lib/site/routes';
import { AnswerCards } from '@/components/teacher/AnswerCards';
import { PrintButton } from '@/components/teacher/PrintButton';
import { answerCardLetters, letterRange } from '@/lib/teacher/class-quiz';
import { teacherMetadata } from '../../teacher-metadata';

export const dynamicParams = false;
export const generateStaticParams = teacherParams;

export const generateMetadata = teacherMetadata((lesson) => `Antwortkarten: ${lesson.title}`);

/** Answer cards for the class quiz: one pupil's set on one A4 page, a letter big enough for the back row. */
export default async function AnswerCardsPage({ params }: PageProps<'/lehrkraefte/[slug]/klassenquiz/karten'>) {
  const { lesson, quiz } = teacherPage((await params).slug) ?? notFound();
  const letters = answerCardLetters(quiz);
  return (
    <div className="page">
      <div className="no-print">
        <p className="breadcrumb">
          <Link href={routes.teacher.classQuiz(lesson.slug)}>← Klassenquiz zu Lektion {lesson.order}</Link>
        </p>
        <h1>
          Antwortkarten {letterRange(letters)}: {lesson.title}
        </h1>
        <p>
          Eine Seite ist ein Satz für ein Kind: {letters.length} Karten, so viele, wie die Frage mit den meisten Antworten in
          diesem Quiz braucht. Drucken Sie die Seite so oft, wie Kinder in der Klasse sind, am besten auf festes Papier, und
          schneiden Sie an den gestrichelten Linien. Die Buchstaben sind mehrere Zentimeter hoch und auch aus der letzten Reihe zu
          erkennen.
        </p>
        <div className="button-row">
          <PrintButton label="Antwortkarten drucken" />
        </div>
      </div>
      <AnswerCards letters={letters} />
    </div>
  );
}
