import type { Metadata } from 'next';
import { teacherLesson, teacherStaticParams } from '@/components/teacher/teacherRoutes';
import { Worksheet } from '@/components/teacher/Worksheet';

export const dynamicParams = false;
export const generateStaticParams = teacherStaticParams;

export async function generateMetadata({ params }: PageProps<'/lehrkraefte/[slug]/arbeitsblatt'>): Promise<Metadata> {
  const { lesson } = teacherLesson((await params).slug);
  return { title: `Arbeitsblatt: ${lesson.title}` };
}

/** The worksheet for A4, black-and-white friendly; the answer key prints from a page of its own. */
export default async function WorksheetPage({ params }: PageProps<'/lehrkraefte/[slug]/arbeitsblatt'>) {
  const { lesson, guide } = teacherLesson((await params).slug);
  return <Worksheet lesson={lesson} guide={guide} variant="standard" />;
}
