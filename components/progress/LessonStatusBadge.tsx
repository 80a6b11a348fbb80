'use client';

import { lessonStatus } from '@/lib/progress/summary';
import { useProgress } from './progress-client';

const stateLabels = { 'not-started': 'Noch nicht begonnen', 'in-progress': 'Begonnen', completed: 'Abgeschlossen' } as const;

/** The learner's status for one lesson card. */
export function LessonStatusBadge({ slug }: { slug: string }) {
  const progress = useProgress();
  if (!progress) return <p className="status status--loading">Status wird geladen …</p>;
  const status = lessonStatus(progress.profile, slug);
  return (
    <p className={`status status--${status.state}`}>
      <span className="status__state">{stateLabels[status.state]}</span>
      {status.bestPercent !== null && <span> · Bestes Quiz-Ergebnis: {status.bestPercent} %</span>}
    </p>
  );
}
