import { notFound } from 'next/navigation';
import { getCourse, getParentLetters, lessonBySlug, letterTranslation } from '@/lib/content/load';

/** Static params for every /lehrkraefte/<slug>/… page: the lessons that have a guide. */
export function teacherStaticParams() {
  const course = getCourse();
  return course.lessons.filter((lesson) => course.guides.has(lesson.slug)).map((lesson) => ({ slug: lesson.slug }));
}

/** The lesson, quiz and guide for a teacher page; 404 for an unknown slug. */
export function teacherLesson(slug: string) {
  const found = lessonBySlug(slug);
  if (!found?.guide) notFound();
  return { ...found, guide: found.guide };
}

/** The printable pages of a lesson's teacher material. */
export const teacherPrintHref = {
  worksheet: (slug: string) => `/lehrkraefte/${slug}/arbeitsblatt`,
  easierWorksheet: (slug: string) => `/lehrkraefte/${slug}/arbeitsblatt/leicht`,
  answerKey: (slug: string) => `/lehrkraefte/${slug}/arbeitsblatt/loesungen`,
  lessonPlan: (slug: string) => `/lehrkraefte/${slug}/stundenverlauf`,
  handout: (slug: string) => `/lehrkraefte/${slug}/handout`,
};

export const teacherLinks = (slug: string) => [
  { href: `/lehrkraefte/${slug}`, label: 'Leitfaden' },
  { href: teacherPrintHref.lessonPlan(slug), label: 'Stundenverlauf (1 Seite)' },
  { href: `/lehrkraefte/${slug}/praesentation`, label: 'Präsentation' },
  { href: `/lehrkraefte/${slug}/klassenquiz`, label: 'Klassenquiz' },
  { href: teacherPrintHref.worksheet(slug), label: 'Arbeitsblatt' },
  { href: teacherPrintHref.easierWorksheet(slug), label: 'Arbeitsblatt mit Satzanfängen' },
  { href: teacherPrintHref.answerKey(slug), label: 'Lösungen zum Arbeitsblatt' },
  { href: teacherPrintHref.handout(slug), label: 'QR-Handout' },
];

/** The answer cards for a lesson's class quiz, one A4 page per pupil. */
export const answerCardsHref = (slug: string) => `/lehrkraefte/${slug}/klassenquiz/karten`;

/** The German parents' letter, or one of its translations by language code. */
export const parentLetterHref = (code?: string) => (code ? `/lehrkraefte/elternbrief/${code}` : '/lehrkraefte/elternbrief');

/** Static params for /lehrkraefte/elternbrief/<lang>: every translation in content/elternbrief/. */
export async function parentLetterStaticParams() {
  return (await getParentLetters()).translations.map((letter) => ({ lang: letter.code }));
}

/** A translation of the parents' letter; 404 for a language without one. */
export async function parentLetterTranslation(code: string) {
  const letter = await letterTranslation(code);
  if (!letter) notFound();
  return letter;
}
