/**
 * SCORM 1.2's CMITimespan for `cmi.core.session_time`: HHHH:MM:SS.SS, hours with two to four digits and
 * seconds with at most two decimals (SCORM 1.2 Run-Time Environment, 3.4.2 data types).
 */

const MAX_MS = (9999 * 3600 + 59 * 60 + 59.99) * 1000;

export function scormTimespan(milliseconds: number): string {
  const ms = Number.isFinite(milliseconds) ? Math.min(Math.max(0, milliseconds), MAX_MS) : 0;
  const centiseconds = Math.floor(ms / 10);
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  const seconds = (centiseconds % 6_000) / 100;
  const [whole, fraction = '00'] = seconds.toFixed(2).split('.');
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}:${whole!.padStart(2, '0')}.${fraction}`;
}
