import type { Graphics } from '../graphics/registry';
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

/** A place in a file, both counted from 1. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** One thing wrong with a content file: which file, where inside it, and what. */
export interface ContentProblem {
  file: string;
  /** Path inside the file, e.g. "questions[3].options"; empty for the whole file. */
  path: string;
  message: string;
  /** Where in the file, when the problem is at one place of a lesson's MDX. */
  position?: SourcePosition;
}

export const BLOCK_COMPONENTS = ['Szene', 'Fakt', 'Nachgedacht', 'ImGespraech', 'Rueckblick', 'Grafik'] as const;
/** The teaching blocks a lesson is built from; each has content of its own. */
export type BlockComponent = (typeof BLOCK_COMPONENTS)[number];

/** A piece of MDX and the text a reader sees of it. */
export interface ContentPiece {
  /** The MDX source, as written in the lesson. */
  source: string;
  /** Its plain text: without tags, attributes and Markdown markers, white space collapsed. */
  text: string;
}

/** One paragraph, list item or other flow element of a block: the smallest part a slide may hold. */
export interface ContentUnit extends ContentPiece {
  list: boolean;
  /** A paragraph's sentences, for cutting a paragraph longer than a slide; the unit itself otherwise. */
  sentences: ContentPiece[];
}

/** A teaching block of a lesson body: a scene, fact box, prompt or the recap. */
export interface LessonBlock {
  component: BlockComponent;
  /**
   * The attributes of the opening tag: titel="…" as text, quelle={…} as the expression's source,
   * and a bare boolean attribute such as `sensibel` as "true".
   */
  attributes: Record<string, string>;
  /** The MDX between the opening and closing tag, trimmed. */
  content: string;
  /** The content as plain text, for summaries. */
  text: string;
  /** The content in paragraphs and list items; a block nested in this one is one unit. */
  units: ContentUnit[];
  position: SourcePosition;
  /** The index in `LessonModel.blocks` of the block this one stands in (a fact box in a scene). */
  parent?: number;
}

/** A `<Begriff id="…">` in the lesson. */
export interface TermUse {
  id: string;
  position: SourcePosition;
}

/** A `quelle="…"` of a fact box. */
export interface SourceCitation {
  sourceId: string;
  position: SourcePosition;
}

/** A link to a lesson page, `/lektionen/<slug>…`. */
export interface LessonLink {
  href: string;
  slug: string;
  position: SourcePosition;
}

/** A lesson read once from its MDX: everything slides, guides, usage and the checks need. */
export interface LessonModel {
  meta: LessonMeta;
  /** In reading order; a nested block follows the block it stands in. */
  blocks: LessonBlock[];
  terms: TermUse[];
  citations: SourceCitation[];
  links: LessonLink[];
  /** What a pupil reads: the body without tags, attributes and Markdown markers, a line per paragraph. */
  text: string;
}

export interface Lesson extends LessonMeta {
  slug: string;
  /** The lesson body as read at build time. */
  model: LessonModel;
}

/** A lesson as a link, a list item or "Weiter" names it. */
export interface LessonRef {
  slug: string;
  title: string;
  order: number;
}

export interface Course {
  /** Sorted by `order`. */
  lessons: Lesson[];
  /** Teacher's guides by lesson slug. */
  guides: Map<string, Guide>;
  quizzes: Map<string, Quiz>;
  sources: Map<string, Source>;
  glossary: Map<string, GlossaryEntry>;
  /** The data of each graphic the lessons show (content/grafiken/). */
  graphics: Graphics;
}

export type CourseResult = { ok: true; course: Course } | { ok: false; problems: ContentProblem[] };
