import { wordsOf } from './requirements';
import type { LessonModel } from './types';

/**
 * German reading ease after Amstad (1978), the German adaptation of Flesch's formula:
 *   180 − ASL − 58.5 × ASW
 * with ASL the average sentence length in words and ASW the average syllables per word.
 * 100 is very easy; the course aims at 70 or more for pupils of 12 to 16 (issue 10).
 *
 * Syllables are counted as groups of vowels (a e i o u ä ö ü y), so "au", "ei", "ie" count once:
 * a close approximation for German, good enough to compare lessons with each other.
 */

/** Abbreviations whose dot does not end a sentence. */
const ABBREVIATIONS = /\b(?:z\. ?B|u\. ?a|d\. ?h|o\. ?J|U\.S|Dr|Nr|ca|bzw|usw|vgl|etc)\./g;

export function countSyllables(word: string): number {
  return Math.max(1, word.toLowerCase().match(/[aeiouäöüy]+/g)?.length ?? 0);
}

/** Sentences: split at end punctuation and at line breaks (headings, list items and paragraphs end one too). */
export function sentencesOf(text: string): string[] {
  return text
    .replace(ABBREVIATIONS, (abbreviation) => abbreviation.replace(/[.\s]/g, ''))
    .split(/\n|(?<=[.!?…])["“”»]?\s+/)
    .filter((sentence) => wordsOf(sentence).length > 0);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Amstad's reading ease, rounded to a whole number. */
  amstad: number;
}

export function readability(text: string): Readability {
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  if (words.length === 0) return { words: 0, sentences: 0, syllables: 0, amstad: 0 };
  const amstad = 180 - words.length / sentences.length - 58.5 * (syllables / words.length);
  return { words: words.length, sentences: sentences.length, syllables, amstad: Math.round(amstad) };
}

/** The reading ease of the text a pupil reads in a lesson. */
export function lessonReadability(model: LessonModel): Readability {
  return readability(model.text);
}
