import type { Metadata } from 'next';
import { getCourse } from '@/lib/content/load';
import { lessonSlides, type SlideSpec } from '@/lib/teacher/slides';
import { countWords } from '@/lib/content/requirements';
import { teacherLesson, teacherStaticParams } from '@/components/teacher/teacherRoutes';
import { MdxSnippet } from '@/components/lesson/MdxSnippet';
import { BegriffSchlicht } from '@/components/lesson/teaching';
import { sourceLabel } from '@/components/lesson/SourceCitation';
import { SlideDeck } from '@/components/teacher/SlideDeck';

export const dynamicParams = false;
export const generateStaticParams = teacherStaticParams;

export async function generateMetadata({ params }: PageProps<'/lehrkraefte/[slug]/praesentation'>): Promise<Metadata> {
  const { lesson } = teacherLesson((await params).slug);
  return { title: `Präsentation: ${lesson.title}` };
}

const plainTerms = { Begriff: BegriffSchlicht };

export default async function PresentationPage({ params }: PageProps<'/lehrkraefte/[slug]/praesentation'>) {
  const { lesson } = teacherLesson((await params).slug);
  const { sources } = getCourse();
  const specs = lessonSlides(lesson.body);

  async function render(spec: SlideSpec) {
    switch (spec.kind) {
      case 'title':
        return (
          <>
            <p className="slide__kicker">Rauchzeichen · Lektion {lesson.order}</p>
            <h2 className="slide__title slide__title--big">{lesson.title}</h2>
          </>
        );
      case 'goals':
        return (
          <>
            <h2 className="slide__title">Das lernst du heute</h2>
            <ul>
              {lesson.goals.map((goal) => (
                <li key={goal.id}>{goal.text}</li>
              ))}
            </ul>
          </>
        );
      case 'scene':
        return (
          <>
            <p className="slide__kicker">
              Szene{spec.parts > 1 ? ` (${spec.part}/${spec.parts})` : ''}
            </p>
            <h2 className="slide__title">{spec.title}</h2>
            {spec.note && <p className="slide__note">Hinweis: {spec.note}</p>}
            <MdxSnippet source={spec.source} components={plainTerms} />
          </>
        );
      case 'fact': {
        const source = sources.get(spec.sourceId)!;
        return (
          <>
            <p className="slide__kicker">Fakt</p>
            <h2 className="slide__title">{spec.title}</h2>
            <MdxSnippet source={spec.source} components={plainTerms} />
            <p className="slide__source">Quelle: {sourceLabel(source)}</p>
          </>
        );
      }
      case 'discussion':
        return (
          <>
            <h2 className="slide__title">Im Gespräch</h2>
            <MdxSnippet source={spec.source} components={plainTerms} />
          </>
        );
      case 'reflection':
        return (
          <>
            <h2 className="slide__title">Nachgedacht – jede und jeder für sich</h2>
            <MdxSnippet source={spec.source} components={plainTerms} />
          </>
        );
      case 'recap':
        return (
          <>
            <h2 className="slide__title">Rückblick</h2>
            <MdxSnippet source={spec.source} components={plainTerms} />
            <p className="slide__help">Hilfe und Beratung: Nummer gegen Kummer 116 111 (anonym und kostenlos) – mehr unter „Hilfe finden“ im Kurs.</p>
          </>
        );
    }
  }

  const slides = await Promise.all(
    specs.map(async (spec) => ({
      content: await render(spec),
      steps: spec.kind === 'discussion' ? spec.steps : 0,
      timer: spec.kind === 'discussion' || spec.kind === 'reflection',
      // Long fact boxes and recaps cannot be split like scenes; they get smaller type instead.
      dense: 'source' in spec && countWords(spec.source) > 45,
    })),
  );
  return <SlideDeck title={lesson.title} slides={slides} exitHref={`/lehrkraefte/${lesson.slug}`} />;
}
