import { WEEK_MS } from '../calendar';
import type { EscalationLevel, ProgrammeSettings, StallClock, StepKey } from './types';

/**
 * R4.5: weeks until "record the successor instrument" reaches level 1. National policy, like the
 * EMBEDDING default (8); the next levels follow the programme's escalation interval (+4, +4 by default).
 */
export const SUCCESSOR_INSTRUMENT_THRESHOLD_WEEKS = 8;

/** R1.6: weeks the (new) administrative lead has to re-confirm the commitment (then the usual ladder). */
export const RECOMMITMENT_WEEKS = 12;

/** Stall threshold of a step in weeks; the training track has none (its dates are fixed, R3.1). */
export function thresholdWeeks(settings: ProgrammeSettings, step: StepKey): number | undefined {
  if (step.startsWith('ACTION:')) return settings.stallThresholdWeeks.EXECUTION;
  if (step.startsWith('SUCCESSOR:')) return SUCCESSOR_INSTRUMENT_THRESHOLD_WEEKS;
  switch (step) {
    case 'COMMITMENT':
    case 'AGENDA':
    case 'EMBEDDING':
    case 'CONTINUATION':
      return settings.stallThresholdWeeks[step];
    case 'RECOMMITMENT':
      return RECOMMITMENT_WEEKS;
    default:
      return undefined;
  }
}

/** Elapsed unpaused time on a clock at `nowMs`. */
export function elapsedMs(clock: StallClock, nowMs: number): number {
  return clock.accruedMs + (clock.runningSince === null ? 0 : Math.max(0, nowMs - Date.parse(clock.runningSince)));
}

/**
 * The instant the clock's next ladder level is due, or undefined when it is stopped or all three
 * levels fired. Level 1 at the threshold (+ extensions), each next level one interval later.
 */
export function nextLevelDue(
  clock: StallClock,
  settings: ProgrammeSettings,
): { level: EscalationLevel; atMs: number } | undefined {
  if (clock.runningSince === null || clock.firedLevel >= 3) return undefined;
  const weeks = thresholdWeeks(settings, clock.step);
  if (weeks === undefined) return undefined;
  const level = (clock.firedLevel + 1) as EscalationLevel;
  const targetMs = (weeks + clock.extensionWeeks + (level - 1) * settings.escalationIntervalWeeks) * WEEK_MS;
  return { level, atMs: Date.parse(clock.runningSince) + (targetMs - clock.accruedMs) };
}

export function newClock(step: StepKey, nowIso: string | null): StallClock {
  return { step, accruedMs: 0, runningSince: nowIso, extensionWeeks: 0, firedLevel: 0 };
}

/** Stops the clock, keeping the time it ran (a pause). */
export function haltClock(clock: StallClock, nowMs: number): void {
  clock.accruedMs = elapsedMs(clock, nowMs);
  clock.runningSince = null;
}

/** Continues a halted clock with the time that was left. */
export function resumeClock(clock: StallClock, nowIso: string): void {
  if (clock.runningSince === null) clock.runningSince = nowIso;
}
