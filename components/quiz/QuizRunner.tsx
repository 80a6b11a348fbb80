'use client';

import Link from '@/components/site/Link';
import { Activity, memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Question, Quiz } from '@/lib/quiz/schema';
import { isGraded } from '@/lib/quiz/graded';
import type { Answer } from '@/lib/quiz/answers';
import { answersFromDraft, initialDraft, type Draft } from '@/lib/quiz/draft';
import type { QuizResult } from '@/lib/quiz/score';
import { entryCheckText, scoreText, tallyResult, ungradedText } from '@/lib/quiz/outcome';
import type { NextStep } from '@/lib/quiz/next-step';
import type { EntryComparison } from '@/lib/progress/comparison';
import { routes } from '@/lib/site/routes';
import { loadProgressStore, whenProgressReadable } from '@/lib/progress/browser-store';
import { afterNextPaint } from '@/lib/site/after-paint';
import { replayEarlyInput } from '@/lib/site/early-input';
import { useHydrated } from '@/components/site/useHydrated';
import { QuestionField } from './QuestionField';
import type { DraftEntry } from './ChoiceFields';
import type { SourceRef } from '@/lib/content/citation';
import { QuestionFeedback } from './QuestionFeedback';

interface Round {
  mode: 'full' | 'mistakes';
  questionIds: string[];
}

interface Checked {
  result: QuizResult;
  answers: Record<string, Answer>;
  missed: string[];
  /** Final test only: entry questions answered right, before (entry check) and now, in words. */
  comparison?: string;
}

// Scoring loads after the page, not with it, and so does the comparison built on it.
const loadScoring = () => import('@/lib/quiz/score');
type Scoring = Awaited<ReturnType<typeof loadScoring>>;
const loadComparison = () => import('@/lib/progress/comparison');

/**
 * One question's input. It renders again only when its own entry changes: checking the answers leaves every input
 * as it is (the question's fieldset disables them natively), so the result appears without redrawing the quiz.
 */
const QuestionInput = memo(function QuestionInput({
  question,
  entry,
  onEntry,
}: {
  question: Question;
  entry: DraftEntry;
  onEntry: (questionId: string, entry: DraftEntry) => void;
}) {
  return <QuestionField question={question} entry={entry} disabled={false} onChange={(next) => onEntry(question.id, next)} />;
});

