import * as z from 'zod';
import { sourceIdSchema, type GraphicModule } from './kinds';

/**
 * "Was Rauchen im Körper anrichtet": the organs of the figure, each with its fact (content/grafiken/koerper.yaml).
 * The figure is drawn by hand (components/graphics/BodyFigure.tsx), so an organ must be one it can draw.
 */

/** The organs the figure can draw, from head to belly: the order of its labels, buttons and list. */
export const BODY_ORGANS = ['gehirn', 'mund', 'bronchien', 'lunge', 'herz', 'blutgefaesse'] as const;
export type BodyOrganId = (typeof BODY_ORGANS)[number];

const organSchema = z.strictObject({
  id: z.enum(BODY_ORGANS, `Ein Organ, das die Figur zeichnen kann: ${BODY_ORGANS.join(', ')}.`),
  name: z.string().min(1).max(14, 'Höchstens 14 Zeichen: der Name steht als Beschriftung neben der Figur.'),
  /** What the lesson says about it, in its words: one to three short sentences. */
  fact: z.string().min(1),
  /** The fact in a few words, for the projector slide. */
  short: z.string().min(1).max(50, 'Höchstens 50 Zeichen: die Kurzfassung steht auf der Folie.'),
  source: sourceIdSchema,
});

export const bodySchema = z.strictObject({
  organs: z
    .array(organSchema)
    .min(2)
    .superRefine((organs, context) => {
      const seen = new Set<string>();
      organs.forEach((organ, index) => {
        if (seen.has(organ.id)) context.addIssue({ code: 'custom', path: [index, 'id'], message: `Das Organ "${organ.id}" steht zweimal in der Liste.` });
        seen.add(organ.id);
      });
    }),
});
export type Body = z.infer<typeof bodySchema>;
export type BodyOrgan = Body['organs'][number];

/** The organs in the figure's order (head to belly), whatever order the file lists them in. Pure. */
export function organsInFigureOrder(organs: readonly BodyOrgan[]): BodyOrgan[] {
  return [...organs].sort((a, b) => BODY_ORGANS.indexOf(a.id) - BODY_ORGANS.indexOf(b.id));
}

export const body: GraphicModule<Body> = {
  schema: bodySchema,
  sources: (data) => data.organs.map((organ, index) => ({ id: organ.source, path: `organs[${index}].source` })),
};
