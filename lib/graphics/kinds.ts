import * as z from 'zod';

/**
 * The graphics a lesson may show with `<Grafik art="…" titel="…">Einleitung</Grafik>`. Each kind's data lives in
 * content/grafiken/<art>.yaml, is checked with its schema at build, and names a source (content/quellen.yaml) for
 * every fact and number it shows. A kind's module (lib/graphics/<art>.ts) owns its schema and its pure logic.
 */
export const GRAPHIC_KINDS = ['kosten', 'koerper', 'zeitstrahl', 'suchtkreislauf'] as const;
export type GraphicKind = (typeof GRAPHIC_KINDS)[number];

export const GRAPHICS_DIR = 'content/grafiken';

/** A source id cited in a graphic's data, with where it stands in the file (for the build's message). */
export interface CitedSource {
  id: string;
  path: string;
}

/** What each kind's module gives the content loader. */
export interface GraphicModule<T> {
  schema: z.ZodType<T>;
  /** Every source id the data cites, with its path in the file. */
  sources(data: T): CitedSource[];
}

export const sourceIdSchema = z.string().regex(/^[a-z0-9-]+$/, 'Eine Quellen-id aus content/quellen.yaml, z. B. "who-rauchstopp-nutzen".');
