import type { Answer } from './answers';
import type { Question } from './schema';
import type { Verdict } from './score';
import { optionsInDisplayOrder } from './shuffle';
import { formatFigure } from '../format';

/**
 * The pupil's own answer, part by part, marked after checking: each chosen option, each matching pair,
 * each ordering position. Pure, for the quiz feedback; the score itself comes from score.ts.
 * "missed" is a right option the pupil did not pick; "chosen" is a pick in a feedback-only question.
 */
export type PartMark = 'right' | 'partial' | 'wrong' | 'missed' | 'chosen';

export interface AnswerPart {
  /** The full text the pupil chose or placed (select boxes cut long options off). */
  text: string;
  mark: PartMark;
  /** What the pupil should know about this part: the option's own feedback, or where it belongs. */
  note?: string;
}

const markOfVerdict = (verdict: Verdict): PartMark => (verdict === 'ungraded' ? 'chosen' : verdict);

export function reviewAnswer(question: Question, answer: Answer | undefined, verdict: Verdict): AnswerPart[] {
  if (!answer || answer.type !== question.type) return [];
  switch (question.type) {
    case 'single-choice': {
      const chosen = answer.type === 'single-choice' ? question.options.find((o) => o.id === answer.optionId) : undefined;
      return chosen ? [{ text: chosen.text, mark: chosen.correct ? 'right' : 'wrong', note: chosen.feedback }] : [];
    }
    case 'multiple-choice': {
      const picked = new Set(answer.type === 'multiple-choice' ? answer.optionIds : []);
      return optionsInDisplayOrder(question.id, question.options)
        .filter((o) => picked.has(o.id) || o.correct)
        .map((o) => ({
          text: o.text,
          mark: !picked.has(o.id) ? 'missed' : o.correct ? 'right' : 'wrong',
          note: picked.has(o.id) ? o.feedback : undefined,
        }));
    }
    case 'true-false': {
      if (answer.type !== 'true-false') return [];
      return [{ text: answer.value ? 'Stimmt' : 'Stimmt nicht', mark: answer.value === question.answer ? 'right' : 'wrong' }];
    }
    case 'ordering': {
      if (answer.type !== 'ordering') return [];
      return answer.order.map((id, index) => {
        const place = question.items.findIndex((item) => item.id === id);
        const right = place === index;
        return {
          text: `${index + 1}. ${question.items[place]?.text ?? id}`,
          mark: right ? 'right' : 'wrong',
          note: right ? undefined : `gehört auf Platz ${place + 1}`,
        };
      });
    }
    case 'matching': {
      if (answer.type !== 'matching') return [];
      return question.pairs.map((pair) => {
        const chosen = question.pairs.find((p) => p.id === answer.pairs[pair.id]);
        const right = chosen?.id === pair.id;
        return {
          text: `${pair.left} → ${chosen ? chosen.right : 'nichts gewählt'}`,
          mark: right ? 'right' : 'wrong',
          note: right ? undefined : `richtig: ${pair.right}`,
        };
      });
    }
    case 'estimate':
      return answer.type === 'estimate'
        ? [{ text: `${formatFigure(answer.value)}${question.unit ? ` ${question.unit}` : ''}`, mark: markOfVerdict(verdict) }]
        : [];
    case 'short-text':
      return answer.type === 'short-text' ? [{ text: answer.value.trim(), mark: markOfVerdict(verdict) }] : [];
    case 'scenario': {
      const chosen = answer.type === 'scenario' ? question.options.find((o) => o.id === answer.optionId) : undefined;
      return chosen ? [{ text: chosen.text, mark: markOfVerdict(verdict), note: chosen.feedback }] : [];
    }
  }
}

/**
 * True when a true/false explanation already opens with the verdict ("Die Aussage stimmt nicht. …"),
 * so the feedback does not print it a second time.
 */
export function explanationStatesVerdict(explanation: string): boolean {
  return /^(Die Aussage|Das) stimmt( nicht)?[.:!]/.test(explanation.trim());
}
