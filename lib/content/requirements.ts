import type { Quiz } from '../quiz/schema';
import { blocksOf } from './lesson-model';
import type { LessonModel } from './types';

/**
 * What every lesson must contain, checked at build time (the course issue's "Every lesson has").
 * Pure: it reads the lesson model.
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

/** The words of a text: whitespace-separated tokens with at least one letter or digit. */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

export function lessonStats(model: LessonModel): LessonStats {
  const scenes = blocksOf(model, 'Szene');
  return {
    words: wordsOf(model.text).length,
    scenes: scenes.length,
    // Dialogue in German text is set in „…“ quotation marks.
    scenesWithDialogue: scenes.filter((scene) => /„[^“]+“/.test(scene.text)).length,
    factBoxes: blocksOf(model, 'Fakt').length,
    reflections: blocksOf(model, 'Nachgedacht').length,
    discussions: blocksOf(model, 'ImGespraech').length,
    recaps: blocksOf(model, 'Rueckblick').length,
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
