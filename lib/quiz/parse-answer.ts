import type { Answer } from './answers';

/**
 * One answer, checked as `answerSchema` (answers.ts) checks it, without zod: scoring runs on every quiz page and in
 * the progress store, and with this it needs no schemas. What it accepts and what it returns (unknown keys
 * dropped) is tested against `answerSchema` itself (parse-answer.test.ts), which stays the one definition.
 */

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** At most `max` characters, counted as zod counts them: in code points, so an emoji is one. */
const fits = (text: string, max: number) => text.length <= max || [...text].length <= max;

const isOptionId = (value: unknown): value is string => typeof value === 'string' && value !== '' && fits(value, 100);

/** At most 50 option ids, as a new array. */
function optionIds(value: unknown): string[] | undefined {
  if (!Array.isArray(value) || value.length > 50) return undefined;
  const ids: string[] = [];
  for (const id of value as unknown[]) {
    if (!isOptionId(id)) return undefined;
    ids.push(id);
  }
  return ids;
}

/** The answer if `raw` is a valid one, else undefined (scoring counts it as unanswered). */
export function parseAnswer(raw: unknown): Answer | undefined {
  if (!isObject(raw)) return undefined;
  const { type } = raw;
  switch (type) {
    case 'single-choice':
    case 'scenario':
      return isOptionId(raw.optionId) ? { type, optionId: raw.optionId } : undefined;
    case 'multiple-choice': {
      const ids = optionIds(raw.optionIds);
      return ids && { type, optionIds: ids };
    }
    case 'ordering': {
      const order = optionIds(raw.order);
      return order && { type, order };
    }
    case 'true-false':
      return typeof raw.value === 'boolean' ? { type, value: raw.value } : undefined;
    case 'estimate':
      return typeof raw.value === 'number' && Number.isFinite(raw.value) ? { type, value: raw.value } : undefined;
    case 'short-text':
      return typeof raw.value === 'string' && fits(raw.value, 500) ? { type, value: raw.value } : undefined;
    case 'matching': {
      if (!isObject(raw.pairs)) return undefined;
      const pairs: Record<string, string> = {};
      for (const [key, optionId] of Object.entries(raw.pairs)) {
        if (!isOptionId(optionId)) return undefined;
        pairs[key] = optionId;
      }
      return { type, pairs };
    }
    default:
      return undefined;
  }
}
