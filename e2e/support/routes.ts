import { course } from './course';

/** Every page of the built site, derived from the content so new lessons are covered automatically. */
export const allRoutes: string[] = [
  '/',
  '/einstieg',
  ...course.lessons.flatMap((lesson) => [`/lektionen/${lesson.slug}`, `/lektionen/${lesson.slug}/quiz`]),
  '/abschluss',
  '/abschluss/bestaetigung',
  '/fortschritt',
  '/glossar',
  '/quellen',
  '/hilfe',
  '/datenschutz',
  '/gibt-es-nicht',
];