/** The interactive quiz: answer, check, see feedback, try again or repeat the mistakes. */
export function QuizRunner({
  quiz,
  back,
  next,
  sources,
  comparison,
}: {
  quiz: Quiz;
  /** Where "Zurück" leads: the lesson, or the course page. */
  back: { href: string; label: string };
  /** Where the main button leads after a passed full attempt or the entry check. */
  next: NextStep | null;
  sources: Record<string, SourceRef>;
  comparison?: EntryComparison;
}) {
  const graded = quiz.kind !== 'entry';
  const allIds = quiz.questions.map((q) => q.id);
  const [round, setRound] = useState<Round>({ mode: 'full', questionIds: allIds });
  const [draft, setDraft] = useState<Draft>(() => initialDraft(quiz));
  const [checked, setChecked] = useState<Checked | null>(null);
  const [scoring, setScoring] = useState<Scoring | null>(null);
  const [unansweredWarning, setUnansweredWarning] = useState<string[] | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  // Until the page reacts, "Antworten prüfen" would send the form to the server and reload the page.
  const hydrated = useHydrated();

  useEffect(() => {
    // Answers tapped or typed while the page was still loading: the page shows them, the quiz now knows them too.
    if (formRef.current) void replayEarlyInput(formRef.current);
  }, []);

  useEffect(() => {
    void loadProgressStore();
    void loadScoring().then((module) => setScoring(() => module));
  }, []);

  const onEntry = useCallback((questionId: string, entry: DraftEntry) => {
    setDraft((current) => ({ ...current, [questionId]: entry }));
    setUnansweredWarning(null);
  }, []);

  // What "Antworten prüfen" would show right now, once the pupil has answered something: the answers as they stand,
  // scored. React keeps the feedback for it built out of sight (<Activity mode="hidden">), at the lowest priority and
  // in small steps while the pupil answers; checking then shows what is already there (the same objects, so no
  // feedback block renders again) instead of building every block (about 250 ms on a slow tablet). Nothing of it
  // runs while the page loads.
  const answers = useMemo(() => answersFromDraft(draft), [draft]);
  const answered = Object.keys(answers).length > 0;
  const outlook = useMemo(
    () => (scoring && answered ? scoring.scoreQuiz(quiz, answers, round.questionIds) : null),
    [scoring, answered, quiz, answers, round.questionIds],
  );

  const shown = checked ?? (outlook && { result: outlook, answers });

  const questions = quiz.questions.filter((q) => round.questionIds.includes(q.id));
  const numberOf = (id: string) => allIds.indexOf(id) + 1;

  async function check() {
    const unanswered = round.questionIds.filter((id) => !answers[id]);
    if (unanswered.length > 0 && unansweredWarning === null) {
      setUnansweredWarning(unanswered);
      return;
    }
    const { scoreQuiz, missedQuestionIds } = scoring ?? (await loadScoring());
    const result = outlook ?? scoreQuiz(quiz, answers, round.questionIds);
    const store = await loadProgressStore();
    let compared: string | undefined;
    if (comparison && round.mode === 'full') {
      const { beforeAndAfter, beforeAndAfterText } = await loadComparison();
      compared = beforeAndAfterText(beforeAndAfter(quiz, answers, store.getSnapshot().profile.attempts, comparison));
    }
    setChecked({ result, answers, missed: missedQuestionIds(result), comparison: compared });
    setUnansweredWarning(null);
    // The result first, then the saving: the pupil sees the result without waiting for storage and for every part
    // of the page that shows progress. Only the answers are kept: every result shown later is scored from them again.
    const attempt = { quizId: quiz.id, mode: round.mode, answers, ...(round.mode === 'mistakes' ? { asked: round.questionIds } : {}) };
    afterNextPaint(() => {
      whenProgressReadable((loaded) => loaded.recordAttempt(attempt));
      // Move focus to the result so keyboard and screen reader users land on it.
      resultRef.current?.focus();
    });
  }

  function startRound(next: Round) {
    setRound(next);
    setDraft(initialDraft(quiz, next.questionIds));
    setChecked(null);
    setUnansweredWarning(null);
    requestAnimationFrame(() => {
      formRef.current?.querySelector<HTMLElement>('fieldset input:not([disabled]), fieldset select, fieldset button:not([disabled])')?.focus();
    });
  }

  const missed = checked?.missed ?? [];
  const tally = checked ? tallyResult(checked.result) : null;
  const practice = round.mode === 'mistakes';
  // A passed lesson quiz and the entry check lead on; "Nochmal versuchen" then steps back.
  const leadsOn = !!checked && !practice && !!next && (!graded || checked.result.passed);
  const certificate = !!checked && quiz.kind === 'final' && checked.result.passed && !practice;

  return (
    <>
      <div
        className={checked ? `result ${checked.result.passed || !graded ? 'result--passed' : 'result--open'}` : 'result result--empty'}
        ref={resultRef}
        tabIndex={-1}
        // ARIA forbids naming a plain div: as a named region, focus landing here announces "Dein Ergebnis, Region".
        role={checked ? 'region' : undefined}
        aria-labelledby={checked ? 'ergebnis-titel' : undefined}
      >
        <div role="status">
          {checked && tally && (
            <>
              <h2 id="ergebnis-titel">{practice ? 'Deine Übungsrunde' : graded ? 'Dein Ergebnis' : 'Dein Ergebnis: Was du schon weißt'}</h2>
              {graded ? (
                <p className="result__score">
                  {scoreText(tally)} ({checked.result.percent} %)
                </p>
              ) : (
                <p className="result__score result__score--entry">{entryCheckText(tally)}</p>
              )}
              {ungradedText(tally) && <p>{ungradedText(tally)}</p>}
              {practice ? (
                <p>
                  Du hast nur die Fragen wiederholt, die noch nicht ganz richtig waren. Diese Übungsrunde zählt nicht als
                  Quiz-Versuch; dein Fortschritt zeigt weiter deine ganzen Versuche.
                </p>
              ) : graded ? (
                <p>
                  {checked.result.passed
                    ? `Geschafft! Du hast mindestens ${quiz.passPercent} % erreicht.`
                    : `Zum Bestehen brauchst du ${quiz.passPercent} %. Schau dir die Erklärungen an und versuch es noch einmal.`}
                </p>
              ) : (
                <p>
                  Das war kein Test, sondern ein Blick auf dein Vorwissen. Im Abschlusstest kommen diese Fragen wieder – dann
                  siehst du, was du dazugelernt hast.
                </p>
              )}
              {checked.comparison && <p className="result__comparison">{checked.comparison}</p>}
            </>
          )}
        </div>
        {checked && (
          <div className="button-row">
            {leadsOn && next && (
              <Link className="button button--primary" href={next.href}>
                {next.label}
              </Link>
            )}
            {certificate && (
              <Link className="button button--primary" href={routes.certificate}>
                Zur Teilnahmebestätigung
              </Link>
            )}
            <button
              type="button"
              className={`button ${leadsOn || certificate ? 'button--secondary' : 'button--primary'}`}
              onClick={() => startRound({ mode: 'full', questionIds: allIds })}
            >
              Nochmal versuchen
            </button>
            {graded && missed.length > 0 && (
              <button type="button" className="button button--secondary" onClick={() => startRound({ mode: 'mistakes', questionIds: missed })}>
                Fehler wiederholen ({missed.length} {missed.length === 1 ? 'Frage' : 'Fragen'})
              </button>
            )}
            <Link className="button button--quiet" href={back.href}>
              {back.label}
            </Link>
          </div>
        )}
      </div>

      {round.mode === 'mistakes' && !checked && (
        <p className="notice notice--info">
          Übungsrunde: Du wiederholst die {questions.length} {questions.length === 1 ? 'Frage' : 'Fragen'}, die beim
          letzten Mal noch nicht ganz richtig waren. Sie zählt nicht als Quiz-Versuch.
        </p>
      )}

      <form
        ref={formRef}
        className="quiz"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void check();
        }}
      >
        {questions.map((question) => {
          const result = shown?.result.questions.find((r) => r.questionId === question.id);
          return (
            <fieldset key={`${round.mode}-${question.id}`} className="question" id={`frage-${question.id}`} disabled={!!checked}>
              <legend>
                <span className="question__number">
                  Frage {numberOf(question.id)} von {allIds.length}
                </span>{' '}
                {question.type === 'scenario' && <span className="question__situation">{question.situation} </span>}
                {question.prompt}
                {!isGraded(question) && <span className="question__hint"> (ohne Punkte: Jede Wahl ist möglich.)</span>}
              </legend>
              <QuestionInput question={question} entry={draft[question.id]} onEntry={onEntry} />
              {shown && result && (
                <Activity mode={checked ? 'visible' : 'hidden'}>
                  <QuestionFeedback question={question} answer={shown.answers[question.id]} result={result} sources={sources} entryCheck={!graded} />
                </Activity>
              )}
            </fieldset>
          );
        })}
        {/* Hidden, not removed, once checked: removing the focused button made the browser lay out the whole page,
            feedback included, before the result could appear (about 40 ms of the first check on a slow tablet). */}
        <div className="quiz__submit" hidden={!!checked}>
          {/* The live region is there before the warning, so that screen readers hear the warning arrive. */}
          <div role="alert">
            {unansweredWarning && (
              <div className="notice notice--warning">
                <p>
                  Du hast noch nicht alle Fragen beantwortet:{' '}
                  {unansweredWarning.map((id, index) => (
                    <span key={id}>
                      {index > 0 && ', '}
                      <a href={`#frage-${id}`}>Frage {numberOf(id)}</a>
                    </span>
                  ))}
                  .{graded ? ' Unbeantwortete Fragen zählen 0 Punkte.' : ''}
                </p>
              </div>
            )}
          </div>
          <button type="submit" className="button button--primary" disabled={!hydrated}>
            {unansweredWarning ? 'Trotzdem prüfen' : 'Antworten prüfen'}
          </button>
        </div>
      </form>
    </>
  );
}
