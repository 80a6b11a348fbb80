import type { Source } from '@/lib/content/schema';
import { sourceLabel } from '@/lib/content/citation';

/** A source's label, linked to the authority's own page where there is one. */
export function SourceLink({ source }: { source: Source }) {
  return source.url ? (
    <a href={source.url} rel="noopener noreferrer">
      {sourceLabel(source)}
    </a>
  ) : (
    <>{sourceLabel(source)}</>
  );
}

/** "Quelle: DKFZ: Gifte im Tabakrauch, o. J." */
export function SourceCitation({ source, prefix = 'Quelle' }: { source: Source; prefix?: string }) {
  return (
    <p className="source">
      {prefix}: <SourceLink source={source} />
    </p>
  );
}
