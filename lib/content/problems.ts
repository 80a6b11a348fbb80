import { z } from 'zod';
import { LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from './types';

/** Content problems: made from YAML and schema errors, and printed for authors. */

z.config(z.locales.de());

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

/** "file:line:column › path: message", the place as editors and terminals link it. */
export function formatProblem(problem: ContentProblem): string {
  const place = problem.position ? `:${problem.position.line}:${problem.position.column}` : '';
  return `${problem.file}${place}${problem.path ? ` › ${problem.path}` : ''}: ${problem.message}`;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false };

/** `firstLine`: the file line the YAML text starts on (2 for frontmatter, after the "---" line). */
export function parseYaml(file: string, text: string, problems: ContentProblem[], pathPrefix = '', firstLine = 1): Parsed<unknown> {
  // With prettyErrors off, yaml sets no error.linePos; the line counter gives the position instead.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = lineCounter.linePos(error.pos[0]);
      problems.push({
        file,
        path: pathPrefix,
        message: `YAML kann nicht gelesen werden (Zeile ${line.line + firstLine - 1}, Spalte ${line.col}): ${error.message.split('\n')[0]}`,
      });
    }
    return { ok: false };
  }
  return { ok: true, value: doc.toJS() };
}

export function validate<T>(
  file: string,
  schema: z.ZodType<T>,
  value: unknown,
  problems: ContentProblem[],
  pathPrefix: PropertyKey[] = [],
): Parsed<T> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  for (const issue of result.error.issues) {
    problems.push({ file, path: formatPath([...pathPrefix, ...issue.path]), message: issue.message });
  }
  return { ok: false };
}
