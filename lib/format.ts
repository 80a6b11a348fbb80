/** German display formats, shared by server and client. */

const dateTime = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
const date = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' });
const points = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });

export function formatDateTime(iso: string): string {
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? iso : dateTime.format(value);
}

export function formatDate(iso: string): string {
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? iso : date.format(value);
}

export function formatPoints(value: number): string {
  return points.format(value);
}

/** "1 Punkt", "2,5 Punkte" */
export function pointsLabel(value: number): string {
  return `${formatPoints(value)} ${value === 1 ? 'Punkt' : 'Punkte'}`;
}
