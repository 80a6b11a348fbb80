import * as z from 'zod';
import { sourceIdSchema, type GraphicModule } from './kinds';

/** "Was nach der letzten Zigarette passiert": the WHO timeline, from minutes to years (content/grafiken/zeitstrahl.yaml). */

const unitSchema = z.enum(['minuten', 'stunden', 'tage', 'wochen', 'monate', 'jahre']);

export const timelineSchema = z.strictObject({
  source: sourceIdSchema,
  steps: z
    .array(
      z.strictObject({
        /** After how long: one value, or a span ("2 bis 12 Wochen"). */
        after: z.strictObject({ from: z.number().positive(), to: z.number().positive().optional(), unit: unitSchema }),
        text: z.string().min(1),
      }),
    )
    .min(2),
});
export type Timeline = z.infer<typeof timelineSchema>;

export const timeline: GraphicModule<Timeline> = {
  schema: timelineSchema,
  sources: (data) => [{ id: data.source, path: 'source' }],
};
