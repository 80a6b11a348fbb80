'use client';

import Link from '@/components/site/Link';
import { formatDate } from '@/lib/format';
import { routes } from '@/lib/site/routes';
import { useProgress } from './useProgress';

/** Status of the entry check or the final test on the course page. */
export function QuizStatusBadge({ quizId, kind }: { quizId: string; kind: 'entry' | 'final' }) {
  const progress = useProgress();
  if (!progress) return <p className="status status--loading">Status wird geladen …</p>;
  const status = progress.results.quizStatus(quizId);
  if (!status.lastAttempt) return <p className="status">Noch nicht gemacht</p>;
  if (kind === 'entry') {
    return <p className="status status--completed">Erledigt am {formatDate(status.lastAttempt.attempt.at)}</p>;
  }
  return (
    <p className={`status status--${status.passed ? 'completed' : 'in-progress'}`}>
      <span className="status__state">{status.passed ? 'Bestanden' : 'Noch nicht bestanden'}</span>
      {status.bestPercent !== null && <span> · Bestes Ergebnis: {status.bestPercent} %</span>}
      {status.passed && (
        <>
          {' · '}
          <Link href={routes.certificate}>Teilnahmebestätigung</Link>
        </>
      )}
    </p>
  );
}
