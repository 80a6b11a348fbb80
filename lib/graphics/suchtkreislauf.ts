import * as z from 'zod';
import { sourceIdSchema, type GraphicModule } from './kinds';

/** "Der Kreislauf der Sucht": craving → cigarette → short relief → withdrawal → craving (content/grafiken/suchtkreislauf.yaml). */

export const cycleSchema = z.strictObject({
  steps: z
    .array(
      z.strictObject({
        title: z.string().min(1),
        /** What happens at this step, with its timing in words as the source gives it. */
        text: z.string().min(1),
        source: sourceIdSchema,
      }),
    )
    .min(3),
});
export type AddictionCycle = z.infer<typeof cycleSchema>;

export const addictionCycle: GraphicModule<AddictionCycle> = {
  schema: cycleSchema,
  sources: (data) => data.steps.map((step, index) => ({ id: step.source, path: `steps[${index}].source` })),
};
