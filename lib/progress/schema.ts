import * as z from 'zod/mini';
import { answerSheetSchema } from '../quiz/answers';
import { APP_ID, CURRENT_SCHEMA_VERSION } from './keys';

/**
 * The learner's progress as kept in localStorage: one versioned record.
 * zod/mini keeps the client bundle small; this module runs in the browser.
 *
 * Version history:
 *   1 — one learner per browser: { schemaVersion: 1, lessons, attempts }.
 *   2 — named profiles for shared classroom computers. A profile may carry `pin`, the salted
 *       hash of an optional 4-digit PIN; added later as an optional field, so records without it stay valid.
 *   3 — answers only (current). An attempt keeps what the learner answered, never points, percent or
 *       "passed": those are computed from the answers against the current quiz wherever they are shown, so a
 *       stored or imported number cannot fake a result. `lessons` holds real lessons only (not the entry
 *       check or the final test), with their start; a lesson is completed when a full attempt at its quiz passes.
 */

export { APP_ID, CURRENT_SCHEMA_VERSION };

const isoDate = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)), 'Kein gültiges Datum.'));
const shortId = z.string().check(z.minLength(1), z.maxLength(100));

export const lessonProgressSchema = z.object({
  startedAt: isoDate,
});

/** "full": the whole quiz; "mistakes": only the questions missed before ("Fehler wiederholen"). */
const attemptMode = z.enum(['full', 'mistakes']);

export const attemptSchema = z.object({
  id: shortId,
  quizId: shortId,
  at: isoDate,
  mode: attemptMode,
  answers: answerSheetSchema,
  /** For a "mistakes" round: the ids of the questions it asked, so that it is scored on those alone. */
  asked: z.optional(z.array(shortId).check(z.maxLength(200))),
});

const hex = (length: number) => z.string().check(z.length(length), z.regex(/^[0-9a-f]+$/));

export const pinHashSchema = z.object({
  algorithm: z.literal('sha-256'),
  salt: hex(32),
  hash: hex(64),
});

const activeProfileListed = z.refine<{ activeProfileId: string; profiles: { id: string }[] }>((record) => record.profiles.some((p) => p.id === record.activeProfileId), {
  message: 'Das aktive Profil fehlt in der Liste der Profile.',
  path: ['activeProfileId'],
});

export const profileSchema = z.object({
  id: shortId,
  name: z.string().check(z.minLength(1), z.maxLength(40)),
  createdAt: isoDate,
  pin: z.optional(pinHashSchema),
  lessons: z.record(z.string(), lessonProgressSchema),
  attempts: z.array(attemptSchema),
});

export const progressRecordSchema = z
  .object({
    app: z.literal(APP_ID),
    schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
    activeProfileId: shortId,
    profiles: z.array(profileSchema).check(z.minLength(1)),
  })
  .check(activeProfileListed);

// ---- Versions 1 and 2, kept only to migrate from. ----

const lessonProgressV2Schema = z.object({
  startedAt: isoDate,
  completedAt: z.optional(isoDate),
});

/** An attempt as versions 1 and 2 stored it: with the numbers the page computed when it was made. */
export const attemptV2Schema = z.object({
  id: shortId,
  quizId: shortId,
  lesson: shortId,
  at: isoDate,
  mode: attemptMode,
  answers: answerSheetSchema,
  points: z.number().check(z.nonnegative()),
  maxPoints: z.number().check(z.nonnegative()),
  percent: z.number().check(z.gte(0), z.lte(100)),
  passed: z.boolean(),
});

export const progressRecordV2Schema = z
  .object({
    app: z.literal(APP_ID),
    schemaVersion: z.literal(2),
    activeProfileId: shortId,
    profiles: z
      .array(
        z.object({
          id: shortId,
          name: z.string().check(z.minLength(1), z.maxLength(40)),
          createdAt: isoDate,
          pin: z.optional(pinHashSchema),
          lessons: z.record(z.string(), lessonProgressV2Schema),
          attempts: z.array(attemptV2Schema),
        }),
      )
      .check(z.minLength(1)),
  })
  .check(activeProfileListed);

export const progressRecordV1Schema = z.object({
  app: z.literal(APP_ID),
  schemaVersion: z.literal(1),
  lessons: z.record(z.string(), lessonProgressV2Schema),
  attempts: z.array(attemptV2Schema),
});

export type LessonProgress = z.infer<typeof lessonProgressSchema>;
export type Attempt = z.infer<typeof attemptSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type ProgressRecord = z.infer<typeof progressRecordSchema>;
export type AttemptV2 = z.infer<typeof attemptV2Schema>;
export type ProgressRecordV2 = z.infer<typeof progressRecordV2Schema>;
export type ProgressRecordV1 = z.infer<typeof progressRecordV1Schema>;
