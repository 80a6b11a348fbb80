import * as z from 'zod';
import { sourceIdSchema, type GraphicModule } from './kinds';

/**
 * "Was würde dich Rauchen kosten?": the pupil's own choice of cigarettes a day and price of a pack, against things
 * the pupil would rather buy (content/grafiken/kosten.yaml). Prices are example values, shown as such.
 */

export const costSchema = z.strictObject({
  /** The pack the example starts from: its example price in euro and how many cigarettes it holds. */
  pack: z.strictObject({ examplePrice: z.number().positive(), cigarettes: z.number().int().positive(), source: sourceIdSchema.optional() }),
  /** What the pupil may compare with, each at an example price in euro. */
  goods: z.array(z.strictObject({ id: z.string().regex(/^[a-z-]+$/), name: z.string().min(1), examplePrice: z.number().positive() })).min(2),
});
export type Cost = z.infer<typeof costSchema>;

export const cost: GraphicModule<Cost> = {
  schema: costSchema,
  sources: (data) => (data.pack.source ? [{ id: data.pack.source, path: 'pack.source' }] : []),
};
