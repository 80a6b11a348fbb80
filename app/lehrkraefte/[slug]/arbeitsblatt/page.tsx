import { notFound } from 'next/navigation';
import { teacherPage, teacherParams } from '@/lib/content/queries';
import { Worksheet } from '@/components/teacher/Worksheet';
import { teacherMetadata } from '../teacher-metadata';

export const dynamicParams = false;
export const generateStaticParams = teacherParams;

export const generateMetadata = teacherMetadata((lesson) => `Arbeitsblatt: ${lesson.title}`);

/** The worksheet for A4, black-and-white friendly; the answer key prints from a page of its own. */
export default async function WorksheetPage({ params }: PageProps<'/lehrkraefte/[slug]/arbeitsblatt'>) {
  const { lesson, guide } = teacherPage((await params).slug) ?? notFound();
  return <Worksheet lesson={lesson} guide={guide} variant="standard" />;
}
