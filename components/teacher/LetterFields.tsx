'use client';

import { useId, useState } from 'react';

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
 * School, class and date at the top of the letter. The teacher fills them in on screen (German labels);
 * the letter shows and prints them with labels in its own language. Empty fields print as a line to write on.
 */
export function LetterFields({ schule, klasse, datum, lang }: Props) {
  const id = useId();
  const [school, setSchool] = useState('');
  const [form, setForm] = useState('');
  const [date, setDate] = useState('');
  const printed = [
    { label: schule, value: school, wide: true },
    { label: klasse, value: form, wide: false },
    { label: datum, value: date && formatDate(date, lang), wide: false },
  ];
  return (
    <>
      <fieldset className="letter-fields__form no-print" lang="de" dir="ltr">
        <legend>Angaben der Schule (erscheinen im Brief)</legend>
        <div className="letter-fields__inputs">
          <label className="field" htmlFor={`${id}-schule`}>
            <span className="field__label">Schule</span>
            <input id={`${id}-schule`} type="text" value={school} onChange={(e) => setSchool(e.target.value)} />
          </label>
          <label className="field" htmlFor={`${id}-klasse`}>
            <span className="field__label">Klasse</span>
            <input id={`${id}-klasse`} type="text" size={6} value={form} onChange={(e) => setForm(e.target.value)} />
          </label>
          <label className="field" htmlFor={`${id}-datum`}>
            <span className="field__label">Datum</span>
            <input id={`${id}-datum`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
        </div>
        <p className="small">Leere Felder werden als Linie gedruckt und können von Hand ausgefüllt werden.</p>
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
