/**
 * The arithmetic of the "kosten" graphic, free of zod so that the calculator's client code stays small
 * (lib/graphics/kosten.ts re-exports it beside the schema). Every amount is whole cents; every problem a pupil
 * can cause by typing is a value with a German message, never an exception.
 */

import { formatEuroCents, formatGermanNumber } from '../format';

/** A number the pupil typed, or why it is not one. */
export type Parsed = { ok: true; value: number } | { ok: false; problem: string };

/** The calculator's inputs as the pupil typed them. */
export interface CostInput {
  cigarettesPerDay: string;
  packPrice: string;
  cigarettesPerPack: string;
  goodPrice: string;
}
export type CostField = keyof CostInput;

/** What each field may hold: its name in messages, its bounds, whether it must be whole. */
const FIELDS: Record<CostField, { label: string; min: number; max: number; minIncluded: boolean; whole: boolean; unit: string }> = {
  cigarettesPerDay: { label: 'Zigaretten am Tag', min: 0, max: 200, minIncluded: true, whole: false, unit: '' },
  packPrice: { label: 'Preis einer Schachtel', min: 0, max: 100, minIncluded: false, whole: false, unit: ' €' },
  cigarettesPerPack: { label: 'Zigaretten in einer Schachtel', min: 0, max: 100, minIncluded: false, whole: true, unit: '' },
  goodPrice: { label: 'Preis dafür', min: 0, max: 10000, minIncluded: false, whole: false, unit: ' €' },
};

/** Days in a year for the yearly cost; a month is a twelfth of that year. */
export const DAYS_PER_YEAR = 365;
export const DAYS_PER_WEEK = 7;

/**
 * A number as a German pupil types it: "8,50", "8.50", " 10 ", "1.234,50", "8,50 €". A lone dot is read as a
 * decimal point (phones and English keyboards type one), a dot beside a comma as a thousands separator.
 */
export function parseGermanNumber(text: string): Parsed {
  let cleaned = text.replace(/[\s\u00a0]/g, '').replace(/€$/, '');
  if (cleaned === '') return { ok: false, problem: 'Hier fehlt noch eine Zahl.' };
  if (cleaned.startsWith('-') || cleaned.startsWith('−')) return { ok: false, problem: 'Bitte keine Minuszahl eintragen.' };
  if (cleaned.includes(',')) cleaned = cleaned.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
  if (!/^(\d+\.?\d*|\.\d+)$/.test(cleaned)) return { ok: false, problem: 'Bitte nur eine Zahl eintragen, ohne Buchstaben.' };
  const value = Number(cleaned);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'Diese Zahl ist zu groß.' };
}

/** One field's input, parsed and checked against its bounds. */
export function parseField(field: CostField, text: string): Parsed {
  const { label, min, max, minIncluded, whole, unit } = FIELDS[field];
  const parsed = parseGermanNumber(text);
  if (!parsed.ok) return { ok: false, problem: `${label}: ${parsed.problem}` };
  const { value } = parsed;
  if (minIncluded ? value < min : value <= min) return { ok: false, problem: `${label}: Bitte eine Zahl größer als ${formatNumber(min)} eintragen.` };
  if (value > max) return { ok: false, problem: `${label}: Das ist sehr viel. Bitte höchstens ${formatNumber(max)}${unit} eintragen.` };
  if (whole && !Number.isInteger(value)) return { ok: false, problem: `${label}: Bitte eine ganze Zahl eintragen, zum Beispiel 20.` };
  return parsed;
}

/** What the pupil's choice costs, in whole cents, and how many of the chosen good the year's money buys. */
export interface CostResult {
  weekCents: number;
  monthCents: number;
  yearCents: number;
  goodsPerYear: number;
}

export type CostOutcome = { ok: true; result: CostResult } | { ok: false; problems: Partial<Record<CostField, string>> };

/** Whole cents of a price in euro. */
const toCents = (euro: number) => Math.round(euro * 100);

/**
 * The cost per week (7 days), year (365 days) and month (the year ÷ 12), each rounded to the cent from the exact
 * daily cost; and the goods the year buys, whole items only (rounded down).
 */
export function computeCost(numbers: { cigarettesPerDay: number; packPrice: number; cigarettesPerPack: number; goodPrice: number }): CostResult {
  const dayCents = (numbers.cigarettesPerDay * toCents(numbers.packPrice)) / numbers.cigarettesPerPack;
  const yearCents = Math.round(dayCents * DAYS_PER_YEAR);
  return {
    weekCents: Math.round(dayCents * DAYS_PER_WEEK),
    monthCents: Math.round((dayCents * DAYS_PER_YEAR) / 12),
    yearCents,
    goodsPerYear: Math.floor(yearCents / toCents(numbers.goodPrice)),
  };
}

/** The pupil's typed input, checked field by field, then computed. */
export function calculateCost(input: CostInput): CostOutcome {
  const problems: Partial<Record<CostField, string>> = {};
  const numbers = {} as Record<CostField, number>;
  for (const field of Object.keys(FIELDS) as CostField[]) {
    const parsed = parseField(field, input[field]);
    if (parsed.ok) numbers[field] = parsed.value;
    else problems[field] = parsed.problem;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, result: computeCost(numbers) };
}

/** "1.234,50 €" (with a no-break space before the euro sign, as Intl writes it). */
export function formatEuro(cents: number): string {
  return formatEuroCents(cents);
}

/** "8,50": an example price as the calculator's input field first shows it. */
export function formatPriceInput(euro: number): string {
  return formatGermanNumber(euro, { minFractionDigits: 2, maxFractionDigits: 2, grouping: false });
}

/** "1.234" or "2,5": a count or an amount without a unit. */
export function formatNumber(value: number): string {
  return formatGermanNumber(value);
}

/** "44 Konzertkarten", "1 Konzertkarte", "0 Konzertkarten" (a number, so no article to decline). */
export function formatGoods(count: number, good: { name: string; plural: string }): string {
  return `${formatNumber(count)} ${count === 1 ? good.name : good.plural}`;
}
