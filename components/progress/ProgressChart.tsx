'use client';

import { useId } from 'react';
import type { EntryComparison } from '@/lib/progress/comparison';
import { lessonBarText, lessonLabel, progressChartData, type ChartLesson, type LessonBar } from '@/lib/progress/chart';
import { useProgress } from './useProgress';

/**
 * "Auf einen Blick": the best quiz result per lesson as bars against the pass mark, and the entry questions
 * right before the course and now. The numbers stand beside every bar (nothing relies on colour or length
 * alone) and in the table below; the bars are SVG without style attributes, so they print and pass the CSP.
 */
export function ProgressChart({ lessons, finalQuizId, entry }: { lessons: ChartLesson[]; finalQuizId?: string; entry?: EntryComparison }) {
  const progress = useProgress();
  const captionId = useId();
  // Until the store has loaded, the same rows stand empty, so nothing jumps when the results arrive.
  const loading = !progress;
  const data = loading
    ? { lessons: lessons.map((lesson) => ({ slug: lesson.slug, label: lessonLabel(lesson), percent: null, passPercent: lesson.passPercent, passed: false })), comparison: null }
    : progressChartData(progress.results, lessons, { finalQuizId, entry });
  const anyResult = loading || data.lessons.some((bar) => bar.percent !== null);
  return (
    <section className="progress-chart" aria-labelledby="auf-einen-blick">
      <h2 id="auf-einen-blick">Auf einen Blick</h2>
      <figure className="progress-chart__figure" aria-labelledby={captionId}>
        <figcaption id={captionId}>
          Dein bestes Quiz-Ergebnis je Lektion in Prozent. Die Linie zeigt, ab wie viel Prozent ein Quiz bestanden ist.
          {anyResult ? '' : ' Sobald du ein Quiz gemacht hast, steht hier dein Ergebnis.'}
        </figcaption>
        <ul className="progress-chart__bars">
          {data.lessons.map((bar) => (
            <BarRow key={bar.slug} bar={bar} loading={loading} />
          ))}
        </ul>
      </figure>
      {data.comparison && (
        <figure className="progress-chart__figure" aria-labelledby={`${captionId}-vergleich`}>
          <figcaption id={`${captionId}-vergleich`}>
            Die {data.comparison.total} Fragen vom Anfang: wie viele du richtig hattest – vorher im Einstiegstest und jetzt im
            Abschlusstest.
          </figcaption>
          <ul className="progress-chart__bars">
            <CountRow label="Vorher (Einstiegstest)" value={data.comparison.before} total={data.comparison.total} />
            <CountRow label="Jetzt (Abschlusstest)" value={data.comparison.now} total={data.comparison.total} />
          </ul>
        </figure>
      )}
    </section>
  );
}

/** A bar as wide as its value on a 0–100 scale, with the pass mark as a line; hidden from assistive technology, which reads the text. */
function Bar({ value, mark, state }: { value: number; mark?: number; state: 'passed' | 'open' | 'count' }) {
  return (
    <svg className="progress-chart__track" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="progress-chart__ground" x="0" y="0" width="100" height="12" />
      {value > 0 && <rect className={`progress-chart__bar progress-chart__bar--${state}`} x="0" y="0" width={value} height="12" />}
      {mark !== undefined && <line className="progress-chart__mark" x1={mark} x2={mark} y1="0" y2="12" vectorEffect="non-scaling-stroke" />}
    </svg>
  );
}

function BarRow({ bar, loading }: { bar: LessonBar; loading: boolean }) {
  const state = bar.passed ? 'passed' : 'open';
  return (
    <li className="progress-chart__row">
      <span className="visually-hidden">{loading ? `${bar.label}: wird geladen` : lessonBarText(bar)}</span>
      <span className="progress-chart__label" aria-hidden="true">
        {bar.label}
      </span>
      <Bar value={bar.percent ?? 0} mark={loading ? undefined : bar.passPercent} state={state} />
      <span className="progress-chart__value" aria-hidden="true">
        {loading ? '…' : bar.percent === null ? '–' : `${bar.percent} %`}
        {bar.percent !== null && <span className="progress-chart__verdict">{bar.passed ? ' ✓ bestanden' : ' noch nicht bestanden'}</span>}
      </span>
    </li>
  );
}

function CountRow({ label, value, total }: { label: string; value: number | null; total: number }) {
  const text = value === null ? `${label}: nicht gemacht` : `${label}: ${value} von ${total} richtig`;
  return (
    <li className="progress-chart__row">
      <span className="visually-hidden">{text}</span>
      <span className="progress-chart__label" aria-hidden="true">
        {label}
      </span>
      <Bar value={value === null ? 0 : Math.round((value / total) * 100)} state="count" />
      <span className="progress-chart__value" aria-hidden="true">
        {value === null ? 'nicht gemacht' : `${value} von ${total}`}
      </span>
    </li>
  );
}
