import { z } from 'zod';
import { idSchema } from '../id';

/**
 * The quiz file format (quizzes/*.yaml). This schema is the single source of truth:
 * the TypeScript types below are inferred from it, never written by hand.
 * Only lib/content imports this module at build time; client code imports types only.
 */

const id = idSchema;
const text = z.string().trim().min(1, 'Darf nicht leer sein.');
const points = z.number().int().positive().default(1);
const sourceIds = z.array(id).default([]);

const commonFields = {
  id,
  prompt: text,
  explanation: text,
  sources: sourceIds,
  /**
   * Ids of the lesson goals (lesson frontmatter `goals[].id`) this question checks; at least one.
   * A lesson quiz names goals of its own lesson; the entry check and final test name any lesson's goals.
   */
  goals: z.array(id).min(1, 'Jede Frage nennt mindestens ein Lernziel, das sie prüft ("goals").'),
};

const choiceOption = z.object({
  id,
  text,
  correct: z.boolean().default(false),
  feedback: text.optional(),
});

function uniqueIds(items: { id: string }[], ctx: z.RefinementCtx, key: string) {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: `Die id "${item.id}" kommt doppelt vor.` });
    }
    seen.add(item.id);
  });
}

const singleChoice = z
  .object({ ...commonFields, type: z.literal('single-choice'), points, options: z.array(choiceOption).min(2) })
  .superRefine((q, ctx) => {
    uniqueIds(q.options, ctx, 'options');
    const correct = q.options.filter((o) => o.correct).length;
    if (correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `Eine Single-Choice-Frage braucht genau eine richtige Antwort (gefunden: ${correct}).`,
      });
    }
  });

const multipleChoice = z
  .object({ ...commonFields, type: z.literal('multiple-choice'), points, options: z.array(choiceOption).min(2) })
  .superRefine((q, ctx) => {
    uniqueIds(q.options, ctx, 'options');
    if (!q.options.some((o) => o.correct)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Mindestens eine Antwort muss richtig sein.' });
    }
  });

const trueFalse = z.object({
  ...commonFields,
  type: z.literal('true-false'),
  points,
  answer: z.boolean(),
});

const ordering = z
  .object({
    ...commonFields,
    type: z.literal('ordering'),
    points,
    /** Listed in the correct order; the page shows them in a fixed shuffled order. */
    items: z.array(z.object({ id, text })).min(3),
  })
  .superRefine((q, ctx) => uniqueIds(q.items, ctx, 'items'));

const matching = z
  .object({
    ...commonFields,
    type: z.literal('matching'),
    points,
    pairs: z.array(z.object({ id, left: text, right: text })).min(2),
  })
  .superRefine((q, ctx) => {
    uniqueIds(q.pairs, ctx, 'pairs');
    const rights = new Set<string>();
    q.pairs.forEach((pair, index) => {
      if (rights.has(pair.right)) {
        ctx.addIssue({
          code: 'custom',
          path: ['pairs', index, 'right'],
          message: `Die rechte Seite "${pair.right}" kommt doppelt vor; jede Zuordnung muss eindeutig sein.`,
        });
      }
      rights.add(pair.right);
    });
  });

const estimate = z
  .object({
    ...commonFields,
    type: z.literal('estimate'),
    points,
    answer: z.number(),
    tolerance: z.number().nonnegative(),
    unit: text.optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .superRefine((q, ctx) => {
    if (q.min !== undefined && q.max !== undefined && q.min >= q.max) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: '"min" muss kleiner als "max" sein.' });
    }
    if ((q.min !== undefined && q.answer < q.min) || (q.max !== undefined && q.answer > q.max)) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'Die Lösung liegt außerhalb von "min" und "max".' });
    }
  });

const shortText = z.object({
  ...commonFields,
  type: z.literal('short-text'),
  points,
  accepted: z.array(text).min(1),
});

/**
 * A situation with several ways to act. Two kinds:
 * - graded (default): every option has `points`, at least one more than 0; the best option earns full points.
 * - `graded: false`, feedback only: for situations where every option is a legitimate choice (e.g. staying
 *   with a sick parent or going to band practice). Options have no `points`; each explains itself in its
 *   `feedback`. The question counts toward neither the score nor the pass mark, and the result says "ohne Punkte".
 */
const scenario = z
  .object({
    ...commonFields,
    type: z.literal('scenario'),
    /** The situation Steffen is in; the prompt then asks what he (you) should do. */
    situation: text,
    graded: z.boolean().default(true),
    options: z
      .array(z.object({ id, text, points: z.number().int().nonnegative().optional(), feedback: text }))
      .min(2),
  })
  .superRefine((q, ctx) => {
    uniqueIds(q.options, ctx, 'options');
    if (!q.graded) {
      q.options.forEach((option, index) => {
        if (option.points !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['options', index, 'points'],
            message: 'Eine Frage ohne Punkte (graded: false) vergibt keine Punkte; "points" entfällt hier.',
          });
        }
      });
      return;
    }
    q.options.forEach((option, index) => {
      if (option.points === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['options', index, 'points'],
          message: 'Jede Option braucht "points" (oder die ganze Frage ist ohne Punkte: graded: false).',
        });
      }
    });
    if (!q.options.some((o) => (o.points ?? 0) > 0)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'Mindestens eine Option muss Punkte geben.' });
    }
  });

