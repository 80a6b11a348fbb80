import { memo } from 'react';
import type { Question } from '@/lib/quiz/schema';
import type { Answer } from '@/lib/quiz/answers';
import type { QuestionResult } from '@/lib/quiz/score';
import { reviewAnswer, type PartMark } from '@/lib/quiz/review';
import { solutionAfterCheck } from '@/lib/quiz/solution';
import type { SourceRef } from '@/lib/content/citation';

const verdictLabels = { right: 'Richtig', partial: 'Teilweise richtig', wrong: 'Leider nicht richtig' } as const;
// The entry check is not a test: the same verdicts, said as what the pupil already knows.
const entryLabels = { right: 'Das wusstest du schon', partial: 'Zum Teil gewusst', wrong: 'Das lernst du im Kurs' } as const;
const verdictMarks = { right: '✓ ', partial: '◐ ', wrong: '✗ ' } as const;

// Icon and word for each part of the pupil's answer: never colour alone.
const partMarks: Record<PartMark, { icon: string; label: string }> = {
  right: { icon: '✓', label: 'richtig' },
  partial: { icon: '◐', label: 'teilweise richtig' },
  wrong: { icon: '✗', label: 'nicht richtig' },
  missed: { icon: '○', label: 'auch richtig – nicht gewählt' },
  chosen: { icon: '•', label: 'deine Wahl' },
};

function YourAnswer({ question, answer, result }: { question: Question; answer: Answer | undefined; result: QuestionResult }) {
  const parts = reviewAnswer(question, answer, result.verdict);
  if (parts.length === 0) return null;
  const heading = question.type === 'multiple-choice' ? 'Deine Antworten:' : question.type === 'ordering' ? 'Deine Reihenfolge:' : question.type === 'matching' ? 'Deine Zuordnung:' : 'Deine Antwort:';
  return (
    <div className="review">
      <p className="review__heading">{heading}</p>
      <ul className="review__parts">
        {parts.map((part, index) => (
          <li key={index} className={`review__part review__part--${part.mark}`}>
            <span className="review__mark">
              <span aria-hidden="true">{partMarks[part.mark].icon} </span>
              {partMarks[part.mark].label}:
            </span>{' '}
            <span className="review__text">{part.text}</span>
            {part.note && <span className="review__note"> – {part.note}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The solution, where the pupil's own answer did not already show it (the rule is solutionAfterCheck). */
function Solution({ question, answer, result }: { question: Question; answer: Answer | undefined; result: QuestionResult }) {
  const solution = solutionAfterCheck(question, answer, result);
  if (!solution) return null;
  if (solution.kind === 'line') return <p>{solution.text}</p>;
  const items = solution.items.map((item, index) => <li key={index}>{item}</li>);
  return (
    <>
      <p>{solution.heading}</p>
      {solution.numbered ? <ol>{items}</ol> : <ul>{items}</ul>}
    </>
  );
}

/**
 * Feedback under one question after checking: verdict, the pupil's own answer marked, solution, explanation, source.
 * Memoised: the quiz keeps it built out of sight before checking, and typing an answer need not render it again.
 */
export const QuestionFeedback = memo(function QuestionFeedback({
  question,
  answer,
  result,
  sources,
  entryCheck = false,
}: {
  question: Question;
  answer: Answer | undefined;
  result: QuestionResult;
  sources: Record<string, SourceRef>;
  /** The entry check words its verdicts as what the pupil already knows. */
  entryCheck?: boolean;
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
          {result.answered ? (entryCheck ? entryLabels : verdictLabels)[result.verdict] : 'Nicht beantwortet'}
        </p>
      )}
      <YourAnswer question={question} answer={answer} result={result} />
      <Solution question={question} answer={answer} result={result} />
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
});
