import { factSource } from '@/lib/content/queries';
import { sourceLabel } from '@/lib/content/citation';
import { SourceCitation } from '@/components/lesson/SourceCitation';
import type { GraphicVariant } from './GraphicView';

/**
 * The sources a graphic cites, each once: one line each and linked on the page; as plain words in one paragraph on
 * the projector (as the fact slides show them) and on the worksheet.
 */
export function GraphicSources({ ids, variant }: { ids: readonly string[]; variant: GraphicVariant }) {
  const sources = [...new Set(ids)].map((id) => {
    const source = factSource(id);
    if (!source) throw new Error(`Grafik: unbekannte Quelle "${id}".`);
    return source;
  });
  const inWords = `${sources.length > 1 ? 'Quellen' : 'Quelle'}: ${sources.map(sourceLabel).join('; ')}`;
  if (variant === 'slide') return <p className="slide__source">{inWords}</p>;
  // On the worksheet's paper a link cannot be followed: the sources in one small paragraph.
  if (variant === 'print') return <p className="source">{inWords}</p>;
  // One line each: a long linked title does not leave a lone separator on a line of its own on a phone.
  return sources.map((source) => <SourceCitation key={source.id} source={source} />);
}
