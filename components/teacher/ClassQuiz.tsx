'use client';

import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import type { Question, Quiz } from '@/lib/quiz/schema';
import { LETTERS, choicesOf, decodeCounts, rightAnswerInWords } from '@/lib/teacher/class-quiz';
import type { SourceRef } from '@/components/quiz/QuestionFeedback';
import { expectedAnswer } from '@/lib/quiz/solution';
import { isGraded } from '@/lib/quiz/graded';
import { optionsInDisplayOrder, shuffledOrder } from '@/lib/quiz/shuffle';

/**
 * The class quiz for the projector: one question at a time, the class answers by hands or cards, the teacher
 * may type in the counts, the page shows the distribution and reveals the answer in words. The counts stay in
 * this tab's sessionStorage (a reload keeps them, closing the tab ends them); no names, nothing else is kept.
 * The projector mode covers the page: no site header, no instructions, the counts in a panel that opens.
 */

const listeners = new Set<() => void>();
function subscribe(onChange: () => void) {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}
const storageKey = (quizId: string) => `rauchzeichen-klassenquiz-${quizId}`;

function readStored(quizId: string): string | null {
  try {
    return window.sessionStorage.getItem(storageKey(quizId));
  } catch {
    return null;
  }
}

function storeCounts(quizId: string, counts: Record<string, number[]>) {
  try {
    window.sessionStorage.setItem(storageKey(quizId), JSON.stringify(counts));
  } catch {
    // Storage blocked: the counts still show until the page is left.
  }
  listeners.forEach((notify) => notify());
}

type Counts = Record<string, number[]>;

/** What the class needs to see for questions that are not answered by picking one option. */
function QuestionMaterial({ question }: { question: Question }) {
  switch (question.type) {
    case 'multiple-choice':
      return (
        <>
          <p className="class-quiz__hint">Mehrere Antworten sind richtig.</p>
          <ol className="class-quiz__options" type="A">
            {optionsInDisplayOrder(question.id, question.options).map((option, i) => (
              <li key={option.id} className="class-quiz__option">
                <span className="class-quiz__letter" aria-hidden="true">
                  {LETTERS[i]}
                </span>
                <span>{option.text}</span>
              </li>
            ))}
          </ol>
        </>
      );
    case 'ordering':
      return (
        <>
          <p className="class-quiz__hint">Bringt die Schritte in die richtige Reihenfolge.</p>
          <ul className="class-quiz__options">
            {shuffledOrder(question.items, question.id).map((item, i) => (
              <li key={item.id} className="class-quiz__option">
                <span className="class-quiz__letter" aria-hidden="true">
                  {LETTERS[i]}
                </span>
                <span>{item.text}</span>
              </li>
            ))}
          </ul>
        </>
      );
    case 'matching':
      return (
        <>
          <p className="class-quiz__hint">Ordnet jedem Begriff die passende Erklärung zu (z. B. 1 – C).</p>
          <div className="class-quiz__matching">
            <ol>
              {question.pairs.map((pair) => (
                <li key={pair.id}>{pair.left}</li>
              ))}
            </ol>
            <ol type="A">
              {[...question.pairs]
                .sort((a, b) => a.right.localeCompare(b.right, 'de'))
                .map((pair) => (
                  <li key={pair.id}>{pair.right}</li>
                ))}
            </ol>
          </div>
        </>
      );
    case 'estimate':
      return <p className="class-quiz__hint">Schätzt{question.unit ? ` (in ${question.unit})` : ''} und schreibt eure Zahl auf.</p>;
    case 'short-text':
      return <p className="class-quiz__hint">Schreibt eure Antwort auf.</p>;
    default:
      return null;
  }
}

function parseCount(value: string): number {
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 999) : 0;
}

