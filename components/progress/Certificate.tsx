'use client';

import Link from '@/components/site/Link';
import { useState } from 'react';
import { formatDate } from '@/lib/format';
import { routes } from '@/lib/site/routes';
import { useProgress } from './useProgress';

/**
 * The printable "Teilnahmebestätigung". The name is typed here and stays in this page:
 * it is neither stored nor sent anywhere.
 */
export function Certificate({
  finalQuizId,
  passPercent,
  lessons,
}: {
  finalQuizId: string;
  passPercent: number;
  lessons: { title: string; order: number }[];
}) {
  const progress = useProgress();
  const [name, setName] = useState('');
  if (!progress) return <p className="page">Dein Ergebnis wird geladen …</p>;
  const best = progress.results.certificateAttempt(finalQuizId);

  if (!best || !best.result.passed) {
    return (
      <div className="page prose">
        <h1>Teilnahmebestätigung</h1>
        <p className="lead">
          {best
            ? `Dein bestes Ergebnis im Abschlusstest ist ${best.result.percent} %. Ab ${passPercent} % bekommst du die Bestätigung.`
            : 'Die Bestätigung gibt es, sobald du den Abschlusstest gemacht hast.'}
        </p>
        <p>
          <Link className="button button--primary" href={routes.finalTest}>
            Zum Abschlusstest
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="page">
      <div className="certificate-controls no-print">
        <h1 className="visually-hidden">Teilnahmebestätigung</h1>
        <label className="field">
          <span className="field__label">Dein Name für die Bestätigung</span>
          <input value={name} maxLength={60} autoComplete="off" onChange={(event) => setName(event.target.value)} />
        </label>
        <p className="small">Der Name bleibt auf diesem Gerät. Er wird weder gespeichert noch verschickt.</p>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            Bestätigung drucken
          </button>
        </div>
      </div>
      <section className="certificate" aria-label="Bestätigung zum Ausdrucken">
        <p className="certificate__kicker">Rauchzeichen – ein Lernmodul über Rauchen und Familie</p>
        <p className="certificate__title">Teilnahmebestätigung</p>
        <p className="certificate__name">{name.trim() || '______________________________'}</p>
        <p>
          hat das Lernmodul „Rauchzeichen“ bearbeitet und den Abschlusstest am {formatDate(best.attempt.at)} mit{' '}
          <strong>{best.result.percent} % der Punkte</strong>{' '}
          bestanden.
        </p>
        <p>Die Lektionen:</p>
        <ol className="certificate__lessons">
          {lessons.map((lesson) => (
            <li key={lesson.order}>{lesson.title}</li>
          ))}
        </ol>
        <div className="certificate__signature">
          <span>Datum, Unterschrift der Lehrkraft</span>
        </div>
      </section>
    </div>
  );
}
