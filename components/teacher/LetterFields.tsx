'use client';

import { useId } from 'react';
import { useLetterForm } from './LetterForm';

type Props = {
  /** What is printed before each blank, in the letter's language. */
  schule: string;
  klasse: string;
  datum: string;
  /** The letter's language, for the printed date. */
  lang: string;
};

/** A date from <input type="date"> ("2026-12-01") as the letter's language writes it. */
function formatDate(value: string, lang: string): string {
  const date = new Date(`${value}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  // As written in Germany (day before month, also in English), with Latin digits like the letter's phone numbers.
  const locale = new Intl.Locale(lang, { region: 'DE', numberingSystem: 'latn' });
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/**
 * School, class, date and the teacher's name, and whether a reply slip is attached. The teacher fills them in on
 * screen (German labels, never printed); the letter shows and prints school, class and date at the top with
 * labels in its own language, the name under the signature line. Empty fields print as a line to write on.
 */
export function LetterFields({ schule, klasse, datum, lang }: Props) {
  const id = useId();
  const { entries, update } = useLetterForm();
  const printed = [
    { label: schule, value: entries.school, wide: true },
    { label: klasse, value: entries.form, wide: false },
    { label: datum, value: entries.date && formatDate(entries.date, lang), wide: false },
  ];
  const inputs = [
    { key: 'school', label: 'Schule', type: 'text', size: undefined },
    { key: 'form', label: 'Klasse', type: 'text', size: 6 },
    { key: 'date', label: 'Datum', type: 'date', size: undefined },
    { key: 'teacher', label: 'Name der Lehrkraft', type: 'text', size: undefined },
  ] as const;
  return (
    <>
      <fieldset className="letter-fields__form no-print" lang="de" dir="ltr">
        <legend>Angaben der Schule (erscheinen im Brief)</legend>
        <div className="letter-fields__inputs">
          {inputs.map((input) => (
            <label key={input.key} className="field" htmlFor={`${id}-${input.key}`}>
              <span className="field__label">{input.label}</span>
              <input
                id={`${id}-${input.key}`}
                type={input.type}
                size={input.size}
                value={entries[input.key]}
                onChange={(event) => update({ [input.key]: event.target.value })}
              />
            </label>
          ))}
        </div>
        <label className="choice">
          <input type="checkbox" checked={entries.withReplySlip} onChange={(event) => update({ withReplySlip: event.target.checked })} />
          <span>Rückmeldeabschnitt zum Abtrennen anhängen („Ich habe den Brief gelesen“, Name des Kindes, Unterschrift)</span>
        </label>
        <p className="small">
          Leere Felder werden als Linie gedruckt und können von Hand ausgefüllt werden. Die Angaben bleiben in diesem Fenster
          und werden nirgendwohin gesendet.
        </p>
      </fieldset>
      <p className="letter-fields">
        {printed.map((field) => (
          <span key={field.label} className="letter-fields__item">
            {field.label}:{' '}
            {field.value ? (
              <bdi className="letter-fields__value">{field.value}</bdi>
            ) : (
              <span className={`letter-fields__blank${field.wide ? ' letter-fields__blank--wide' : ''}`} />
            )}
          </span>
        ))}
      </p>
    </>
  );
}
