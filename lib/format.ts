/** German display formats, shared by server and client. */

// Made on first use: the first Intl.DateTimeFormat of a page loads the locale's data (about 50 ms on a slow
// tablet), and most pages show no date at all.
let dateTime: Intl.DateTimeFormat | undefined;
let date: Intl.DateTimeFormat | undefined;

export function formatDateTime(iso: string): string {
  const value = new Date(iso);
  if (Number.isNaN(value.getTime())) return iso;
  dateTime ??= new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
  return dateTime.format(value);
}

export function formatDate(iso: string): string {
  const value = new Date(iso);
  if (Number.isNaN(value.getTime())) return iso;
  date ??= new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' });
  return date.format(value);
}

/**
 * A number the German way without Intl: "1.234", "2,5", "8,50". Intl.NumberFormat gives the same text, but the
 * first Intl object of a page loads the locale's data, which costs a slow tablet about 50 ms of a blocked page.
 * Rounds to `maxFractionDigits` (half away from zero) and pads to `minFractionDigits`.
 */
export function formatGermanNumber(
  value: number,
  { minFractionDigits = 0, maxFractionDigits = 2, grouping = true }: { minFractionDigits?: number; maxFractionDigits?: number; grouping?: boolean } = {},
): string {
  if (!Number.isFinite(value)) return String(value);
  const scale = 10 ** maxFractionDigits;
  // toPrecision first, so that 1.005 (stored as 1.00499…) rounds like the decimal a person reads.
  const scaled = Math.round(Number((Math.abs(value) * scale).toPrecision(15)));
  const whole = Math.floor(scaled / scale);
  let fraction = String(scaled % scale).padStart(maxFractionDigits, '0');
  while (fraction.length > minFractionDigits && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const digits = String(whole);
  const grouped = grouping ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : digits;
  const sign = value < 0 && scaled > 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A figure in a quiz ("3,5", "1.200"): up to three decimals, as toLocaleString('de-DE') writes it. */
export const formatFigure = (value: number): string => formatGermanNumber(value, { maxFractionDigits: 3 });

/** "1.234,50 €" from whole cents, with a no-break space before the euro sign, as Intl writes it. */
export function formatEuroCents(cents: number): string {
  return `${formatGermanNumber(cents / 100, { minFractionDigits: 2, maxFractionDigits: 2 })}\u00a0€`;
}
