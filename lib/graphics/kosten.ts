import * as z from 'zod';
import { sourceIdSchema, type GraphicModule } from './kinds';

export * from './kosten-rechnung';

/**
 * "Was würde dich Rauchen kosten?": the pupil's own choice of cigarettes a day and price of a pack, against things
 * the pupil would rather buy (content/grafiken/kosten.yaml). Prices are example values, shown as such; the
 * arithmetic is in ./kosten-rechnung (zod-free, so the calculator's client code does not carry zod).
 */

export const costSchema = z.strictObject({
  /** The pack the example starts from: its example price in euro and how many cigarettes it holds. */
  pack: z.strictObject({
    examplePrice: z.number().positive().max(100),
    cigarettes: z.number().int().positive().max(100),
    source: sourceIdSchema.optional(),
  }),
  /** Cigarettes a day in the worked example and as the calculator's first value. */
  exampleCigarettesPerDay: z.number().positive().max(200),
  /** What the pupil may compare with, each at an example price in euro; `plural` names several ("Konzertkarten"). */
  goods: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z-]+$/),
        name: z.string().min(1),
        plural: z.string().min(1),
        examplePrice: z.number().positive().max(10000),
      }),
    )
    .min(2)
    .refine((goods) => new Set(goods.map((good) => good.id)).size === goods.length, 'Jede id darf nur einmal vorkommen.'),
});
export type Cost = z.infer<typeof costSchema>;

export const cost: GraphicModule<Cost> = {
  schema: costSchema,
  sources: (data) => (data.pack.source ? [{ id: data.pack.source, path: 'pack.source' }] : []),
};
