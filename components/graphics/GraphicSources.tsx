import { factSource } from '@/lib/content/queries';
import { sourceLabel } from '@/lib/content/citation';
import { SourceCitation } from '@/components/lesson/SourceCitation';
import type { GraphicVariant } from './GraphicView';

/**
 * The sources a graphic cites, each once: one line each and linked on the page and on paper, as plain words on the projector (as the
 * fact slides show them).
 */
export function GraphicSources({ ids, variant }: { ids: readonly string[]; variant: GraphicVariant }) {
  const sources = [...new Set(ids)].map((id) => {
    const source = factSource(id);
    if (!source) throw new Error(`Grafik: unbekannte Quelle "${id}".`);
    return source;
  });
  if (variant === 'slide') return <p className="slide__source">{`${sources.length > 1 ? 'Quellen' : 'Quelle'}: ${sources.map(sourceLabel).join('; ')}`}</p>;
  // One line each: a long linked title does not leave a lone separator on a line of its own on a phone.
  return sources.map((source) => <SourceCitation key={source.id} source={source} />);
}
