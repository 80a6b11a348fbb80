'use client';

import { useEffect, useId, useState } from 'react';
import type { Cost } from '@/lib/graphics/kosten';
import { calculateCost, formatEuro, formatGoods, formatPriceInput, type CostField, type CostInput } from '@/lib/graphics/kosten-rechnung';

/** How long the pupil may pause typing before the result (and its announcement) follows: one announcement per change. */
const SETTLE_MS = 500;

type Values = CostInput & { goodId: string };

const EXAMPLE_HINT = 'Beispielwert – trag ein, was du willst.';

/**
 * The pupil's own numbers: cigarettes a day, a pack's price and size, and a good to compare with. Mounted in the
 * browser only, by CostCalculatorLoader; until then (and without JavaScript) the worked example stands.
 */
export function CostCalculator({ data }: { data: Cost }) {
  const id = useId();
  const [values, setValues] = useState<Values>(() => ({
    cigarettesPerDay: String(data.exampleCigarettesPerDay).replace('.', ','),
    packPrice: formatPriceInput(data.pack.examplePrice),
    cigarettesPerPack: String(data.pack.cigarettes),
    goodId: data.goods[0]!.id,
    goodPrice: formatPriceInput(data.goods[0]!.examplePrice),
  }));
  const [settled, setSettled] = useState(values);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(values), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [values]);

  const outcome = calculateCost(settled);
  const goodById = (goodId: string) => data.goods.find((candidate) => candidate.id === goodId) ?? data.goods[0]!;
  const good = goodById(settled.goodId);
  const chosenGood = goodById(values.goodId);
  const problem = (field: CostField) => (outcome.ok ? undefined : outcome.problems[field]);
  const set = (field: keyof Values) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setValues({ ...values, [field]: event.target.value });

  function field(name: CostField, label: string, hint: string) {
    const message = problem(name);
    return (
      <div className="cost-field">
        <label htmlFor={`${id}-${name}`}>{label}</label>
        <input
          id={`${id}-${name}`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={values[name]}
          onChange={set(name)}
          aria-invalid={message ? true : undefined}
          aria-describedby={message ? `${id}-${name}-hint ${id}-${name}-problem` : `${id}-${name}-hint`}
        />
        <p className="cost-field__hint" id={`${id}-${name}-hint`}>
          {hint}
        </p>
        {message && (
          <p className="cost-field__problem" id={`${id}-${name}-problem`}>
            {message}
          </p>
        )}
      </div>
    );
  }

  return (
    <div className="cost-calculator">
      <fieldset className="cost-fieldset">
        <legend>Deine Rechnung</legend>
        <div className="cost-fields">
          {field('cigarettesPerDay', 'Zigaretten am Tag', 'Trag eine Zahl von 0 bis 200 ein.')}
          {field('packPrice', 'Preis einer Schachtel in Euro', EXAMPLE_HINT)}
          {field('cigarettesPerPack', 'Zigaretten in einer Schachtel', EXAMPLE_HINT)}
          <div className="cost-field">
            <label htmlFor={`${id}-good`}>Was würdest du dir lieber kaufen?</label>
            <select
              id={`${id}-good`}
              value={values.goodId}
              onChange={(event) => {
                const chosen = goodById(event.target.value);
                setValues({ ...values, goodId: chosen.id, goodPrice: formatPriceInput(chosen.examplePrice) });
              }}
            >
              {data.goods.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </div>
          {field('goodPrice', `${chosenGood.name}: Preis in Euro`, 'Beispielpreis – trag ein, was du willst.')}
        </div>
      </fieldset>
      <div className="cost-result" role="status" aria-live="polite" aria-atomic="true">
        {outcome.ok ? (
          <>
            <p className="cost-result__lead">So viel würde dich Rauchen kosten:</p>
            <dl className="cost-figures">
              <div className="cost-figure">
                <dt>Pro Woche</dt>
                <dd>{formatEuro(outcome.result.weekCents)}</dd>
              </div>
              <div className="cost-figure">
                <dt>Pro Monat</dt>
                <dd>{formatEuro(outcome.result.monthCents)}</dd>
              </div>
              <div className="cost-figure">
                <dt>Pro Jahr</dt>
                <dd>{formatEuro(outcome.result.yearCents)}</dd>
              </div>
            </dl>
            <p className="cost-result__goods">
              Mit dem Geld eines Jahres könntest du dir <strong>{formatGoods(outcome.result.goodsPerYear, good)}</strong> kaufen.
            </p>
          </>
        ) : (
          <>
            <p className="cost-result__lead">Das kann ich noch nicht ausrechnen. Bitte schau noch einmal hin:</p>
            <ul className="cost-result__problems">
              {Object.values(outcome.problems).map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      <p className="cost-note">Ein Jahr hat hier 365 Tage, eine Woche 7 Tage. Ein Monat ist ein Zwölftel vom Jahr (Jahr ÷ 12).</p>
    </div>
  );
}
