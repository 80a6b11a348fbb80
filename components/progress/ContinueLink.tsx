'use client';

import Link from '@/components/site/Link';
import { routes } from '@/lib/site/routes';
import { useProgress } from './useProgress';

interface LessonRef {
  slug: string;
  title: string;
}

/** "Weiter" to where the learner stopped; before progress is known, to the first lesson. */
export function ContinueLink({ lessons }: { lessons: LessonRef[] }) {
  const progress = useProgress();
  const first = lessons[0]!;
  if (!progress) {
    return (
      <Link className="button button--primary" href={routes.lesson(first.slug)}>
        Weiter: {first.title}
      </Link>
    );
  }
  const target = progress.results.continueTarget(lessons.map((l) => l.slug));
  if (!target) {
    return (
      <Link className="button button--primary" href={routes.progress}>
        Weiter: Alles geschafft – zu deinem Fortschritt
      </Link>
    );
  }
  const title = lessons.find((l) => l.slug === target.slug)?.title ?? target.slug;
  return target.to === 'quiz' ? (
    <Link className="button button--primary" href={routes.lessonQuiz(target.slug)}>
      Weiter: Quiz zu „{title}“
    </Link>
  ) : (
    <Link className="button button--primary" href={routes.lesson(target.slug)}>
      Weiter: {title}
    </Link>
  );
}
