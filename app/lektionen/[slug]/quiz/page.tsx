import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { lessonParams, lessonQuizPage } from '@/lib/content/queries';
import { routes } from '@/lib/site/routes';
import { QuizScreen } from '@/components/quiz/QuizScreen';

export const dynamicParams = false;

export const generateStaticParams = lessonParams;

export async function generateMetadata({ params }: PageProps<'/lektionen/[slug]/quiz'>): Promise<Metadata> {
  const { lesson } = lessonQuizPage((await params).slug) ?? notFound();
  return { title: `Quiz zu Lektion ${lesson.order}: ${lesson.title}` };
}

export default async function LessonQuizPage({ params }: PageProps<'/lektionen/[slug]/quiz'>) {
  const { lesson, quiz, sources, next } = lessonQuizPage((await params).slug) ?? notFound();
  return (
    <QuizScreen
      quiz={quiz}
      back={{ href: routes.lesson(lesson.slug), label: `Zurück zur Lektion ${lesson.order}: ${lesson.title}` }}
      sources={sources}
      next={next}
      about={`Zum Bestehen brauchst du ${quiz.passPercent} % der Punkte.`}
    />
  );
}
