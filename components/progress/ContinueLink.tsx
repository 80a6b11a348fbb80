'use client';

import Link from 'next/link';
import { continueTarget } from '@/lib/progress/summary';
import { useProgress } from './progress-client';
import { useScoringKey } from './ScoringKeyProvider';

interface LessonRef {
  slug: string;
  title: string;
}

/** "Weiter" to where the learner stopped; before progress is known, to the first lesson. */
export function ContinueLink({ lessons }: { lessons: LessonRef[] }) {
  const progress = useProgress();
  const key = useScoringKey();
  const first = lessons[0]!;
  if (!progress) {
    return (
      <Link className="button button--primary" href={`/lektionen/${first.slug}`}>
        Weiter: {first.title}
      </Link>
    );
  }
  const target = continueTarget(
    progress.profile,
    lessons.map((l) => l.slug),
    key,
  );
  if (!target) {
    return (
      <Link className="button button--primary" href="/fortschritt">
        Weiter: Alles geschafft – zu deinem Fortschritt
      </Link>
    );
  }
  const title = lessons.find((l) => l.slug === target.slug)?.title ?? target.slug;
  return target.to === 'quiz' ? (
    <Link className="button button--primary" href={`/lektionen/${target.slug}/quiz`}>
      Weiter: Quiz zu „{title}“
    </Link>
  ) : (
    <Link className="button button--primary" href={`/lektionen/${target.slug}`}>
      Weiter: {title}
    </Link>
  );
}
