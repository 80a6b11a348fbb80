import { useId } from 'react';
import { factSource, glossaryEntry } from '@/lib/content/queries';
import { SourceCitation } from './SourceCitation';
import { GlossaryTerm } from './GlossaryTerm';
import { SceneCheck } from './SceneCheck';
import { GraphicView } from '@/components/graphics/GraphicView';
import type { GraphicKind } from '@/lib/graphics/kinds';
import type { SceneCheckQuestion } from '@/lib/quiz/schema';
import type { SourceRef } from '@/lib/content/citation';

/**
 * The teaching components that lesson MDX may use. Each is mapped once in mdx-components.tsx.
 * They render on the server at build time; only the glossary tooltip needs client code.
 */

type Children = { children: React.ReactNode };

/** Where a scene stands on the lesson page: its number among the lesson's scenes, and the check after it. */
export interface ScenePlacement {
  number: number;
  count: number;
  check?: { questions: SceneCheckQuestion[]; sources: Record<string, SourceRef> };
}

type SzeneProps = Children & { titel: string; hinweis?: string; sensibel?: boolean };

/**
 * A story scene. `hinweis` is a content note ("In dieser Szene geht es um …"): it is shown before the
 * scene together with a link that skips the scene and lands right after it, where the facts go on.
 * `sensibel` marks a distressing scene; the build fails when such a scene has no `hinweis`.
 * On the lesson page (`placement`) the kicker says "Szene 2 von 4" and the scene's check follows it; skipping
 * the scene skips its check too, since the check asks about what was skipped. Slides and worksheets have no placement.
 */
export function Szene({ titel, hinweis, sensibel = false, children, placement }: SzeneProps & { placement?: ScenePlacement }) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  return (
    <>
      <section className={sensibel ? 'scene scene--sensitive' : 'scene'} aria-labelledby={`${id}-titel`}>
        <h2 id={`${id}-titel`} className="scene__title">
          <span className="scene__kicker">
            {placement ? `Szene ${placement.number} von ${placement.count}` : 'Szene'}
            <span className="visually-hidden">:</span>
          </span>{' '}
          {titel}
        </h2>
        {hinweis && (
          <p className="scene__note">
            <span className="scene__note-label">Hinweis:</span> {hinweis}{' '}
            <a href={`#${id}-danach`}>Szene überspringen</a>
          </p>
        )}
        <div className="scene__body">{children}</div>
      </section>
      {placement?.check && <SceneCheck sceneTitle={titel} questions={placement.check.questions} sources={placement.check.sources} />}
      {hinweis && (
        <p id={`${id}-danach`} className="visually-hidden" tabIndex={-1}>
          Ende der Szene „{titel}“
        </p>
      )}
    </>
  );
}

/** A fact box. `quelle` is a source id from content/quellen.yaml; an unknown id fails the build. */
export function Fakt({ quelle, titel, children }: Children & { quelle: string; titel?: string }) {
  const source = factSource(quelle);
  if (!source) throw new Error(`<Fakt quelle="${quelle}">: unbekannte Quelle.`);
  return (
    <aside className="fact" aria-label={titel ? `Fakt: ${titel}` : 'Fakt'}>
      <p className="fact__title">{titel ?? 'Fakt'}</p>
      <div className="fact__body">{children}</div>
      <SourceCitation source={source} />
    </aside>
  );
}

/** A reflection prompt for the pupil alone. */
export function Nachgedacht({ children }: Children) {
  return (
    <aside className="prompt prompt--reflect" aria-label="Nachgedacht: nur für dich">
      <p className="prompt__title">Nachgedacht – nur für dich</p>
      {children}
    </aside>
  );
}

/**
 * A discussion prompt for the class. It says so, and stays folded so that a pupil learning alone reads on
 * past it; in class, or when curious, one click opens it. Print shows it open.
 */
export function ImGespraech({ children }: Children) {
  return (
    <aside className="prompt prompt--discuss" aria-label="Im Gespräch: für die Klasse">
      <details className="prompt__details">
        <summary className="prompt__summary">
          <span className="prompt__title">Im Gespräch – für die Klasse</span>
          <span className="prompt__hint">
            Fragen zum Besprechen im Unterricht. Lernst du allein, kannst du sie überspringen oder für dich durchdenken.
          </span>
        </summary>
        <div className="prompt__body">{children}</div>
      </details>
    </aside>
  );
}

/** The recap at the end of a lesson. */
export function Rueckblick({ children }: Children) {
  const headingId = useId();
  return (
    <section className="recap" aria-labelledby={headingId}>
      <h2 id={headingId}>Rückblick</h2>
      {children}
    </section>
  );
}

/** A glossary term; `id` is an entry in content/glossar.yaml, an unknown id fails the build. */
export function Begriff({ id, children }: Children & { id: string }) {
  const entry = glossaryEntry(id);
  if (!entry) throw new Error(`<Begriff id="${id}">: unbekannter Begriff.`);
  return <GlossaryTerm term={entry.term} definition={entry.definition}>{children}</GlossaryTerm>;
}

/** A glossary term as plain emphasised text, for slides and print. */
export function BegriffSchlicht({ children }: Children & { id: string }) {
  return <strong className="term-plain">{children}</strong>;
}

/**
 * A graphic from content/grafiken/<art>.yaml, with its title and a lead-in (the tag's content). The graphic
 * brings its own text alternative and sources.
 */
export function Grafik({ art, titel, children }: Children & { art: GraphicKind; titel: string }) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  return (
    <figure className="graphic" aria-labelledby={`${id}-titel`}>
      <figcaption className="graphic__caption">
        <p className="graphic__title" id={`${id}-titel`}>
          {titel}
        </p>
        <div className="graphic__intro">{children}</div>
      </figcaption>
      <GraphicView kind={art} variant="page" />
    </figure>
  );
}

/** Every component a lesson may use, as mdx-components.tsx maps them. */
export const lessonComponents = { Szene, Fakt, Nachgedacht, ImGespraech, Rueckblick, Begriff, Grafik };

/**
 * The components for one lesson's own page: each <Szene> finds its number by its title among `scenes` (the
 * lesson's scenes in order) and brings its check, with only the sources that check cites (lessonPage gives both).
 */
export function lessonPageComponents(scenes: readonly { title: string; check?: ScenePlacement['check'] }[]) {
  function PlacedSzene(props: SzeneProps) {
    const index = scenes.findIndex((scene) => scene.title === props.titel);
    if (index === -1) throw new Error(`<Szene titel="${props.titel}">: nicht unter den Szenen der Lektion.`);
    return <Szene {...props} placement={{ number: index + 1, count: scenes.length, check: scenes[index]!.check }} />;
  }
  return { ...lessonComponents, Szene: PlacedSzene };
}
