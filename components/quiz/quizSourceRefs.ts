import type { Question, Quiz } from '@/lib/quiz/schema';
import { getCourse } from '@/lib/content/load';
import { sourceLabel } from '@/components/lesson/SourceCitation';
import type { SourceRef } from './QuestionFeedback';

/** The sources some questions cite, already formatted: only these travel to the browser. Server only. */
export function sourceRefsFor(questions: readonly Pick<Question, 'sources'>[]): Record<string, SourceRef> {
  const { sources } = getCourse();
  const refs: Record<string, SourceRef> = {};
  for (const id of new Set(questions.flatMap((q) => q.sources))) {
    const source = sources.get(id)!;
    refs[id] = { label: sourceLabel(source), ...(source.url ? { url: source.url } : {}) };
  }
  return refs;
}

/** The sources a quiz's questions cite. */
export function quizSourceRefs(quiz: Quiz): Record<string, SourceRef> {
  return sourceRefsFor(quiz.questions);
}
