import { notFound } from 'next/navigation';
import { presentationPage, teacherParams } from '@/lib/content/queries';
import { nextSceneIndex, slideLabel, type SlideSpec } from '@/lib/teacher/slides';
import { routes } from '@/lib/site/routes';
import { slideNotes } from '@/lib/teacher/notes';
import { MdxSnippet } from '@/components/lesson/MdxSnippet';
import { BegriffSchlicht } from '@/components/lesson/teaching';
import { SlideDeck } from '@/components/teacher/SlideDeck';
import { GraphicView } from '@/components/graphics/GraphicView';
import { teacherMetadata } from '../teacher-metadata';

export const dynamicParams = false;
export const generateStaticParams = teacherParams;

export const generateMetadata = teacherMetadata((lesson) => `Präsentation: ${lesson.title}`);

const plainTerms = { Begriff: BegriffSchlicht };

export default async function PresentationPage({ params }: PageProps<'/lehrkraefte/[slug]/praesentation'>) {
  const { lesson, guide, slides: specs, sourceLabels } = presentationPage((await params).slug) ?? notFound();
  const part = (spec: { part: number; parts: number }) => (spec.parts > 1 ? ` (${spec.part}/${spec.parts})` : '');

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
            <h2 className="slide__title">Das lernst du heute{part(spec)}</h2>
            <ul>
              {lesson.goals.slice(spec.from, spec.from + spec.count).map((goal) => (
                <li key={goal.id}>{goal.text}</li>
              ))}
            </ul>
          </>
        );
      case 'scene':
        return (
          <>
            <p className="slide__kicker">
              Szene {spec.scene}
              {part(spec)}
            </p>
            <h2 className="slide__title">{spec.title}</h2>
            {spec.note && <p className="slide__note">Hinweis: {spec.note}</p>}
            <MdxSnippet source={spec.source} components={plainTerms} />
          </>
        );
      case 'fact':
        return (
          <>
            <p className="slide__kicker">Fakt{part(spec)}</p>
            <h2 className="slide__title">{spec.title}</h2>
            <MdxSnippet source={spec.source} components={plainTerms} />
            <p className="slide__source">Quelle: {sourceLabels.get(spec.sourceId)}</p>
          </>
        );
      case 'discussion':
        return (
          <>
            <h2 className="slide__title">Im Gespräch{part(spec)}</h2>
            <MdxSnippet source={spec.source} components={plainTerms} />
          </>
        );
      case 'reflection':
        return (
          <>
            <h2 className="slide__title">Nachgedacht – jede und jeder für sich{part(spec)}</h2>
            <MdxSnippet source={spec.source} components={plainTerms} />
          </>
        );
      case 'recap':
        return (
          <>
            <h2 className="slide__title">Rückblick{part(spec)}</h2>
            <MdxSnippet source={spec.source} components={plainTerms} />
          </>
        );
      case 'graphic':
        return (
          <>
            <p className="slide__kicker">Grafik</p>
            <h2 className="slide__title">{spec.title}</h2>
            <GraphicView kind={spec.art} variant="slide" />
          </>
        );
      case 'help':
        return (
          <>
            <h2 className="slide__title">Hilfe und Beratung</h2>
            <p className="slide__help">
              Nummer gegen Kummer: <strong>116 111</strong>
            </p>
            <p>Anonym und kostenlos, auch wenn es „nur“ um Sorgen in der Familie geht.</p>
            <p>Mehr Stellen, die helfen: „Hilfe finden“ im Kurs.</p>
          </>
        );
    }
  }

  const slides = await Promise.all(
    specs.map(async (spec, index) => ({
      content: await render(spec),
      label: slideLabel(spec, lesson.title),
      notes: slideNotes(spec, guide),
      nextScene: nextSceneIndex(specs, index),
      steps: spec.kind === 'discussion' ? spec.steps : 0,
      timer: spec.kind === 'discussion' || spec.kind === 'reflection',
    })),
  );
  return <SlideDeck title={lesson.title} slug={lesson.slug} slides={slides} exitHref={routes.teacher.guide(lesson.slug)} />;
}
