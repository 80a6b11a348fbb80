import { useId } from 'react';
import { getCourse } from '@/lib/content/load';
import { SourceCitation } from './SourceCitation';
import { GlossaryTerm } from './GlossaryTerm';

/**
 * The teaching components that lesson MDX may use. Each is mapped once in mdx-components.tsx.
 * They render on the server at build time; only the glossary tooltip needs client code.
 */

type Children = { children: React.ReactNode };

/**
 * A story scene. `hinweis` is a content note ("In dieser Szene geht es um …"): it is shown before the
 * scene together with a link that skips the scene and lands right after it, where the facts go on.
 * `sensibel` marks a distressing scene; the build fails when such a scene has no `hinweis`.
 */
export function Szene({ titel, hinweis, sensibel = false, children }: Children & { titel: string; hinweis?: string; sensibel?: boolean }) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  return (
    <>
      <section className={sensibel ? 'scene scene--sensitive' : 'scene'} aria-labelledby={`${id}-titel`}>
        <h2 id={`${id}-titel`} className="scene__title">
          <span className="scene__kicker">Szene</span> {titel}
        </h2>
        {hinweis && (
          <p className="scene__note">
            <span className="scene__note-label">Hinweis:</span> {hinweis}{' '}
            <a href={`#${id}-danach`}>Szene überspringen</a>
          </p>
        )}
        <div className="scene__body">{children}</div>
      </section>
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
  const source = getCourse().sources.get(quelle);
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
  const entry = getCourse().glossary.get(id);
  if (!entry) throw new Error(`<Begriff id="${id}">: unbekannter Begriff.`);
  return <GlossaryTerm term={entry.term} definition={entry.definition}>{children}</GlossaryTerm>;
}

/** A glossary term as plain emphasised text, for slides and print. */
export function BegriffSchlicht({ children }: Children & { id: string }) {
  return <strong className="term-plain">{children}</strong>;
}

/** Every component a lesson may use, as mdx-components.tsx maps them. */
export const lessonComponents = { Szene, Fakt, Nachgedacht, ImGespraech, Rueckblick, Begriff };
