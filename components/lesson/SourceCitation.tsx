import type { Source } from '@/lib/content/schema';

export function sourceLabel(source: Source): string {
  return `${source.authority}: ${source.title}, ${source.year ?? 'o. J.'}`;
}

/** "Quelle: DKFZ: Gifte im Tabakrauch, o. J." — linked to the authority's page where there is one. */
export function SourceCitation({ source, prefix = 'Quelle' }: { source: Source; prefix?: string }) {
  return (
    <p className="source">
      {prefix}:{' '}
      {source.url ? (
        <a href={source.url} rel="noopener noreferrer">
          {sourceLabel(source)}
        </a>
      ) : (
        sourceLabel(source)
      )}
    </p>
  );
}
