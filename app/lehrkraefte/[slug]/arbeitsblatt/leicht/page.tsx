import { notFound } from 'next/navigation';
import { teacherPage, teacherParams } from '@/lib/content/queries';
import { Worksheet } from '@/components/teacher/Worksheet';
import { teacherMetadata } from '../../teacher-metadata';

export const dynamicParams = false;
export const generateStaticParams = teacherParams;

export const generateMetadata = teacherMetadata((lesson) => `Arbeitsblatt mit Satzanfängen: ${lesson.title}`);

/** The easier worksheet: the same tasks, with sentence starters on the writing lines. */
export default async function EasierWorksheetPage({ params }: PageProps<'/lehrkraefte/[slug]/arbeitsblatt/leicht'>) {
  const { lesson, guide } = teacherPage((await params).slug) ?? notFound();
  return <Worksheet lesson={lesson} guide={guide} variant="easier" />;
}
