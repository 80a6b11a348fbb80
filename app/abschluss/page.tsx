import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { finalTestPage } from '@/lib/content/queries';
import { routes } from '@/lib/site/routes';
import { QuizScreen } from '@/components/quiz/QuizScreen';

export const metadata: Metadata = { title: 'Abschlusstest' };

export default function FinalTestPage() {
  const { quiz, sources, comparison } = finalTestPage() ?? notFound();
  return (
    <QuizScreen
      quiz={quiz}
      back={{ href: routes.home, label: 'Zurück zur Kursübersicht' }}
      about={`Die Fragen kommen aus allen Lektionen. Ab ${quiz.passPercent} % bekommst du eine Teilnahmebestätigung.`}
      sources={sources}
      comparison={comparison}
    />
  );
}
