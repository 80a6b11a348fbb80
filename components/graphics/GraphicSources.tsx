import { factSource } from '@/lib/content/queries';
import { sourceLabel } from '@/lib/content/citation';
import { SourceCitation, SourceLink } from '@/components/lesson/SourceCitation';
import type { GraphicVariant } from './GraphicView';

/**
 * The sources a graphic cites, each once: linked on the page and on paper, as plain words on the projector (as the
 * fact slides show them).
 */
export function GraphicSources({ ids, variant }: { ids: readonly string[]; variant: GraphicVariant }) {
  const sources = [...new Set(ids)].map((id) => {
    const source = factSource(id);
    if (!source) throw new Error(`Grafik: unbekannte Quelle "${id}".`);
    return source;
  });
  const prefix = sources.length > 1 ? 'Quellen' : 'Quelle';
  if (variant === 'slide') return <p className="slide__source">{`${prefix}: ${sources.map(sourceLabel).join('; ')}`}</p>;
  if (sources.length === 1) return <SourceCitation source={sources[0]!} />;
  return (
    <p className="source">
      {prefix}:{' '}
      {sources.map((source, index) => (
        <span key={source.id}>
          {index > 0 && '; '}
          <SourceLink source={source} />
        </span>
      ))}
    </p>
  );
}
