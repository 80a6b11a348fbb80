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

/** A point on the drawing, in the SVG's user units. */
export interface Point {
  x: number;
  y: number;
}

/** A step's label box, as half its width and height around the step's point. */
export interface LabelBox {
  halfWidth: number;
  halfHeight: number;
}

/**
 * Where the steps sit on an ellipse (the first at the top, then clockwise) and the arrow from each step to the next:
 * an SVG arc along the ellipse that starts and ends `margin` units outside the two steps' label boxes.
 */
export function cycleLayout(
  boxes: readonly LabelBox[],
  ellipse: { center: Point; radius: Point; margin: number },
): { nodes: Point[]; arrows: string[] } {
  const { center, radius, margin } = ellipse;
  const round = (value: number) => Math.round(value * 100) / 100;
  // Degrees clockwise from the top.
  const at = (degrees: number): Point => {
    const radians = (degrees * Math.PI) / 180;
    return { x: round(center.x + radius.x * Math.sin(radians)), y: round(center.y - radius.y * Math.cos(radians)) };
  };
  const step = 360 / boxes.length;
  const nodes = boxes.map((_, index) => at(index * step));
  const inside = (point: Point, index: number) =>
    Math.abs(point.x - nodes[index]!.x) < boxes[index]!.halfWidth + margin && Math.abs(point.y - nodes[index]!.y) < boxes[index]!.halfHeight + margin;
  /** The first angle, walking from the step's own angle in `direction`, that is clear of its box. */
  const clearOf = (index: number, direction: 1 | -1) => {
    let degrees = index * step;
    while (inside(at(degrees), index) && Math.abs(degrees - index * step) < step / 2) degrees += direction * 0.5;
    return degrees;
  };
  const arrows = nodes.map((_, index) => {
    const next = (index + 1) % boxes.length;
    const startDegrees = clearOf(index, 1);
    const endDegrees = clearOf(next, -1) + (next === 0 ? 360 : 0);
    const from = at(startDegrees);
    const to = at(endDegrees);
    const large = endDegrees - startDegrees > 180 ? 1 : 0;
    return `M ${from.x} ${from.y} A ${radius.x} ${radius.y} 0 ${large} 1 ${to.x} ${to.y}`;
  });
  return { nodes, arrows };
}
