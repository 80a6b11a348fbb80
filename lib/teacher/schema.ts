import { z } from 'zod';
import { idSchema } from '../id';

/**
 * A teacher's guide for one lesson (guides/<slug>.yaml): a 45-minute plan and everything a teacher
 * needs to run the lesson. Validated at build time like quizzes. Expected quiz answers, the lesson's
 * facts and sources are not written here: the guide page derives them from the lesson and its quiz.
 */

const text = z.string().trim().min(1, 'Darf nicht leer sein.');

export const phaseSchema = z.strictObject({
  minutes: z.number().int().min(1).max(45),
  title: text,
  /** What the teacher does. */
  teacher: text,
  /** What the pupils do. */
  pupils: text,
  /** Method or social form, e.g. "Plenum", "Einzelarbeit", "Think-Pair-Share". */
  method: text,
  material: text.optional(),
});

export const guideSchema = z.strictObject({
  lesson: idSchema,
  /** Two or three sentences for the teacher: what happens in this lesson and why. */
  overview: text,
  preparation: z.array(text).min(1),
  phases: z.array(phaseSchema).min(3, 'Mindestens drei Phasen.'),
  /** What to cut, in this order, when the lesson runs short of time (and what never to cut). */
  shortOfTime: z.array(text).min(1, 'Mindestens ein Vorschlag, was bei Zeitnot wegfallen kann.'),
  discussion: z
    .array(z.strictObject({ question: text, hints: z.array(text).min(1, 'Mindestens ein Hinweis für die Lehrkraft.') }))
    .min(2, 'Mindestens zwei Gesprächsfragen.'),
  differentiation: z.strictObject({ faster: z.array(text).min(1), slower: z.array(text).min(1) }),
  homework: text,
  /** Notes for this lesson on pupils whose parents smoke, drink or are ill. */
  sensitive: z.array(text).min(1),
  worksheet: z.strictObject({
    /** Which scene of the lesson (1 = first) the worksheet quotes. */
    scene: z.number().int().min(1),
    /** The last scene quoted, when the excerpt runs on over the next scene(s); at least `scene`. */
    toScene: z.number().int().min(1).optional(),
    /** Instruction above the excerpt. */
    task: text,
    questions: z
      .array(
        z.strictObject({
          question: text,
          answer: text,
          lines: z.number().int().min(1).max(12).default(4),
          /**
           * Sentence starters for the easier variant of the worksheet ("Satzanfänge"), each ending in "…";
           * each one is printed at the start of a writing line.
           */
          starters: z
            .array(text.regex(/…$/, 'Ein Satzanfang endet mit „…“.'))
            .min(1, 'Mindestens ein Satzanfang für das leichtere Arbeitsblatt.')
            .max(3, 'Höchstens drei Satzanfänge pro Aufgabe.'),
        }),
      )
      .min(4, 'Mindestens vier Fragen auf dem Arbeitsblatt.'),
  }),
});

export type Guide = z.output<typeof guideSchema>;
export type Phase = z.output<typeof phaseSchema>;
export type WorksheetQuestion = Guide['worksheet']['questions'][number];
