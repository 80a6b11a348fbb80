import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { lessonPage, lessonParams } from '@/lib/content/queries';
import { HelpBox } from '@/components/lesson/HelpBox';
import { LessonArticle } from '@/components/lesson/LessonArticle';
import { LessonNav } from '@/components/lesson/LessonNav';
import { lessonPageComponents } from '@/components/lesson/teaching';
import { LateSignOutBox } from '@/components/site/LateParts';

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
    <LessonArticle
      lesson={lesson}
      content={<LessonContent components={lessonPageComponents(scenes)} />}
      quizNote="Im Quiz prüfst du, was du aus dieser Lektion mitnimmst. Du kannst es so oft machen, wie du willst."
      after={
        <>
          <HelpBox />
          <LateSignOutBox />
          <LessonNav previous={previous} next={next} />
        </>
      }
    />
  );
}
