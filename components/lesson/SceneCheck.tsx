'use client';

import { useId, useRef, useState } from 'react';
import type { SceneCheckQuestion } from '@/lib/quiz/schema';
import type { Draft } from '@/lib/quiz/draft';
import type { SceneCheckOutcome } from '@/lib/quiz/scene-check';
import { ChoiceField } from '@/components/quiz/ChoiceFields';
import type { SourceRef } from '@/lib/content/citation';
import type { QuestionFeedback } from '@/components/quiz/QuestionFeedback';
import './scene-check.css';

// Judging and the feedback are needed only after "Prüfen": they load after the page, not with it.
const loadChecking = () => import('./scene-check-judge');
type Checked = { outcome: SceneCheckOutcome; Feedback: typeof QuestionFeedback };

/**
 * "Kurz gecheckt" after a scene: one or two questions, judged at once, without points and never saved.
 * The feedback under each question is a live region, so it is read out as soon as it appears.
 */
export function SceneCheck({ sceneTitle, questions, sources }: { sceneTitle: string; questions: SceneCheckQuestion[]; sources: Record<string, SourceRef> }) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>({});
  const [judged, setJudged] = useState<Checked | null>(null);
  const outcome = judged?.outcome ?? null;
  const boxRef = useRef<HTMLElement>(null);
  const checked = outcome?.kind === 'checked' ? outcome : null;
  const Feedback = judged?.Feedback;

  async function check() {
    const judge = await loadChecking();
    setJudged({ outcome: judge.checkScene(questions, draft), Feedback: judge.QuestionFeedback });
  }

  function again() {
    setDraft({});
    setJudged(null);
    requestAnimationFrame(() => boxRef.current?.querySelector<HTMLInputElement>('input')?.focus());
  }

  return (
    <section className="scene-check" aria-labelledby={`${id}-titel`} ref={boxRef}>
      <h3 id={`${id}-titel`} className="scene-check__title">
        Kurz gecheckt<span className="visually-hidden">: Szene „{sceneTitle}“</span>
      </h3>
      <p className="scene-check__about">Ohne Punkte, nur für dich. Nichts davon wird gespeichert.</p>
      {questions.map((question, index) => {
        const result = checked?.questions.find((q) => q.questionId === question.id);
        return (
          <fieldset key={question.id} className="scene-check__question" disabled={!!checked}>
            <legend>
              {questions.length > 1 && (
                <span className="scene-check__number">
                  Frage {index + 1} von {questions.length}
                </span>
              )}
              {question.prompt}
            </legend>
            <ChoiceField
              question={question}
              entry={draft[question.id]}
              disabled={!!checked}
              onChange={(entry) => {
                // The first answer fetches the checking code, so "Prüfen" answers without a wait.
                void loadChecking();
                setDraft((current) => ({ ...current, [question.id]: entry }));
                if (outcome?.kind === 'unanswered') setJudged(null);
              }}
            />
            <div role="status" className="scene-check__feedback">
              {result && Feedback && <Feedback question={question} answer={result.answer} result={result.result} sources={sources} />}
            </div>
          </fieldset>
        );
      })}
      <div className="scene-check__actions">
        <button type="button" className={checked ? 'button button--secondary' : 'button button--primary'} onClick={checked ? again : () => void check()}>
          {checked ? 'Nochmal' : 'Prüfen'}
        </button>
        <p role="alert" className="scene-check__hint">
          {outcome?.kind === 'unanswered' ? outcome.message : ''}
        </p>
      </div>
    </section>
  );
}
