import type { Phase } from './schema';

export interface TimedPhase {
  phase: Phase;
  /** Minutes since the start of the lesson. */
  start: number;
  end: number;
}

/** The lesson's phases with when each starts and ends ("0–6 min", "6–20 min", …). */
export function timedPhases(phases: readonly Phase[]): TimedPhase[] {
  let start = 0;
  return phases.map((phase) => {
    const timed = { phase, start, end: start + phase.minutes };
    start = timed.end;
    return timed;
  });
}
