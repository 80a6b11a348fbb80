import Link from '@/components/site/Link';
import { notFound } from 'next/navigation';
import { classQuizPage, teacherParams } from '@/lib/content/queries';
import { routes } from '@/lib/site/routes';
import { ClassQuiz } from '@/components/teacher/ClassQuiz';
import { answerCardLetters, letterRange } from '@/lib/teacher/class-quiz';
import { teacherMetadata } from '../teacher-metadata';

export const dynamicParams = false;
export const generateStaticParams = teacherParams;

export const generateMetadata = teacherMetadata((lesson) => `Klassenquiz: ${lesson.title}`);

export default async function ClassQuizPage({ params }: PageProps<'/lehrkraefte/[slug]/klassenquiz'>) {
  const { lesson, quiz, sources } = classQuizPage((await params).slug) ?? notFound();
  const letters = answerCardLetters(quiz);
  return (
    <div className="page page--wide">
      <p className="breadcrumb">
        <Link href={routes.teacher.guide(lesson.slug)}>← Leitfaden zu Lektion {lesson.order}</Link>
      </p>
      <h1>Klassenquiz: {lesson.title}</h1>
      <p className="no-print">
        Wählen Sie die Fragen aus und zeigen Sie eine nach der anderen, am Beamer am besten im Projektor-Modus. Die Klasse
        antwortet per Handzeichen oder mit Antwortkarten {letterRange(letters)} (
        <Link href={routes.teacher.answerCards(lesson.slug)}>Antwortkarten {letterRange(letters)} drucken</Link>, eine A4-Seite je Kind). Wenn
        Sie die Stimmen eintragen, zeigt die Seite die Verteilung und am Ende das Klassenergebnis zum Drucken. Auswahl und
        Stimmen bleiben nur in diesem Tab, auch nach dem Neuladen; mit dem Schließen des Tabs sind sie weg. Namen werden
        nicht erfasst.
      </p>
      <ClassQuiz quiz={{ ...quiz, checks: [] }} sources={sources} />
    </div>
  );
}
