import type { Quiz } from '../quiz/schema';
import { lessonBlocks, type BlockComponent } from './blocks';

/**
 * What every lesson must contain, checked at build time (the course issue's "Every lesson has").
 * Pure: it reads the MDX body as text.
 */
export const lessonRequirements = {
  minScenesWithDialogue: 2,
  minFactBoxes: 3,
  reflections: 1,
  discussions: 1,
  recaps: 1,
  minQuizQuestions: 8,
  minQuizTypes: 4,
} as const;

export interface LessonStats {
  words: number;
  scenes: number;
  scenesWithDialogue: number;
  factBoxes: number;
  reflections: number;
  discussions: number;
  recaps: number;
}

function blocks(body: string, component: BlockComponent): string[] {
  return lessonBlocks(body)
    .filter((block) => block.component === component)
    .map((block) => block.content);
}

/**
 * The text a pupil reads: the body without tags, attributes, Markdown markers and link targets.
 * A tag becomes a line break, so the paragraphs of a scene or a fact box stay apart from the text around them.
 */
export function pupilText(body: string): string {
  return (
    body
      .replace(/<[^>]+>/g, '\n')
      .replace(/\]\([^)]*\)/g, ' ')
      // A lone list marker "-" has no letter and is dropped as a word; a hyphen inside "E-Zigarette" joins one word.
      .replace(/[#*_>\[\]]+/g, ' ')
  );
}

/** The words of a text: whitespace-separated tokens with at least one letter or digit. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Words a pupil reads. */
export function countWords(body: string): number {
  return wordsOf(pupilText(body)).length;
}

export function lessonStats(body: string): LessonStats {
  const scenes = blocks(body, 'Szene');
  return {
    words: countWords(body),
    scenes: scenes.length,
    // Dialogue in German text is set in „…“ quotation marks.
    scenesWithDialogue: scenes.filter((scene) => /„[^“]+“/.test(scene)).length,
    factBoxes: blocks(body, 'Fakt').length,
    reflections: blocks(body, 'Nachgedacht').length,
    discussions: blocks(body, 'ImGespraech').length,
    recaps: blocks(body, 'Rueckblick').length,
  };
}

/** Plain German messages for whatever a lesson or its quiz lacks. */
export function missingInLesson(stats: LessonStats, quiz: Quiz | undefined): string[] {
  const r = lessonRequirements;
  const missing: string[] = [];
  if (stats.scenesWithDialogue < r.minScenesWithDialogue) {
    missing.push(`Mindestens ${r.minScenesWithDialogue} Szenen mit Dialog („…“) nötig, gefunden: ${stats.scenesWithDialogue}.`);
  }
  if (stats.factBoxes < r.minFactBoxes) missing.push(`Mindestens ${r.minFactBoxes} Faktboxen mit Quelle nötig, gefunden: ${stats.factBoxes}.`);
  if (stats.reflections < r.reflections) missing.push('Es fehlt ein Nachdenk-Impuls <Nachgedacht>.');
  if (stats.discussions < r.discussions) missing.push('Es fehlt ein Gesprächsimpuls für die Klasse <ImGespraech>.');
  if (stats.recaps < r.recaps) missing.push('Es fehlt der Rückblick <Rueckblick> am Ende.');
  if (quiz) {
    if (quiz.questions.length < r.minQuizQuestions) {
      missing.push(`Das Quiz braucht mindestens ${r.minQuizQuestions} Fragen, hat aber ${quiz.questions.length}.`);
    }
    const types = new Set(quiz.questions.map((q) => q.type)).size;
    if (types < r.minQuizTypes) missing.push(`Das Quiz braucht mindestens ${r.minQuizTypes} Fragetypen, hat aber ${types}.`);
  }
  return missing;
}
