import { z } from 'zod';
import { idSchema } from '../id';

/**
 * Schemas for the course content other than quizzes: lesson frontmatter (lessons/*.mdx),
 * sources (content/quellen.yaml) and the glossary (content/glossar.yaml).
 */

export const slugSchema = idSchema;

const text = z.string().trim().min(1, 'Darf nicht leer sein.');

export const lessonMetaSchema = z.strictObject({
  title: text,
  /** Position in the course, starting at 1. */
  order: z.number().int().positive(),
  durationMinutes: z.number().int().min(5).max(90),
  /** One sentence for the lesson card on the course page. */
  goal: text,
  /**
   * The learning goals, stated to the pupil ("Du kannst …"). Each has an id, unique in the whole course
   * (by convention "<lesson slug>-<topic>", e.g. "sucht-nikotin"), which quiz questions name in `goals`.
   */
  goals: z
    .array(z.strictObject({ id: idSchema, text }))
    .min(2, 'Mindestens zwei Lernziele.')
    .max(4, 'Höchstens vier Lernziele.'),
  /** Id of the quiz in quizzes/. */
  quiz: slugSchema,
});

export const sourceSchema = z.strictObject({
  id: slugSchema,
  /** The authority that published it, e.g. "DKFZ" or "WHO". */
  authority: text,
  title: text,
  /** Publication year; null where the page gives none (shown as "o. J."). */
  year: z.number().int().min(1900).max(2100).nullable(),
  /** The authority's own page, where there is one. Never a news copy or an aggregator. */
  url: z.url({ protocol: /^https$/ }).optional(),
});

export const glossaryEntrySchema = z.strictObject({
  id: slugSchema,
  term: text,
  definition: text,
});

function uniqueById<T extends { id: string }>(schema: z.ZodType<T>) {
  return z.array(schema).superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item.id)) {
        ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `Die id "${item.id}" kommt doppelt vor.` });
      }
      seen.add(item.id);
    });
  });
}

export const sourcesFileSchema = uniqueById(sourceSchema);
export const glossaryFileSchema = uniqueById(glossaryEntrySchema);

export type LessonMeta = z.output<typeof lessonMetaSchema>;
export type LessonGoal = LessonMeta['goals'][number];
export type Source = z.output<typeof sourceSchema>;
export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
