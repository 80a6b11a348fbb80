import type { Source } from './schema';

/** "DKFZ: Gifte im Tabakrauch, o. J.": how the course names a source everywhere. */
export function sourceLabel(source: Source): string {
  return `${source.authority}: ${source.title}, ${source.year ?? 'o. J.'}`;
}

/** A source as the browser gets it with a quiz: its label and link, nothing else. */
export interface SourceRef {
  label: string;
  url?: string;
}

export function sourceRef(source: Source): SourceRef {
  return { label: sourceLabel(source), ...(source.url ? { url: source.url } : {}) };
}

/** The sources some questions cite, already formatted, by id: only these travel to the browser. Pure. */
export function sourceRefsFor(sources: ReadonlyMap<string, Source>, questions: readonly { sources: readonly string[] }[]): Record<string, SourceRef> {
  const refs: Record<string, SourceRef> = {};
  for (const id of new Set(questions.flatMap((q) => q.sources))) refs[id] = sourceRef(sources.get(id)!);
  return refs;
}
