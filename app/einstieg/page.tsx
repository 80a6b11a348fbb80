import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { courseQuiz, quizNextStep } from '@/lib/content/load';
import { QuizScreen } from '@/components/quiz/QuizScreen';

export const metadata: Metadata = { title: 'Was weißt du schon?' };

export default function EntryCheckPage() {
  const quiz = courseQuiz('entry');
  if (!quiz) notFound();
  return (
    <QuizScreen
      quiz={quiz}
      back={{ href: '/', label: 'Zurück zur Kursübersicht' }}
      next={quizNextStep(quiz)}
      about="Es gibt keine Note und kein Bestehen."
    />
  );
}
