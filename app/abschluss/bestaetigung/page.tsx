import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { courseQuiz, getCourse } from '@/lib/content/load';
import { Certificate } from '@/components/progress/Certificate';

export const metadata: Metadata = { title: 'Teilnahmebestätigung' };

export default function CertificatePage() {
  const quiz = courseQuiz('final');
  if (!quiz) notFound();
  const lessons = getCourse().lessons.map(({ title, order }) => ({ title, order }));
  return <Certificate finalQuizId={quiz.id} passPercent={quiz.passPercent} lessons={lessons} />;
}
