import type { Metadata } from 'next';
import { teacherLesson, teacherStaticParams } from '@/components/teacher/teacherRoutes';
import { Worksheet } from '@/components/teacher/Worksheet';

export const dynamicParams = false;
export const generateStaticParams = teacherStaticParams;

export async function generateMetadata({ params }: PageProps<'/lehrkraefte/[slug]/arbeitsblatt/leicht'>): Promise<Metadata> {
  const { lesson } = teacherLesson((await params).slug);
  return { title: `Arbeitsblatt mit Satzanfängen: ${lesson.title}` };
}

/** The easier worksheet: the same tasks, with sentence starters on the writing lines. */
export default async function EasierWorksheetPage({ params }: PageProps<'/lehrkraefte/[slug]/arbeitsblatt/leicht'>) {
  const { lesson, guide } = teacherLesson((await params).slug);
  return <Worksheet lesson={lesson} guide={guide} variant="easier" />;
}
