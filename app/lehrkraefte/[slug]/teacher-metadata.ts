import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { teacherPage } from '@/lib/content/queries';

type Lesson = NonNullable<ReturnType<typeof teacherPage>>['lesson'];

/** `generateMetadata` for a page of a lesson's teacher material: its title from the lesson, a 404 for an unknown slug. */
export function teacherMetadata(title: (lesson: Lesson) => string) {
  return async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
    const { lesson } = teacherPage((await params).slug) ?? notFound();
    return { title: title(lesson) };
  };
}
