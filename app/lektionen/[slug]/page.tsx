import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCourse, lessonScenes } from '@/lib/content/load';
import { MarkLessonStarted } from '@/components/progress/MarkLessonStarted';
import { HelpBox } from '@/components/lesson/HelpBox';
import { LessonNav } from '@/components/lesson/LessonNav';
import { lessonPageComponents } from '@/components/lesson/teaching';
import { SignOutBox } from '@/components/progress/SignOutBox';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCourse().lessons.map((lesson) => ({ slug: lesson.slug }));
}

function findLesson(slug: string) {
  const { lessons } = getCourse();
  const index = lessons.findIndex((l) => l.slug === slug);
  if (index === -1) notFound();
  return { lesson: lessons[index]!, previous: lessons[index - 1], next: lessons[index + 1] };
}

export async function generateMetadata({ params }: PageProps<'/lektionen/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const { lesson } = findLesson(slug);
  return { title: `Lektion ${lesson.order}: ${lesson.title}`, description: lesson.goal };
}

export default async function LessonPage({ params }: PageProps<'/lektionen/[slug]'>) {
  const { slug } = await params;
  const { lesson, previous, next } = findLesson(slug);
  const { default: LessonContent } = await import(`@/lessons/${lesson.slug}.mdx`);
  return (
    <article className="page lesson">
      <MarkLessonStarted slug={lesson.slug} />
      <header className="lesson__header">
        <p className="lesson__kicker">Lektion {lesson.order}</p>
        <h1>{lesson.title}</h1>
        <p className="lesson__meta">Dauer: etwa {lesson.durationMinutes} Minuten</p>
        <section className="goals" aria-labelledby="lernziele">
          <h2 id="lernziele">Das lernst du</h2>
          <ul>
            {lesson.goals.map((goal) => (
              <li key={goal.id}>{goal.text}</li>
            ))}
          </ul>
        </section>
      </header>

      <div className="lesson__content">
        <LessonContent components={lessonPageComponents(lessonScenes(lesson.slug))} />
      </div>

      <section className="quiz-cta" aria-labelledby="quiz-cta-titel">
        <h2 id="quiz-cta-titel">Teste dein Wissen</h2>
        <p>Im Quiz prüfst du, was du aus dieser Lektion mitnimmst. Du kannst es so oft machen, wie du willst.</p>
        <Link className="button button--primary" href={`/lektionen/${lesson.slug}/quiz`}>
          Zum Quiz
        </Link>
      </section>

      <HelpBox />
      <SignOutBox />
      <LessonNav previous={previous} next={next} />
    </article>
  );
}
