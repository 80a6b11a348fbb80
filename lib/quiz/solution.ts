import type { Answer } from './answers';
import type { Question } from './schema';
import type { QuestionResult } from './score';
import { bestOptions } from './graded';
import { formatFigure as figure } from '../format';
import { explanationStatesVerdict } from './review';

/** The expected answer of a question as one line of German text, for teachers' guides and answer keys. */
export function expectedAnswer(question: Question): string {
  switch (question.type) {
    case 'single-choice':
      return question.options.find((o) => o.correct)!.text;
    case 'multiple-choice':
      return question.options
        .filter((o) => o.correct)
        .map((o) => o.text)
        .join('; ');
    case 'true-false':
      return question.answer ? 'Die Aussage stimmt.' : 'Die Aussage stimmt nicht.';
    case 'ordering':
      return question.items.map((item, index) => `${index + 1}. ${item.text}`).join(' – ');
    case 'matching':
      return question.pairs.map((pair) => `${pair.left} → ${pair.right}`).join('; ');
    case 'estimate': {
      const range = question.tolerance > 0 ? ` (richtig: ${figure(question.answer - question.tolerance)} bis ${figure(question.answer + question.tolerance)})` : '';
      return `${figure(question.answer)}${question.unit ? ` ${question.unit}` : ''}${range}`;
    }
    case 'short-text':
      return question.accepted.join(' / ');
    case 'scenario': {
      if (!question.graded) return 'Ohne Punkte: Jede Wahl ist möglich; das Feedback erklärt, was sie bedeutet.';
      return bestOptions(question)
        .map((o) => o.text)
        .join(' / ');
    }
  }
}

/** A solution as the feedback shows it: one line, or a heading over a list. */
export type SolutionText = { kind: 'line'; text: string } | { kind: 'list'; heading: string; items: string[]; numbered: boolean };

/**
 * The solution under a checked question, only where the pupil's own answer (marked part by part) does not
 * already show it: a right answer needs none, a chosen multiple-choice or matching answer marks every right
 * option and pair, and a true-false explanation that starts "Die Aussage stimmt …" says it already.
 * An estimate always shows the exact figure and the range that counted. A feedback-only scenario lists the
 * other ways with their feedback. Pure.
 */
export function solutionAfterCheck(question: Question, answer: Answer | undefined, result: Pick<QuestionResult, 'verdict' | 'answered'>): SolutionText | null {
  const solved = result.verdict === 'right';
  switch (question.type) {
    case 'single-choice':
      return solved ? null : { kind: 'line', text: `Richtige Antwort: ${question.options.find((o) => o.correct)!.text}` };
    case 'multiple-choice':
      return result.answered ? null : { kind: 'list', heading: 'Richtig sind:', items: question.options.filter((o) => o.correct).map((o) => o.text), numbered: false };
    case 'matching':
      return result.answered
        ? null
        : { kind: 'list', heading: 'Richtige Zuordnung:', items: question.pairs.map((pair) => `${pair.left} → ${pair.right}`), numbered: false };
    case 'true-false':
      return explanationStatesVerdict(question.explanation) ? null : { kind: 'line', text: `Richtig ist: Die Aussage ${question.answer ? 'stimmt' : 'stimmt nicht'}.` };
    case 'ordering':
      return solved ? null : { kind: 'list', heading: 'Richtige Reihenfolge:', items: question.items.map((item) => item.text), numbered: true };
    case 'estimate': {
      const range =
        question.tolerance > 0
          ? ` (als richtig zählt alles von ${figure(question.answer - question.tolerance)} bis ${figure(question.answer + question.tolerance)})`
          : '';
      return { kind: 'line', text: `Lösung: ${figure(question.answer)}${question.unit ? ` ${question.unit}` : ''}${range}` };
    }
    case 'short-text':
      return solved ? null : { kind: 'line', text: `Richtige Antwort: ${question.accepted[0]}` };
    case 'scenario': {
      if (!question.graded) {
        const chosenId = answer?.type === 'scenario' ? answer.optionId : undefined;
        return {
          kind: 'list',
          heading: chosenId ? 'Die anderen Wege:' : 'Die Wege im Überblick:',
          items: question.options.filter((o) => o.id !== chosenId).map((o) => `${o.text} – ${o.feedback}`),
          numbered: false,
        };
      }
      const best = bestOptions(question)[0]!;
      return solved ? null : { kind: 'line', text: `Am meisten hilft: ${best.text} – ${best.feedback}` };
    }
  }
}
