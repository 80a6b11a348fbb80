import { course, letterLanguages } from './course';

/** Every page of the built site as it is linked (with its trailing slash), derived from the content. */
export const pageRoutes: string[] = [
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
  '/lehrkraefte',
  '/lehrkraefte/elternbrief',
  ...letterLanguages.map((code) => `/lehrkraefte/elternbrief/${code}`),
  ...course.lessons.flatMap((lesson) =>
    ['', '/stundenverlauf', '/praesentation', '/klassenquiz', '/klassenquiz/karten', '/arbeitsblatt', '/arbeitsblatt/leicht', '/arbeitsblatt/loesungen', '/handout'].map(
      (page) => `/lehrkraefte/${lesson.slug}${page}`,
    ),
  ),
].map((route) => (route === '/' ? route : `${route}/`));

/** The pages and a missing one (the 404 page). */
export const allRoutes: string[] = [...pageRoutes, '/gibt-es-nicht/'];

/** The routes in groups, so that route-by-route scans run as several tests (in parallel, each with its own time). */
export function routeGroups(size = 8): string[][] {
  const groups: string[][] = [];
  for (let i = 0; i < allRoutes.length; i += size) groups.push(allRoutes.slice(i, i + size));
  return groups;
}
