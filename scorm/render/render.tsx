import type { ComponentType, ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { courseOverview, entryCheckPage, finalTestPage, lessonPage, lessonParams, lessonQuizPage, scoringKey } from '@/lib/content/queries';
import type { PackageSpec } from '@/lib/scorm/bridge';
import type { ScoringKey } from '@/lib/quiz/scoring-key';
import { routes } from '@/lib/site/routes';
import { fillIslands, resetIslands, usedIslands } from './island';
import { packageHref, setPackageLinks } from './links';
import { CertificatePage, HelpPage, LessonPackagePage, PackageDocument, QuizPackagePage, TestsOverviewPage, type NavItem } from './pages';

/**
 * The server side of `npm run scorm`: every package's pages as HTML, from the course content and the website's
 * components. scripts/scorm.mts bundles this file with esbuild, runs it in Node, and packs the result.
 */

export interface RenderedPackage {
  /** "konzert" or "abschlusstest": the zip is rauchzeichen-<id>.zip. */
  id: string;
  title: string;
  description: string;
  /** The graded quiz's pass mark, as the manifest's adlcp:masteryscore. */
  masteryScore?: number;
  pages: { file: string; html: string }[];
}

export { usedIslands };

interface PageSpec {
  route: string;
  file: string;
  title: string;
  element: ReactElement;
}

async function renderPage(page: PageSpec, pages: PageSpec[], nav: NavItem[], spec: PackageSpec, key: ScoringKey): Promise<string> {
  const links = Object.fromEntries(pages.map((p) => [p.route, p.file]));
  setPackageLinks(links);
  resetIslands();
  const html = renderToStaticMarkup(
    <PackageDocument title={page.title} links={links} spec={spec} scoringKey={key} nav={nav} current={page.route}>
      {page.element}
    </PackageDocument>,
  );
  return `<!DOCTYPE html>${await fillIslands(html)}`;
}

function keyFor(quizIds: readonly string[]): ScoringKey {
  return { quizzes: scoringKey().quizzes.filter((quiz) => quizIds.includes(quiz.id)) };
}

const helpPage = (): PageSpec => ({ route: routes.help, file: 'hilfe.html', title: 'Hilfe finden', element: <HelpPage /> });

/** A link written in a lesson's text: to the package's own page, or (for a page the package lacks) a build error. */
function lessonAnchor(slug: string) {
  return function PackageAnchor({ href = '', ...rest }: React.AnchorHTMLAttributes<HTMLAnchorElement>) {
    const target = packageHref(href);
    if (target === null) throw new Error(`SCORM: Die Lektion ${slug} verlinkt ${href}; das Lernpaket hat diese Seite nicht.`);
    return <a href={target} {...rest} />;
  };
}

async function lessonPackage(slug: string): Promise<RenderedPackage> {
  const page = lessonPage(slug)!;
  const quizPage = lessonQuizPage(slug)!;
  const { lesson } = page;
  const { default: Mdx } = (await import(`../../lessons/${slug}.mdx`)) as { default: ComponentType<{ components: object }> };
  const Anchor = lessonAnchor(slug);
  const Content: ComponentType<{ components: object }> = ({ components }) => <Mdx components={{ ...components, a: Anchor }} />;
  const spec: PackageSpec = { quizzes: [quizPage.quiz.id], gradedQuiz: quizPage.quiz.id, lessons: [slug] };
  const pages: PageSpec[] = [
    {
      route: routes.lesson(slug),
      file: 'index.html',
      title: `Lektion ${lesson.order}: ${lesson.title}`,
      element: <LessonPackagePage lesson={lesson} scenes={page.scenes} Content={Content} />,
    },
    {
      route: routes.lessonQuiz(slug),
      file: 'quiz.html',
      title: `Quiz zu Lektion ${lesson.order}: ${lesson.title}`,
      element: (
        <QuizPackagePage
          quiz={quizPage.quiz}
          back={{ href: routes.lesson(slug), label: `Zurück zur Lektion ${lesson.order}: ${lesson.title}` }}
          sources={quizPage.sources}
          about={`Zum Bestehen brauchst du ${quizPage.quiz.passPercent} % der Punkte.`}
        />
      ),
    },
    helpPage(),
  ];
  const nav: NavItem[] = [
    { href: routes.lesson(slug), label: `Lektion ${lesson.order}` },
    { href: routes.lessonQuiz(slug), label: 'Quiz' },
    { href: routes.help, label: 'Hilfe finden' },
  ];
  const key = keyFor(spec.quizzes);
  return {
    id: slug,
    title: `Rauchzeichen – Lektion ${lesson.order}: ${lesson.title}`,
    description: `${lesson.goal} Mit Quiz (bestanden ab ${quizPage.quiz.passPercent} %), etwa ${lesson.durationMinutes} Minuten.`,
    masteryScore: quizPage.quiz.passPercent,
    pages: await renderPages(pages, nav, spec, key),
  };
}

/** One page after the other: the link map and the island counter belong to the page being rendered. */
async function renderPages(pages: PageSpec[], nav: NavItem[], spec: PackageSpec, key: ScoringKey) {
  const rendered: RenderedPackage['pages'] = [];
  for (const page of pages) rendered.push({ file: page.file, html: await renderPage(page, pages, nav, spec, key) });
  return rendered;
}

async function testsPackage(): Promise<RenderedPackage> {
  const overview = courseOverview();
  const entry = entryCheckPage();
  const final = finalTestPage();
  if (!final || !overview.final) throw new Error('SCORM: Der Kurs hat keinen Abschlusstest.');
  const spec: PackageSpec = { quizzes: [...(entry ? [entry.quiz.id] : []), final.quiz.id], gradedQuiz: final.quiz.id, lessons: [] };
  const back = { href: routes.home, label: 'Zurück zur Übersicht' };
  const pages: PageSpec[] = [
    { route: routes.home, file: 'index.html', title: 'Einstieg und Abschlusstest', element: <TestsOverviewPage entry={overview.entry} final={overview.final} /> },
    ...(entry
      ? [
          {
            route: routes.entryCheck,
            file: 'einstieg.html',
            title: entry.quiz.title,
            element: <QuizPackagePage quiz={entry.quiz} back={back} sources={entry.sources} about="Es gibt keine Note und kein Bestehen." />,
          },
        ]
      : []),
    {
      route: routes.finalTest,
      file: 'abschluss.html',
      title: final.quiz.title,
      element: (
        <QuizPackagePage
          quiz={final.quiz}
          back={back}
          sources={final.sources}
          comparison={final.comparison}
          about={`Die Fragen kommen aus allen Lektionen. Zum Bestehen brauchst du ${final.quiz.passPercent} % der Punkte.`}
        />
      ),
    },
    { route: routes.certificate, file: 'bestaetigung.html', title: 'Teilnahmebestätigung', element: <CertificatePage /> },
    helpPage(),
  ];
  const nav: NavItem[] = [
    { href: routes.home, label: 'Übersicht' },
    ...(entry ? [{ href: routes.entryCheck, label: 'Einstieg' }] : []),
    { href: routes.finalTest, label: 'Abschlusstest' },
    { href: routes.help, label: 'Hilfe finden' },
  ];
  const key = keyFor(spec.quizzes);
  return {
    id: 'abschlusstest',
    title: 'Rauchzeichen – Einstieg und Abschlusstest',
    description: `Der Einstiegstest (ohne Note) vor der ersten Lektion und der Abschlusstest nach der letzten (bestanden ab ${final.quiz.passPercent} %). Ins Bewertungsbuch geht das beste Ergebnis des Abschlusstests.`,
    masteryScore: final.quiz.passPercent,
    pages: await renderPages(pages, nav, spec, key),
  };
}

export async function renderPackages(): Promise<RenderedPackage[]> {
  const packages: RenderedPackage[] = [];
  // In turn, not in parallel: each page sets the links and island ids it renders with.
  for (const { slug } of lessonParams()) packages.push(await lessonPackage(slug));
  packages.push(await testsPackage());
  return packages;
}
