import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCourse } from '@/lib/content/load';
import { QuizRunner } from '@/components/quiz/QuizRunner';
import type { SourceRef } from '@/components/quiz/QuestionFeedback';
import { sourceLabel } from '@/components/lesson/SourceCitation';
import { HelpBox } from '@/components/lesson/HelpBox';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCourse().lessons.map((lesson) => ({ slug: lesson.slug }));
}

function findQuiz(slug: string) {
  const course = getCourse();
  const lesson = course.lessons.find((l) => l.slug === slug);
  if (!lesson) notFound();
  return { lesson, quiz: course.quizzes.get(lesson.quiz)!, course };
}

export async function generateMetadata({ params }: PageProps<'/lektionen/[slug]/quiz'>): Promise<Metadata> {
  const { slug } = await params;
  const { lesson } = findQuiz(slug);
  return { title: `Quiz zu Lektion ${lesson.order}: ${lesson.title}` };
}

export default async function QuizPage({ params }: PageProps<'/lektionen/[slug]/quiz'>) {
  const { slug } = await params;
  const { lesson, quiz, course } = findQuiz(slug);
  // Only the sources this quiz cites travel to the browser, already formatted.
  const sources: Record<string, SourceRef> = {};
  for (const id of new Set(quiz.questions.flatMap((q) => q.sources))) {
    const source = course.sources.get(id)!;
    sources[id] = { label: sourceLabel(source), ...(source.url ? { url: source.url } : {}) };
  }
  return (
    <div className="page quiz-page">
      <p className="breadcrumb">
        <Link href={`/lektionen/${lesson.slug}`}>← Lektion {lesson.order}: {lesson.title}</Link>
      </p>
      <h1>{quiz.title}</h1>
      {quiz.intro && <p className="lead">{quiz.intro}</p>}
      <p>
        {quiz.questions.length} Fragen. Zum Bestehen brauchst du {quiz.passPercent} % der Punkte. Dein Ergebnis wird nur in
        diesem Browser gespeichert.
      </p>
      <QuizRunner quiz={quiz} lessonTitle={lesson.title} sources={sources} />
      <HelpBox />
    </div>
  );
}
