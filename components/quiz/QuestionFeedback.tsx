import type { Question } from '@/lib/quiz/schema';
import type { Answer } from '@/lib/quiz/answers';
import type { QuestionResult } from '@/lib/quiz/score';
import { formatPoints } from '@/lib/format';

export interface SourceRef {
  label: string;
  url?: string;
}

const verdictLabels = { right: 'Richtig', partial: 'Teilweise richtig', wrong: 'Leider nicht richtig' } as const;
const verdictMarks = { right: '✓ ', partial: '◐ ', wrong: '✗ ' } as const;

function Solution({ question, answer }: { question: Question; answer: Answer | undefined }) {
  switch (question.type) {
    case 'single-choice': {
      const chosen = answer?.type === 'single-choice' ? question.options.find((o) => o.id === answer.optionId) : undefined;
      const right = question.options.find((o) => o.correct)!;
      return (
        <>
          <p>Richtige Antwort: {right.text}</p>
          {chosen?.feedback && <p>Zu deiner Antwort: {chosen.feedback}</p>}
        </>
      );
    }
    case 'multiple-choice': {
      const picked = answer?.type === 'multiple-choice' ? answer.optionIds : [];
      return (
        <>
          <p>Richtig sind:</p>
          <ul>
            {question.options
              .filter((o) => o.correct)
              .map((o) => (
                <li key={o.id}>{o.text}</li>
              ))}
          </ul>
          {question.options
            .filter((o) => picked.includes(o.id) && o.feedback)
            .map((o) => (
              <p key={o.id}>
                Zu „{o.text}“: {o.feedback}
              </p>
            ))}
        </>
      );
    }
    case 'true-false':
      return <p>Die Aussage {question.answer ? 'stimmt' : 'stimmt nicht'}.</p>;
    case 'ordering':
      return (
        <>
          <p>Richtige Reihenfolge:</p>
          <ol>
            {question.items.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
        </>
      );
    case 'matching':
      return (
        <>
          <p>Richtige Zuordnung:</p>
          <ul>
            {question.pairs.map((pair) => (
              <li key={pair.id}>
                {pair.left} → {pair.right}
              </li>
            ))}
          </ul>
        </>
      );
    case 'estimate':
      return (
        <p>
          Lösung: {question.answer.toLocaleString('de-DE')}
          {question.unit ? ` ${question.unit}` : ''}
          {question.tolerance > 0 &&
            ` (als richtig zählt alles von ${(question.answer - question.tolerance).toLocaleString('de-DE')} bis ${(question.answer + question.tolerance).toLocaleString('de-DE')})`}
          {answer?.type === 'estimate' && `. Deine Schätzung: ${answer.value.toLocaleString('de-DE')}`}
        </p>
      );
    case 'short-text':
      return <p>Richtige Antwort: {question.accepted[0]}</p>;
    case 'scenario': {
      const chosen = answer?.type === 'scenario' ? question.options.find((o) => o.id === answer.optionId) : undefined;
      if (!question.graded) {
        const others = question.options.filter((o) => o.id !== chosen?.id);
        return (
          <>
            {chosen && <p>Zu deiner Wahl: {chosen.feedback}</p>}
            <p>{chosen ? 'Die anderen Wege:' : 'Die Wege im Überblick:'}</p>
            <ul>
              {others.map((o) => (
                <li key={o.id}>
                  {o.text} – {o.feedback}
                </li>
              ))}
            </ul>
          </>
        );
      }
      const best = Math.max(...question.options.map((o) => o.points ?? 0));
      const bestOptions = question.options.filter((o) => o.points === best);
      return (
        <>
          {chosen && <p>Zu deiner Wahl: {chosen.feedback}</p>}
          {!bestOptions.some((o) => o.id === chosen?.id) && (
            <p>
              Am meisten hilft: {bestOptions[0]!.text} – {bestOptions[0]!.feedback}
            </p>
          )}
        </>
      );
    }
  }
}

/** Feedback under one question after checking: verdict, solution, explanation, source. */
export function QuestionFeedback({
  question,
  answer,
  result,
  sources,
}: {
  question: Question;
  answer: Answer | undefined;
  result: QuestionResult;
  sources: Record<string, SourceRef>;
}) {
  return (
    <div className={`feedback feedback--${result.verdict}`}>
      {result.verdict === 'ungraded' ? (
        <p className="feedback__verdict">
          {result.answered ? 'Deine Wahl' : 'Nicht beantwortet'} (ohne Punkte: Hier gibt es kein Richtig oder Falsch.)
        </p>
      ) : (
        <p className="feedback__verdict">
          <span aria-hidden="true">{verdictMarks[result.verdict]}</span>
          {result.answered ? verdictLabels[result.verdict] : 'Nicht beantwortet'} ({formatPoints(result.points)} von{' '}
          {formatPoints(result.maxPoints)} {result.maxPoints === 1 ? 'Punkt' : 'Punkten'})
        </p>
      )}
      <Solution question={question} answer={answer} />
      <p className="feedback__explanation">{question.explanation}</p>
      {question.sources.length > 0 && (
        <p className="source">
          {question.sources.length === 1 ? 'Quelle' : 'Quellen'}:{' '}
          {question.sources.map((id, index) => {
            const source = sources[id]!;
            return (
              <span key={id}>
                {index > 0 && '; '}
                {source.url ? (
                  <a href={source.url} rel="noopener noreferrer">
                    {source.label}
                  </a>
                ) : (
                  source.label
                )}
              </span>
            );
          })}
        </p>
      )}
    </div>
  );
}
