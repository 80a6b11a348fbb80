import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getCourse, quizNextStep } from '@/lib/content/load';
import { QuizScreen } from '@/components/quiz/QuizScreen';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCourse().lessons.map((lesson) => ({ slug: lesson.slug }));
}

function findQuiz(slug: string) {
  const course = getCourse();
  const lesson = course.lessons.find((l) => l.slug === slug);
  if (!lesson) notFound();
  return { lesson, quiz: course.quizzes.get(lesson.quiz)! };
}

export async function generateMetadata({ params }: PageProps<'/lektionen/[slug]/quiz'>): Promise<Metadata> {
  const { slug } = await params;
  const { lesson } = findQuiz(slug);
  return { title: `Quiz zu Lektion ${lesson.order}: ${lesson.title}` };
}

export default async function LessonQuizPage({ params }: PageProps<'/lektionen/[slug]/quiz'>) {
  const { slug } = await params;
  const { lesson, quiz } = findQuiz(slug);
  return (
    <QuizScreen
      quiz={quiz}
      back={{ href: `/lektionen/${lesson.slug}`, label: `Zurück zur Lektion ${lesson.order}: ${lesson.title}` }}
      next={quizNextStep(quiz)}
      about={`Zum Bestehen brauchst du ${quiz.passPercent} % der Punkte.`}
    />
  );
}
