import * as z from 'zod';
import { sourceIdSchema, type GraphicModule } from './kinds';

/** "Was nach der letzten Zigarette passiert": the WHO timeline, from minutes to years (content/grafiken/zeitstrahl.yaml). */

const UNITS = ['minuten', 'stunden', 'tage', 'wochen', 'monate', 'jahre'] as const;
export type TimeUnit = (typeof UNITS)[number];
const unitSchema = z.enum(UNITS);

const afterSchema = z
  .strictObject({ from: z.number().positive(), to: z.number().positive().optional(), unit: unitSchema })
  .refine((after) => after.to === undefined || after.to > after.from, { message: '"to" muss größer sein als "from".', path: ['to'] });
export type After = z.infer<typeof afterSchema>;

export const timelineSchema = z
  .strictObject({
    source: sourceIdSchema,
    steps: z
      .array(
        z.strictObject({
          /** After how long: one value, or a span ("2 bis 12 Wochen"). */
          after: afterSchema,
          text: z.string().min(1),
          /** A further sentence for the page and paper; the projector shows `text` only. */
          more: z.string().min(1).optional(),
        }),
      )
      .min(2),
  })
  .superRefine((data, context) => {
    // The list is read top to bottom as time passing: each step starts no earlier than the one before.
    data.steps.forEach((step, index) => {
      if (index > 0 && startInMinutes(step.after) < startInMinutes(data.steps[index - 1]!.after)) {
        context.addIssue({ code: 'custom', message: 'Die Schritte stehen in zeitlicher Reihenfolge: dieser beginnt früher als der davor.', path: ['steps', index, 'after'] });
      }
    });
  });
export type Timeline = z.infer<typeof timelineSchema>;

export const timeline: GraphicModule<Timeline> = {
  schema: timelineSchema,
  sources: (data) => [{ id: data.source, path: 'source' }],
};

/** Singular and dative plural ("nach 1 Jahr", "nach 10 Jahren"). */
const UNIT_WORDS: Record<TimeUnit, { one: string; many: string }> = {
  minuten: { one: 'Minute', many: 'Minuten' },
  stunden: { one: 'Stunde', many: 'Stunden' },
  tage: { one: 'Tag', many: 'Tagen' },
  wochen: { one: 'Woche', many: 'Wochen' },
  monate: { one: 'Monat', many: 'Monaten' },
  jahre: { one: 'Jahr', many: 'Jahren' },
};

const germanNumber = (value: number) => String(value).replace('.', ',');

/** "Nach 20 Minuten", "Nach 1 Jahr", "Nach 2 bis 12 Wochen": the unit agrees with the last number. */
export function afterLabel(after: After): string {
  const last = after.to ?? after.from;
  const unit = last === 1 ? UNIT_WORDS[after.unit].one : UNIT_WORDS[after.unit].many;
  const amount = after.to === undefined ? germanNumber(after.from) : `${germanNumber(after.from)} bis ${germanNumber(after.to)}`;
  return `Nach ${amount} ${unit}`;
}

/** Average lengths, enough to place a step on the axis (a month is a twelfth of a year). */
const MINUTES_PER: Record<TimeUnit, number> = {
  minuten: 1,
  stunden: 60,
  tage: 60 * 24,
  wochen: 60 * 24 * 7,
  monate: (60 * 24 * 365.25) / 12,
  jahre: 60 * 24 * 365.25,
};

export const startInMinutes = (after: After) => after.from * MINUTES_PER[after.unit];
export const endInMinutes = (after: After) => (after.to ?? after.from) * MINUTES_PER[after.unit];

/**
 * Where each step starts and ends on a logarithmic time axis from the first step's start (0) to the last step's
 * end (1): minutes and years both stay readable on one line.
 */
export function axisPositions(steps: readonly { after: After }[]): { start: number; end: number }[] {
  const first = Math.log(startInMinutes(steps[0]!.after));
  const last = Math.log(Math.max(...steps.map((step) => endInMinutes(step.after))));
  const span = last - first;
  const at = (minutes: number) => (span === 0 ? 0 : (Math.log(minutes) - first) / span);
  return steps.map((step) => ({ start: at(startInMinutes(step.after)), end: at(endInMinutes(step.after)) }));
}

/** Landmarks for the axis, where they fall inside it: "1 Stunde", "1 Tag", … as positions from 0 to 1. */
export function axisLandmarks(steps: readonly { after: After }[]): { label: string; position: number }[] {
  const first = Math.log(startInMinutes(steps[0]!.after));
  const last = Math.log(Math.max(...steps.map((step) => endInMinutes(step.after))));
  const landmarks: { label: string; after: After }[] = [
    { label: '1 Stunde', after: { from: 1, unit: 'stunden' } },
    { label: '1 Tag', after: { from: 1, unit: 'tage' } },
    { label: '1 Woche', after: { from: 1, unit: 'wochen' } },
    { label: '1 Monat', after: { from: 1, unit: 'monate' } },
    { label: '1 Jahr', after: { from: 1, unit: 'jahre' } },
    { label: '10 Jahre', after: { from: 10, unit: 'jahre' } },
  ];
  return landmarks
    .map(({ label, after }) => ({ label, position: (Math.log(startInMinutes(after)) - first) / (last - first) }))
    .filter(({ position }) => position > 0 && position < 1);
}
