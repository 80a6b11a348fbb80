import type { Guide } from '../teacher/schema';
import type { Quiz } from '../quiz/schema';
import type { GlossaryEntry, LessonMeta, Source } from './schema';

/**
 * The types of the course content as the build reads it. Where a type comes from a zod schema it is
 * inferred there (schema.ts, quiz/schema.ts, teacher/schema.ts); these are the ones the reading adds.
 */

/** A content file as read from disk. */
export interface ContentFile {
  /** Path relative to the project root, with forward slashes: "lessons/konzert.mdx". */
  path: string;
  text: string;
}

/** One thing wrong with a content file: which file, where inside it, and what. */
export interface ContentProblem {
  file: string;
  /** Path inside the file, e.g. "questions[3].options"; empty for the whole file. */
  path: string;
  message: string;
}

export interface Lesson extends LessonMeta {
  slug: string;
  /** The MDX body without frontmatter, for checks on the components it uses. */
  body: string;
}

export interface Course {
  /** Sorted by `order`. */
  lessons: Lesson[];
  /** Teacher's guides by lesson slug. */
  guides: Map<string, Guide>;
  quizzes: Map<string, Quiz>;
  sources: Map<string, Source>;
  glossary: Map<string, GlossaryEntry>;
}

export type CourseResult = { ok: true; course: Course } | { ok: false; problems: ContentProblem[] };
