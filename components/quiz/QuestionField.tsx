'use client';

import { useEffect, useRef, useState } from 'react';
import type { Question } from '@/lib/quiz/schema';
import { matchingColumn } from '@/lib/quiz/matching';
import { formatFigure } from '@/lib/format';
import { as, ChoiceField, type FieldProps } from './ChoiceFields';

/** Ordering without drag and drop: each item has buttons to move it up or down. */
function OrderingField({ question, entry, disabled, onChange }: FieldProps<'ordering'>) {
  const order = as(entry, 'ordering')?.order ?? question.items.map((i) => i.id);
  const textOf = (id: string) => question.items.find((i) => i.id === id)?.text ?? id;
  const [announcement, setAnnouncement] = useState('');
  const focusAfterMove = useRef<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (!focusAfterMove.current) return;
    listRef.current?.querySelector<HTMLButtonElement>(`[data-focus-key="${focusAfterMove.current}"]`)?.focus();
    focusAfterMove.current = null;
  });

  function move(index: number, delta: -1 | 1) {
    const target = index + delta;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    [next[index], next[target]] = [next[target]!, next[index]!];
    const id = order[index]!;
    // Keep focus on the same control of the moved item; at the edge, on the other one.
    const edge = target === 0 || target === order.length - 1;
    focusAfterMove.current = `${id}:${edge ? (delta === -1 ? 'down' : 'up') : delta === -1 ? 'up' : 'down'}`;
    setAnnouncement(`„${textOf(id)}“ ist jetzt auf Platz ${target + 1} von ${order.length}.`);
    onChange({ type: 'ordering', order: next });
  }

  return (
    <>
      <p className="question__hint">Bringe die Schritte mit den Pfeil-Knöpfen in die richtige Reihenfolge. Oben steht der erste Schritt.</p>
      <ol className="ordering" ref={listRef}>
        {order.map((id, index) => (
          <li key={id} className="ordering__item">
            <span className="ordering__text">{textOf(id)}</span>
            <span className="ordering__buttons">
              <button
                type="button"
                className="icon-button"
                data-focus-key={`${id}:up`}
                disabled={disabled || index === 0}
                aria-label={`„${textOf(id)}“ nach oben`}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                data-focus-key={`${id}:down`}
                disabled={disabled || index === order.length - 1}
                aria-label={`„${textOf(id)}“ nach unten`}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}

function MatchingField({ question, entry, disabled, onChange }: FieldProps<'matching'>) {
  const pairs = as(entry, 'matching')?.pairs ?? {};
  const rights = matchingColumn(question.pairs);
  return (
    <ul className="matching">
      {question.pairs.map((pair) => (
        <li key={pair.id}>
          <label className="field field--inline">
            <span className="field__label">{pair.left}</span>
            <select
              value={pairs[pair.id] ?? ''}
              disabled={disabled}
              onChange={(event) => {
                const next = { ...pairs };
                if (event.target.value) next[pair.id] = event.target.value;
                else delete next[pair.id];
                onChange({ type: 'matching', pairs: next });
              }}
            >
              <option value="">Bitte wählen …</option>
              {rights.map((right) => (
                <option key={right.id} value={right.id}>
                  {right.right}
                </option>
              ))}
            </select>
          </label>
        </li>
      ))}
    </ul>
  );
}

function EstimateField({ question, entry, disabled, onChange }: FieldProps<'estimate'>) {
  const text = entry?.type === 'estimate-text' ? entry.text : '';
  const range =
    question.min !== undefined && question.max !== undefined
      ? ` (zwischen ${formatFigure(question.min)} und ${formatFigure(question.max)})`
      : '';
  return (
    <label className="field">
      <span className="field__label">
        Deine Schätzung{question.unit ? ` in ${question.unit}` : ''}
        {range}
      </span>
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        disabled={disabled}
        onChange={(event) => onChange({ type: 'estimate-text', text: event.target.value })}
      />
    </label>
  );
}

function ShortTextField({ question, entry, disabled, onChange }: FieldProps<'short-text'>) {
  const value = as(entry, 'short-text')?.value ?? '';
  return (
    <label className="field">
      <span className="field__label">Deine Antwort</span>
      <input
        type="text"
        autoComplete="off"
        spellCheck={false}
        maxLength={500}
        value={value}
        disabled={disabled}
        name={question.id}
        onChange={(event) => onChange({ type: 'short-text', value: event.target.value })}
      />
    </label>
  );
}

/** The input controls for one question, by type. */
export function QuestionField(props: FieldProps<Question['type']>) {
  const { question } = props;
  switch (question.type) {
    case 'single-choice':
    case 'scenario':
    case 'multiple-choice':
    case 'true-false':
      return <ChoiceField {...props} question={question} />;
    case 'ordering':
      return <OrderingField {...props} question={question} />;
    case 'matching':
      return <MatchingField {...props} question={question} />;
    case 'estimate':
      return <EstimateField {...props} question={question} />;
    case 'short-text':
      return <ShortTextField {...props} question={question} />;
  }
}
