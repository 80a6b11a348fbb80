import type { Question } from './schema';

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
      const value = question.answer.toLocaleString('de-DE');
      const range =
        question.tolerance > 0
          ? ` (richtig: ${(question.answer - question.tolerance).toLocaleString('de-DE')} bis ${(question.answer + question.tolerance).toLocaleString('de-DE')})`
          : '';
      return `${value}${question.unit ? ` ${question.unit}` : ''}${range}`;
    }
    case 'short-text':
      return question.accepted.join(' / ');
    case 'scenario': {
      if (!question.graded) return 'Ohne Punkte: Jede Wahl ist möglich; das Feedback erklärt, was sie bedeutet.';
      const best = Math.max(...question.options.map((o) => o.points ?? 0));
      return question.options
        .filter((o) => o.points === best)
        .map((o) => o.text)
        .join(' / ');
    }
  }
}
