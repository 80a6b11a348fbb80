import { sourceLabel } from '@/lib/content/citation';
import { SourceCitation } from '@/components/lesson/SourceCitation';
import { factSource } from '@/lib/content/queries';
import type { Source } from '@/lib/content/schema';
import { organsInFigureOrder, type BodyOrgan } from '@/lib/graphics/koerper';
import { BodyExplorer } from './BodyExplorer';
import { BodyFigure } from './BodyFigure';
import { GraphicSources } from './GraphicSources';
import type { GraphicProps } from './GraphicView';

/** An organ's source from content/quellen.yaml (the build has checked that it exists). */
function organSource(organ: BodyOrgan): Source {
  const source = factSource(organ.source);
  if (!source) throw new Error(`Körper-Grafik, Organ "${organ.id}": unbekannte Quelle "${organ.source}".`);
  return source;
}

/** An organ's source as the island needs it: its label and address, as plain data. */
function sourceOf(organ: BodyOrgan): { label: string; url?: string } {
  const source = organSource(organ);
  return { label: sourceLabel(source), ...(source.url ? { url: source.url } : {}) };
}

/** An organ's fact with its source, as the list shows it. */
function OrganFact({ organ }: { organ: BodyOrgan }) {
  return (
    <>
      <p className="body-fact">{organ.fact}</p>
      <SourceCitation source={organSource(organ)} />
    </>
  );
}

/** Every organ with its short fact ("Lunge: Über 8 von 10 …"): the slide's and the worksheet's text. */
function ShortFacts({ organs, className }: { organs: readonly BodyOrgan[]; className: string }) {
  return (
    <ul className={className}>
      {organs.map((organ) => (
        <li key={organ.id}>
          <strong>{organ.name}:</strong> {organ.short}
        </li>
      ))}
    </ul>
  );
}

/** The text alternative: every organ with its fact and source, the same content as the figure's buttons. */
function OrganList({ organs }: { organs: readonly BodyOrgan[] }) {
  return (
    <ul className="body-list">
      {organs.map((organ) => (
        <li key={organ.id}>
          <p className="body-list__name">{organ.name}</p>
          <OrganFact organ={organ} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The "koerper" graphic (content/grafiken/koerper.yaml): the body figure with a label per organ. On the page, a
 * button per organ shows its fact and source (the only client code) and the list below holds all of them; on a
 * slide, every label with its short fact; on the worksheet, the figure beside the short facts and their sources.
 */
export function BodyGraphic({ data, variant }: GraphicProps<'koerper'>) {
  const organs = organsInFigureOrder(data.organs);
  const label = `Umriss eines Menschen. Beschriftet sind: ${organs.map((o) => o.name).join(', ')}.`;

  if (variant === 'slide') {
    // Authority and year only: the full titles would not fit beside the figure at 1024×768; the lesson has them.
    const sources = [...new Map(organs.map((organ) => [organ.source, organSource(organ)])).values()];
    return (
      <div className="body-graphic body-graphic--slide">
        <BodyFigure organs={organs} label={label} large />
        <ShortFacts organs={organs} className="body-slide-list" />
        <p className="slide__source body-slide-sources">Quellen: {sources.map((source) => [source.authority, source.year].filter(Boolean).join(' ')).join('; ')}</p>
      </div>
    );
  }

  if (variant === 'print') {
    // The worksheet's copy: the figure beside every organ with its short fact, the sources once below.
    return (
      <div className="body-graphic body-graphic--print">
        {/* The projector's labels, large enough to read on the small printed figure. */}
        <BodyFigure organs={organs} label={label} large />
        <ShortFacts organs={organs} className="body-print-list" />
        <div className="body-print-sources">
          <GraphicSources ids={organs.map((organ) => organ.source)} variant={variant} />
        </div>
      </div>
    );
  }

  return (
    <div className="body-graphic">
      <div className="body-explorer">
        <div className="body-explorer__figure">
          <BodyFigure organs={organs} label={label} />
        </div>
        <BodyExplorer organs={organs.map((organ) => ({ id: organ.id, name: organ.name, fact: organ.fact, source: sourceOf(organ) }))} />
      </div>
      <details className="body-graphic__all">
        <summary>Alle Organe als Liste</summary>
        <OrganList organs={organs} />
      </details>
    </div>
  );
}
