'use client';

// The fields of the choice questions: the quiz's QuestionField uses them, and a lesson's scene check uses only
// them (single choice, multiple choice, true/false), so a lesson page loads none of the other fields.

import type { Question, QuestionOf } from '@/lib/quiz/schema';
import type { Answer, AnswerOf } from '@/lib/quiz/answers';
import type { Draft } from '@/lib/quiz/draft';
import { optionsInDisplayOrder } from '@/lib/quiz/shuffle';

export type DraftEntry = Draft[string];

export interface FieldProps<T extends Question['type']> {
  question: QuestionOf<T>;
  entry: DraftEntry;
  disabled: boolean;
  onChange: (entry: DraftEntry) => void;
}

export function as<T extends Answer['type']>(entry: DraftEntry, type: T): AnswerOf<T> | undefined {
  return entry?.type === type ? (entry as AnswerOf<T>) : undefined;
}

function ChoiceList({
  name,
  options,
  checked,
  disabled,
  multiple,
  onToggle,
}: {
  name: string;
  options: { id: string; text: string }[];
  checked: (id: string) => boolean;
  disabled: boolean;
  multiple: boolean;
  onToggle: (id: string, checked: boolean) => void;
}) {
  return (
    <ul className="choices">
      {options.map((option) => (
        <li key={option.id}>
          <label className="choice">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              value={option.id}
              checked={checked(option.id)}
              disabled={disabled}
              onChange={(event) => onToggle(option.id, event.target.checked)}
            />
            <span>{option.text}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}

function SingleChoiceField({ question, entry, disabled, onChange }: FieldProps<'single-choice' | 'scenario'>) {
  const current = as(entry, question.type);
  return (
    <ChoiceList
      name={question.id}
      options={optionsInDisplayOrder<{ id: string; text: string }>(question.id, question.options)}
      multiple={false}
      disabled={disabled}
      checked={(id) => current?.optionId === id}
      onToggle={(id) => onChange({ type: question.type, optionId: id })}
    />
  );
}

function MultipleChoiceField({ question, entry, disabled, onChange }: FieldProps<'multiple-choice'>) {
  const picked = as(entry, 'multiple-choice')?.optionIds ?? [];
  return (
    <>
      <p className="question__hint">Mehrere Antworten können richtig sein.</p>
      <ChoiceList
        name={question.id}
        options={optionsInDisplayOrder(question.id, question.options)}
        multiple
        disabled={disabled}
        checked={(id) => picked.includes(id)}
        onToggle={(id, checked) =>
          onChange({
            type: 'multiple-choice',
            optionIds: checked ? [...picked, id] : picked.filter((p) => p !== id),
          })
        }
      />
    </>
  );
}

function TrueFalseField({ question, entry, disabled, onChange }: FieldProps<'true-false'>) {
  const value = as(entry, 'true-false')?.value;
  return (
    <ChoiceList
      name={question.id}
      options={[
        { id: 'true', text: 'Stimmt' },
        { id: 'false', text: 'Stimmt nicht' },
      ]}
      multiple={false}
      disabled={disabled}
      checked={(id) => value !== undefined && String(value) === id}
      onToggle={(id) => onChange({ type: 'true-false', value: id === 'true' })}
    />
  );
}

/** The input controls for a choice question. */
export function ChoiceField(props: FieldProps<'single-choice' | 'scenario' | 'multiple-choice' | 'true-false'>) {
  const { question } = props;
  switch (question.type) {
    case 'single-choice':
    case 'scenario':
      return <SingleChoiceField {...props} question={question} />;
    case 'multiple-choice':
      return <MultipleChoiceField {...props} question={question} />;
    case 'true-false':
      return <TrueFalseField {...props} question={question} />;
  }
}
