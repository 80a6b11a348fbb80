'use client';

import { lessonStateLabels, lessonStatus } from '@/lib/progress/summary';
import { useProgress } from './progress-client';
import { useScoringKey } from './ScoringKeyProvider';

/** The learner's status for one lesson card. */
export function LessonStatusBadge({ slug }: { slug: string }) {
  const progress = useProgress();
  const key = useScoringKey();
  if (!progress) return <p className="status status--loading">Status wird geladen …</p>;
  const status = lessonStatus(progress.profile, slug, key);
  return (
    <p className={`status status--${status.state}`}>
      <span className="status__state">{lessonStateLabels[status.state]}</span>
      {status.bestPercent !== null && <span> · Bestes Quiz-Ergebnis: {status.bestPercent} %</span>}
    </p>
  );
}
