import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { courseQuiz } from '@/lib/content/load';
import { QuizScreen } from '@/components/quiz/QuizScreen';

export const metadata: Metadata = { title: 'Abschlusstest' };

export default function FinalTestPage() {
  const quiz = courseQuiz('final');
  const entry = courseQuiz('entry');
  if (!quiz) notFound();
  return (
    <QuizScreen
      quiz={quiz}
      back={{ href: '/', label: 'Zurück zur Kursübersicht' }}
      about={`Die Fragen kommen aus allen Lektionen. Ab ${quiz.passPercent} % bekommst du eine Teilnahmebestätigung.`}
      comparison={entry ? { entryQuizId: entry.id, entryQuestionIds: entry.questions.map((q) => q.id) } : undefined}
    />
  );
}
