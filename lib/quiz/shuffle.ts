/**
 * A fixed shuffle for ordering questions: the same on the server and in the browser (so the
 * page hydrates without a mismatch), the same on every visit, and never the solution itself.
 */

function hashString(value: string): number {
  let hash = 2166136261;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}

function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffledOrder<T>(items: readonly T[], seed: string): T[] {
  const result = [...items];
  const random = randomFrom(hashString(seed));
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  if (result.length > 1 && result.every((item, index) => item === items[index])) {
    result.push(result.shift()!);
  }
  return result;
}

/**
 * The options of a choice question in the order the page shows them: shuffled once per question, so
 * the right answer is not always first (authors tend to write it first) and a class voting with A–D
 * cards cannot learn a pattern. The same order on every visit, in the quiz and in the class quiz.
 */
export function optionsInDisplayOrder<T extends { id: string }>(questionId: string, options: readonly T[]): T[] {
  return shuffledOrder(options, `${questionId}:options`);
}
