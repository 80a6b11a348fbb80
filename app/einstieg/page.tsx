import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { entryCheckPage } from '@/lib/content/queries';
import { routes } from '@/lib/site/routes';
import { QuizScreen } from '@/components/quiz/QuizScreen';

export const metadata: Metadata = { title: 'Was weißt du schon?' };

export default function EntryCheckPage() {
  const { quiz, sources, next } = entryCheckPage() ?? notFound();
  return (
    <QuizScreen
      quiz={quiz}
      back={{ href: routes.home, label: 'Zurück zur Kursübersicht' }}
      sources={sources}
      next={next}
      about="Es gibt keine Note und kein Bestehen."
    />
  );
}
