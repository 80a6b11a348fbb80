'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Question, Quiz } from '@/lib/quiz/schema';
import {
  LETTERS,
  choicesOf,
  classResult,
  decodeCounts,
  decodeRound,
  rightAnswerInWords,
  roundQuestions,
  type Counts,
  type Round,
} from '@/lib/teacher/class-quiz';
import type { SourceRef } from '@/lib/content/citation';
import { expectedAnswer } from '@/lib/quiz/solution';
import { isGraded } from '@/lib/quiz/graded';
import { optionsInDisplayOrder, shuffledOrder } from '@/lib/quiz/shuffle';
import { matchingColumn } from '@/lib/quiz/matching';
import { useTabStorage } from './useTabStorage';
import { QuestionPicker } from './QuestionPicker';
import { ClassResult } from './ClassResult';
import './class-quiz.css';

/**
 * The class quiz for the projector: the teacher picks questions, then shows one at a time, the class answers by
 * hands or cards, the teacher may type in the counts, the page shows the distribution and reveals the answer in
 * words, and at the end the class's result to print. The picked questions and the counts stay in this tab's
 * sessionStorage (a reload keeps them, closing the tab ends them); no names, nothing else is kept.
 * The projector mode covers the page: no site header, no instructions, the counts in a panel that opens.
 */

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
              {matchingColumn(question.pairs).map((pair) => (
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

export function ClassQuiz({ quiz, sources }: { quiz: Quiz; sources: Record<string, SourceRef> }) {
  const [storedCounts, writeCounts] = useTabStorage(`rauchzeichen-klassenquiz-${quiz.id}`);
  const [storedRound, writeRound] = useTabStorage(`rauchzeichen-klassenquiz-${quiz.id}-auswahl`);
  const counts = useMemo(() => decodeCounts(storedCounts), [storedCounts]);
  const round = useMemo(() => decodeRound(storedRound, quiz), [storedRound, quiz]);
  const questions = roundQuestions(quiz, round);
  const [at, setAt] = useState(0);
  const [projector, setProjector] = useState(false);
  const [shown, setShown] = useState<'question' | 'chart' | 'answer'>('question');
  const ids = useId();
  const index = Math.min(at, questions.length - 1);
  const question = questions[index];
  const choices = question ? choicesOf(question) : null;
  const current = question ? counts[question.id] : undefined;

  useEffect(() => {
    if (!projector) return;
    const leave = (event: KeyboardEvent) => event.key === 'Escape' && setProjector(false);
    window.addEventListener('keydown', leave);
    return () => window.removeEventListener('keydown', leave);
  }, [projector]);

  // After the teacher moves to another stage, focus (and scroll to) its heading; not when a reload restores one.
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    document.getElementById(`${ids}-${round.stage}`)?.focus();
  }, [ids, round.stage]);

  const setRound = (next: Round) => writeRound(JSON.stringify(next));
  const goTo = (stage: Round['stage']) => {
    moved.current = true;
    setRound({ ...round, stage });
    setAt(0);
    setShown('question');
    if (stage !== 'run') setProjector(false);
  };

  function setCount(position: number, value: string) {
    const next = [...(current ?? (choices ? choices.map(() => 0) : [0, 0]))];
    next[position] = parseCount(value);
    writeCounts(JSON.stringify({ ...counts, [question!.id]: next } satisfies Counts));
  }

  if (round.stage === 'pick' || !question) {
    return (
      <QuestionPicker
        headingId={`${ids}-pick`}
        quiz={quiz}
        picked={round.questions}
        onChange={(picked) => setRound({ ...round, questions: picked })}
        onStart={() => goTo('run')}
      />
    );
  }

  if (round.stage === 'result') {
    const rows = classResult(questions, counts);
    return (
      <section className="class-quiz class-quiz__result" aria-labelledby={`${ids}-result`}>
        <h2 id={`${ids}-result`} tabIndex={-1}>Klassenergebnis: Was war am schwersten?</h2>
        <p>
          {questions.length} {questions.length === 1 ? 'Frage' : 'Fragen'} in dieser Runde. Nur die Stimmen, die Sie eingetragen haben, ohne Namen; nichts
          davon verlässt diesen Computer. „schwer“ heißt: Weniger als die Hälfte lag richtig.
        </p>
        <p className="class-quiz__print-fields">
          <span>Klasse: ____________</span> <span>Datum: ____________</span>
        </p>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => window.print()}>
            Klassenergebnis drucken
          </button>
          <button type="button" className="button button--secondary" onClick={() => goTo('run')}>
            Zurück zur ersten Frage
          </button>
          <button type="button" className="button button--secondary" onClick={() => goTo('pick')}>
            Fragen auswählen
          </button>
        </div>
        {rows.some((row) => row.total > 0) ? (
          <ClassResult rows={rows} />
        ) : (
          <p>Es wurden keine Stimmen eingetragen. Das Ergebnis braucht die Anzahl der Antworten.</p>
        )}
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
    <section className={projector ? 'class-quiz class-quiz--projector' : 'class-quiz'} aria-labelledby={`${ids}-run`}>
      <div className="class-quiz__top">
        <p className="class-quiz__counter">
          Frage {index + 1} von {questions.length}
        </p>
        <div className="button-row class-quiz__tools">
          {!projector && (
            <button type="button" className="button button--secondary" onClick={() => goTo('pick')}>
              Fragen auswählen
            </button>
          )}
          <button type="button" className="button button--secondary" aria-pressed={projector} onClick={() => setProjector(!projector)}>
            {projector ? 'Projektor-Modus beenden (Esc)' : 'Projektor-Modus'}
          </button>
        </div>
      </div>
      <h2 id={`${ids}-run`} className="class-quiz__prompt" tabIndex={-1}>
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
            setAt(index - 1);
            setShown('question');
          }}
        >
          ← Vorherige Frage
        </button>
        {index < questions.length - 1 ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setAt(index + 1);
              setShown('question');
            }}
          >
            Nächste Frage →
          </button>
        ) : (
          <button type="button" className="button button--primary" onClick={() => goTo('result')}>
            Zum Klassenergebnis
          </button>
        )}
      </div>
    </section>
  );
}