export const questionSchema = z.discriminatedUnion('type', [
  singleChoice,
  multipleChoice,
  trueFalse,
  ordering,
  matching,
  estimate,
  shortText,
  scenario,
]);

/**
 * The question types a scene check ("Kurz gecheckt") may use: answered with a tap or two and judged at once.
 * Ordering, matching, estimates and free text need more than a quick look back at the scene.
 */
export const sceneCheckQuestionTypes = ['single-choice', 'multiple-choice', 'true-false'] as const;

const sceneCheckQuestion = z.discriminatedUnion('type', [singleChoice, multipleChoice, trueFalse], {
  error: (issue) =>
    issue.code === 'invalid_union'
      ? `Ein Check nach einer Szene nutzt nur die Fragetypen ${sceneCheckQuestionTypes.join(', ')}.`
      : undefined,
});

/**
 * A short ungraded check after one scene of the lesson: `scene` is the scene's exact `titel`.
 * Its questions use the quiz's question format; they give feedback at once, earn no points and are not saved.
 */
const sceneCheck = z.strictObject({
  scene: text,
  questions: z
    .array(sceneCheckQuestion)
    .min(1, 'Ein Check braucht mindestens eine Frage.')
    .max(2, 'Ein Check hat höchstens zwei Fragen: Er ist ein kurzer Blick zurück, kein Quiz.'),
});

/**
 * A quiz belongs to a lesson (`kind: lesson`), or is the course's entry check (`entry`, not graded)
 * or its final test (`final`). A quiz may `draw` questions from other quizzes instead of repeating
 * them; the content loader copies them in, with ids "<quiz>--<question>".
 */
export const quizSchema = z
  .object({
    id,
    kind: z.enum(['lesson', 'entry', 'final']).default('lesson'),
    /** Slug of the lesson this quiz belongs to; only for kind "lesson". */
    lesson: id.optional(),
    title: text,
    intro: text.optional(),
    /** Percentage needed to pass. */
    passPercent: z.number().int().min(1).max(100).default(70),
    questions: z.array(questionSchema).default([]),
    draw: z.array(z.object({ quiz: id, questions: z.array(id).min(1).optional() })).default([]),
    /** Lesson quizzes only: one check per scene of the lesson, shown right after the scene. */
    checks: z.array(sceneCheck).default([]),
  })
  .superRefine((quiz, ctx) => {
    uniqueIds(quiz.questions, ctx, 'questions');
    // Checks and questions share one id space, so an id names one question in the whole file.
    const questionIds = new Set(quiz.questions.map((q) => q.id));
    quiz.checks.forEach((check, checkIndex) => {
      check.questions.forEach((question, questionIndex) => {
        if (questionIds.has(question.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['checks', checkIndex, 'questions', questionIndex, 'id'],
            message: `Die id "${question.id}" kommt doppelt vor; Fragen und Checks einer Datei brauchen verschiedene ids.`,
          });
        }
        questionIds.add(question.id);
      });
    });
    if (quiz.kind !== 'lesson' && quiz.checks.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['checks'], message: 'Nur ein Lektions-Quiz hat Checks nach den Szenen ("checks").' });
    }
    if (quiz.kind === 'lesson' && !quiz.lesson) {
      ctx.addIssue({ code: 'custom', path: ['lesson'], message: 'Ein Lektions-Quiz muss seine Lektion nennen ("lesson").' });
    }
    if (quiz.kind !== 'lesson' && quiz.lesson) {
      ctx.addIssue({ code: 'custom', path: ['lesson'], message: 'Nur ein Lektions-Quiz gehört zu einer Lektion.' });
    }
    if (quiz.questions.length === 0 && quiz.draw.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['questions'], message: 'Das Quiz braucht Fragen ("questions") oder übernimmt sie ("draw").' });
    }
    // With only feedback-only questions there would be no points to pass with.
    if (quiz.draw.length === 0 && quiz.questions.length > 0 && quiz.questions.every((q) => q.type === 'scenario' && !q.graded)) {
      ctx.addIssue({ code: 'custom', path: ['questions'], message: 'Das Quiz braucht mindestens eine Frage mit Punkten.' });
    }
  });

export type Quiz = z.output<typeof quizSchema>;
export type Question = z.output<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type SceneCheck = z.output<typeof sceneCheck>;
export type SceneCheckQuestion = SceneCheck['questions'][number];

export const questionTypes = questionSchema.options.map((option) => option.shape.type.value);
