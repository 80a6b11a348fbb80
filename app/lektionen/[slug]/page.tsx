import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { lessonPage, lessonParams } from '@/lib/content/queries';
import { routes } from '@/lib/site/routes';
import { MarkLessonStarted } from '@/components/progress/MarkLessonStarted';
import { HelpBox } from '@/components/lesson/HelpBox';
import { LessonNav } from '@/components/lesson/LessonNav';
import { lessonPageComponents } from '@/components/lesson/teaching';
import { SignOutBox } from '@/components/progress/SignOutBox';

export const dynamicParams = false;

export const generateStaticParams = lessonParams;

export async function generateMetadata({ params }: PageProps<'/lektionen/[slug]'>): Promise<Metadata> {
  const { lesson } = lessonPage((await params).slug) ?? notFound();
  return { title: `Lektion ${lesson.order}: ${lesson.title}`, description: lesson.goal };
}

export default async function LessonPage({ params }: PageProps<'/lektionen/[slug]'>) {
  const { lesson, previous, next, scenes } = lessonPage((await params).slug) ?? notFound();
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
        <LessonContent components={lessonPageComponents(scenes)} />
      </div>

      <section className="quiz-cta" aria-labelledby="quiz-cta-titel">
        <h2 id="quiz-cta-titel">Teste dein Wissen</h2>
        <p>Im Quiz prüfst du, was du aus dieser Lektion mitnimmst. Du kannst es so oft machen, wie du willst.</p>
        <Link className="button button--primary" href={routes.lessonQuiz(lesson.slug)}>
          Zum Quiz
        </Link>
      </section>

      <HelpBox />
      <SignOutBox />
      <LessonNav previous={previous} next={next} />
    </article>
  );
}
