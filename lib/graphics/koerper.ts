import * as z from 'zod';
import { sourceIdSchema, type GraphicModule } from './kinds';

/** "Was Rauchen im Körper anrichtet": the organs of the figure, each with its fact (content/grafiken/koerper.yaml). */

export const bodySchema = z.strictObject({
  organs: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z-]+$/),
        name: z.string().min(1),
        fact: z.string().min(1),
        source: sourceIdSchema,
      }),
    )
    .min(2),
});
export type Body = z.infer<typeof bodySchema>;

export const body: GraphicModule<Body> = {
  schema: bodySchema,
  sources: (data) => data.organs.map((organ, index) => ({ id: organ.source, path: `organs[${index}].source` })),
};
