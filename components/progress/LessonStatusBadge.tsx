'use client';

import { lessonStateLabels } from '@/lib/progress/lesson-state';
import { useProgress } from './useProgress';

/** The learner's status for one lesson card. */
export function LessonStatusBadge({ slug }: { slug: string }) {
  const progress = useProgress();
  if (!progress) return <p className="status status--loading">Status wird geladen …</p>;
  const status = progress.results.lessonStatus(slug);
  return (
    <p className={`status status--${status.state}`}>
      <span className="status__state">{lessonStateLabels[status.state]}</span>
      {status.bestPercent !== null && <span> · Bestes Quiz-Ergebnis: {status.bestPercent} %</span>}
    </p>
  );
}
