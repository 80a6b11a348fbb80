import type { Course, LessonRef } from './types';
import type { Quiz } from '../quiz/schema';
import { quizRoute } from '../site/routes';

/** Where glossary terms and sources are used in the course, for /glossar and /quellen. Pure. */

export interface QuestionRef {
  quizId: string;
  quizTitle: string;
  /** 1-based position in its quiz. */
  number: number;
  href: string;
}

/** Glossary id → the lessons that mark it, in course order. */
export function glossaryUsage(course: Course): Map<string, LessonRef[]> {
  const usage = new Map<string, LessonRef[]>();
  for (const lesson of course.lessons) {
    for (const id of new Set(lesson.model.terms.map((term) => term.id))) {
      usage.set(id, [...(usage.get(id) ?? []), { slug: lesson.slug, title: lesson.title, order: lesson.order }]);
    }
  }
  return usage;
}

export interface SourceUsage {
  lessons: LessonRef[];
  questions: QuestionRef[];
}

/** Source id → the lessons (fact boxes) and quiz questions that cite it. Only cited sources appear. */
export function sourceUsage(course: Course): Map<string, SourceUsage> {
  const usage = new Map<string, SourceUsage>();
  const entry = (id: string) => {
    if (!usage.has(id)) usage.set(id, { lessons: [], questions: [] });
    return usage.get(id)!;
  };
  for (const lesson of course.lessons) {
    for (const id of new Set(lesson.model.citations.map((citation) => citation.sourceId))) {
      entry(id).lessons.push({ slug: lesson.slug, title: lesson.title, order: lesson.order });
    }
  }
  // Quizzes in course order: the entry check, the lessons' quizzes, the final test.
  const rank = (quiz: Quiz) =>
    quiz.kind === 'entry' ? 0 : quiz.kind === 'final' ? 1000 : (course.lessons.find((l) => l.quiz === quiz.id)?.order ?? 999);
  for (const quiz of [...course.quizzes.values()].sort((a, b) => rank(a) - rank(b))) {
    quiz.questions.forEach((question, index) => {
      // A question drawn into another quiz is listed where it was written.
      if (question.id.includes('--')) return;
      for (const id of question.sources) {
        entry(id).questions.push({ quizId: quiz.id, quizTitle: quiz.title, number: index + 1, href: quizRoute(quiz) });
      }
    });
  }
  return usage;
}
