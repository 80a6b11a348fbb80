import type { Answer } from './answers';
import type { Quiz } from './schema';
import { shuffledOrder } from './shuffle';

/**
 * The quiz page's working state: answers as the learner builds them. Estimates stay text
 * until they are checked, so "3,5" can be typed the German way.
 */
export type Draft = Partial<Record<string, Answer | { type: 'estimate-text'; text: string }>>;

export function initialDraft(quiz: Quiz, questionIds?: readonly string[]): Draft {
  const draft: Draft = {};
  for (const question of quiz.questions) {
    if (questionIds && !questionIds.includes(question.id)) continue;
    if (question.type === 'ordering') {
      draft[question.id] = { type: 'ordering', order: shuffledOrder(question.items.map((i) => i.id), question.id) };
    }
  }
  return draft;
}

/** "3,5" or "3.500" or "3.5" → a number; null for anything else. German thousands dots are allowed. */
export function parseGermanNumber(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+([.,]\d+)?$/.test(trimmed)) return null;
  // A group before a thousands dot never starts with 0: "0.500" is a decimal point.
  const normalised = /^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(trimmed)
    ? trimmed.replace(/\./g, '').replace(',', '.')
    : trimmed.replace(',', '.');
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** The answers to score: only what the learner has actually given. */
export function answersFromDraft(draft: Draft): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const [id, entry] of Object.entries(draft)) {
    if (!entry) continue;
    if (entry.type === 'estimate-text') {
      const value = parseGermanNumber(entry.text);
      if (value !== null) answers[id] = { type: 'estimate', value };
    } else if (entry.type === 'short-text') {
      if (entry.value.trim() !== '') answers[id] = entry;
    } else if (entry.type === 'multiple-choice') {
      if (entry.optionIds.length > 0) answers[id] = entry;
    } else if (entry.type === 'matching') {
      if (Object.keys(entry.pairs).length > 0) answers[id] = entry;
    } else {
      answers[id] = entry;
    }
  }
  return answers;
}