/** Share of the class that answered right, or null when no counts were entered. */
function shareRight(question: Question, counts: number[] | undefined): number | null {
  if (!counts || !isGraded(question)) return null;
  const choices = choicesOf(question);
  if (choices) {
    const total = counts.reduce((a, b) => a + b, 0);
    if (total === 0) return null;
    return choices.reduce((sum, c, i) => sum + (c.right ? counts[i] ?? 0 : 0), 0) / total;
  }
  const [right = 0, total = 0] = counts;
  return total > 0 ? Math.min(right, total) / total : null;
}

export function ClassQuiz({ quiz, sources }: { quiz: Quiz; sources: Record<string, SourceRef> }) {
  const [index, setIndex] = useState(0);
  const [projector, setProjector] = useState(false);
  const [unsaved, setUnsaved] = useState<Counts>({});
  const stored = useSyncExternalStore(subscribe, () => readStored(quiz.id), () => null);
  const counts = useMemo(() => ({ ...decodeCounts(stored), ...unsaved }), [stored, unsaved]);
  const setCounts = (next: Counts) => {
    setUnsaved(next);
    storeCounts(quiz.id, next);
  };
  const [shown, setShown] = useState<'question' | 'chart' | 'answer'>('question');
  const [finished, setFinished] = useState(false);
  const ids = useId();
  const question = quiz.questions[index]!;
  const choices = choicesOf(question);
  const current = counts[question.id];

  useEffect(() => {
    if (!projector) return;
    const leave = (event: KeyboardEvent) => event.key === 'Escape' && setProjector(false);
    window.addEventListener('keydown', leave);
    return () => window.removeEventListener('keydown', leave);
  }, [projector]);

  function setCount(position: number, value: string) {
    const next = [...(current ?? (choices ? choices.map(() => 0) : [0, 0]))];
    next[position] = parseCount(value);
    setCounts({ ...counts, [question.id]: next });
  }

  if (finished) {
    const rows = quiz.questions
      .map((q, i) => ({ q, number: i + 1, share: shareRight(q, counts[q.id]) }))
      .filter((row) => row.share !== null)
      .sort((a, b) => a.share! - b.share!);
    return (
      <section className="class-quiz" aria-labelledby={`${ids}-summary`}>
        <h2 id={`${ids}-summary`}>Auswertung: Was war für die Klasse am schwersten?</h2>
        {rows.length === 0 ? (
          <p>Es wurden keine Stimmen eingetragen. Die Auswertung braucht die Anzahl der Antworten.</p>
        ) : (
          <ol className="class-quiz__summary">
            {rows.map((row) => (
              <li key={row.q.id}>
                <strong>Frage {row.number}:</strong> {row.q.type === 'scenario' ? row.q.situation : row.q.prompt} –{' '}
                {Math.round(row.share! * 100)} % richtig
              </li>
            ))}
          </ol>
        )}
        <div className="button-row">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setFinished(false);
              setIndex(0);
              setShown('question');
            }}
          >
            Zurück zur ersten Frage
          </button>
        </div>
      </section>
    );
  }

  const total = current?.reduce((a, b) => a + b, 0) ?? 0;

  const countsForm = (
  <fieldset className="class-quiz__counts">
    <legend>{choices ? 'Stimmen eintragen (freiwillig)' : 'Wie viele lagen richtig? (freiwillig)'}</legend>
    {choices ? (
      choices.map((_, i) => (
        <label key={i} className="field field--inline">
          <span className="field__label">Anzahl {LETTERS[i]}</span>
          <input type="text" inputMode="numeric" size={4} value={current?.[i] ?? ''} onChange={(e) => setCount(i, e.target.value)} />
        </label>
      ))
    ) : (
      <>
        <label className="field field--inline">
          <span className="field__label">Richtig</span>
          <input type="text" inputMode="numeric" size={4} value={current?.[0] ?? ''} onChange={(e) => setCount(0, e.target.value)} />
        </label>
        <label className="field field--inline">
          <span className="field__label">Antworten insgesamt</span>
          <input type="text" inputMode="numeric" size={4} value={current?.[1] ?? ''} onChange={(e) => setCount(1, e.target.value)} />
        </label>
      </>
    )}
  </fieldset>
  );

  return (
    <section className={projector ? 'class-quiz class-quiz--projector' : 'class-quiz'} aria-labelledby={`${ids}-question`}>
      <div className="class-quiz__top">
        <p className="class-quiz__counter">
          Frage {index + 1} von {quiz.questions.length}
        </p>
        <button type="button" className="button button--secondary" aria-pressed={projector} onClick={() => setProjector(!projector)}>
          {projector ? 'Projektor-Modus beenden (Esc)' : 'Projektor-Modus'}
        </button>
      </div>
      <h2 id={`${ids}-question`} className="class-quiz__prompt">
        {question.type === 'scenario' && <span className="question__situation">{question.situation} </span>}
        {question.prompt}
      </h2>
      {!isGraded(question) && <p className="class-quiz__hint">Ohne Punkte: Jede Wahl ist möglich. Sprechen Sie über die Gründe.</p>}

      {choices ? (
        <ol className="class-quiz__options" type="A">
          {choices.map((choice, i) => (
            <li key={i} className={shown === 'answer' && choice.right ? 'class-quiz__option class-quiz__option--right' : 'class-quiz__option'}>
              <span className="class-quiz__letter" aria-hidden="true">
                {LETTERS[i]}
              </span>
              <span>
                {choice.text}
                {shown === 'answer' && choice.right && <strong> ✓ richtig</strong>}
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <QuestionMaterial question={question} />
      )}

      {projector ? (
        <details className="class-quiz__panel">
          <summary>Stimmen eintragen</summary>
          {countsForm}
        </details>
      ) : (
        countsForm
      )}

      <div className="button-row">
        {choices && (
          <button type="button" className="button button--secondary" onClick={() => setShown(shown === 'question' ? 'chart' : shown)}>
            Verteilung zeigen
          </button>
        )}
        <button type="button" className="button button--primary" onClick={() => setShown('answer')}>
          Auflösen
        </button>
      </div>

      {choices && shown !== 'question' && (
        <figure className="chart">
          <figcaption>Verteilung der Antworten ({total} Stimmen)</figcaption>
          <ul className="chart__bars">
            {choices.map((choice, i) => {
              const votes = current?.[i] ?? 0;
              const percent = total > 0 ? Math.round((votes / total) * 100) : 0;
              return (
                <li key={i} className={shown === 'answer' && choice.right ? 'chart__row chart__row--right' : 'chart__row'}>
                  <span className="chart__label">{LETTERS[i]}</span>
                  <span className="chart__track">
                    <meter className="chart__bar" min={0} max={100} value={percent} aria-label={`Antwort ${LETTERS[i]}`} />
                  </span>
                  <span className="chart__value">
                    {votes} ({percent} %)
                  </span>
                </li>
              );
            })}
          </ul>
        </figure>
      )}

      <div role="status" className="class-quiz__answer">
        {shown === 'answer' && (
          <>
            <h3>Auflösung</h3>
            {choices ? (
              rightAnswerInWords(choices) && <p className="class-quiz__right">{rightAnswerInWords(choices)}</p>
            ) : (
              <p className="class-quiz__right">Erwartet: {expectedAnswer(question)}</p>
            )}
            <p>{question.explanation}</p>
            {question.sources.length > 0 && (
              <p className="source">Quelle: {question.sources.map((id) => sources[id]!.label).join('; ')}</p>
            )}
          </>
        )}
      </div>

      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          disabled={index === 0}
          onClick={() => {
            setIndex(index - 1);
            setShown('question');
          }}
        >
          ← Vorherige Frage
        </button>
        {index < quiz.questions.length - 1 ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setIndex(index + 1);
              setShown('question');
            }}
          >
            Nächste Frage →
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => setFinished(true)}>
            Zur Auswertung
          </button>
        )}
      </div>
    </section>
  );
}
