import type { Source } from '@/lib/content/schema';

export function sourceLabel(source: Source): string {
  return `${source.authority}: ${source.title}, ${source.year ?? 'o. J.'}`;
}

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
