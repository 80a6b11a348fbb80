import { useId } from 'react';
import type { Quiz } from '@/lib/quiz/schema';
import { cardQuestionIds, cardsFor, promptOf, questionTypeLabel } from '@/lib/teacher/class-quiz';
import { useHydrated } from '@/components/site/useHydrated';

/** The teacher ticks the questions of the lesson quiz to run with the class; each shows its type and whether cards work. */
export function QuestionPicker({
  headingId,
  quiz,
  picked,
  onChange,
  onStart,
}: {
  headingId: string;
  quiz: Quiz;
  picked: string[];
  onChange: (ids: string[]) => void;
  onStart: () => void;
}) {
  const ids = useId();
  const ready = useHydrated();
  const chosen = new Set(picked);
  const short = cardQuestionIds(quiz);
  const toggle = (id: string, on: boolean) => onChange(quiz.questions.map((q) => q.id).filter((qid) => (qid === id ? on : chosen.has(qid))));
  return (
    <section className="class-quiz question-picker" aria-labelledby={headingId}>
      <h2 id={headingId} tabIndex={-1}>
        Fragen auswählen
      </h2>
      <p>Haken Sie an, welche Fragen Sie stellen. Sie können die Auswahl später ändern.</p>
      <div className="question-picker__bar">
        <div className="button-row" role="group" aria-label="Schnellauswahl">
          <button type="button" className="button button--secondary" disabled={!ready} onClick={() => onChange(quiz.questions.map((q) => q.id))}>
            Alle
          </button>
          <button type="button" className="button button--secondary" disabled={!ready} onClick={() => onChange([])}>
            Keine
          </button>
          {short.length > 0 && short.length < quiz.questions.length && (
            <button type="button" className="button button--secondary" disabled={!ready} onClick={() => onChange(short)}>
              Kurze Runde: nur Kartenfragen ({short.length})
            </button>
          )}
        </div>
        <div className="question-picker__go">
          <p className="question-picker__status" role="status">
            {picked.length === 0 ? 'Keine Frage ausgewählt' : `${picked.length} von ${quiz.questions.length} ausgewählt`}
          </p>
          <button type="button" className="button button--primary" disabled={!ready || picked.length === 0} onClick={onStart}>
            Quiz starten
          </button>
        </div>
      </div>
      <fieldset className="question-picker__list" disabled={!ready}>
        <legend>Fragen aus dem Quiz zur Lektion</legend>
        <ol>
          {quiz.questions.map((question, i) => {
            const cards = cardsFor(question);
            return (
              <li key={question.id} className="question-picker__item">
                <input
                  type="checkbox"
                  id={`${ids}-${question.id}`}
                  aria-describedby={`${ids}-${question.id}-about`}
                  checked={chosen.has(question.id)}
                  onChange={(event) => toggle(question.id, event.target.checked)}
                />
                <label htmlFor={`${ids}-${question.id}`}>
                  <span className="question-picker__number">{i + 1}.</span> {promptOf(question)}
                </label>
                <span id={`${ids}-${question.id}-about`} className="question-picker__about">
                  {questionTypeLabel(question)} · {cards ? `Karten ${cards}: Sie zählen je Buchstabe` : 'ohne Karten: Sie zählen, wie viele richtig lagen'}
                </span>
              </li>
            );
          })}
        </ol>
      </fieldset>
    </section>
  );
}
