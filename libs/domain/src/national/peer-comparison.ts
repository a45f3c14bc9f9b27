import { PROGRAMME_PHASES, type ProgrammePhase, type ProgrammeStatus } from '../programme';

// Peer comparison (docs/rules.md "Peer comparison", DOMAIN.md Part 2 "Peer comparison (national
// view)"): a running programme's time in its current phase against the completed stays in that
// phase of all programmes. A signal for kwartiermakers, not an escalation: nothing is raised.

const DAY_MS = 24 * 60 * 60 * 1000;

/** Fewer completed stays in the phase than this, and no programme is flagged: too few peers to compare with. */
export const PEER_COMPARISON_MIN_STAYS = 5;

/** Flagged when the percentile (as shown, one decimal) is strictly above this: "slower than 80 % of peers". */
export const PEER_COMPARISON_THRESHOLD = 80;

/** Phases a stay can be completed in (CLOSED is never left, so it has no peers). */
export const COMPARED_PHASES: readonly ProgrammePhase[] = PROGRAMME_PHASES.filter((p) => p !== 'CLOSED');

/** Running programmes are compared: ACTIVE and PAUSED (time in phase counts pauses, as the medians do). */
export const COMPARED_STATUSES: readonly ProgrammeStatus[] = ['ACTIVE', 'PAUSED'];

export interface PeerComparison {
  /** Calendar days in the current phase so far (fractional, pauses included). */
  daysInPhase: number;
  /**
   * Share of completed stays in the phase shorter than this programme's time in it, in percent,
   * a tie counting half; rounded to one decimal. Null when no stay in the phase has completed yet.
   */
  percentile: number | null;
  /** True when at least PEER_COMPARISON_MIN_STAYS stays completed and percentile > PEER_COMPARISON_THRESHOLD. */
  slowerThanPeers: boolean;
  /** Completed stays in the phase: the peers compared with. */
  completedStays: number;
}

/** Days between two instants (ISO 8601 or ms), fractional. */
export function daysBetween(from: string | number, to: string | number): number {
  const a = typeof from === 'number' ? from : Date.parse(from);
  const b = typeof to === 'number' ? to : Date.parse(to);
  return (b - a) / DAY_MS;
}

/** Index of the first element of the ascending `sorted` not below `value` (`strict`: above `value`). */
function bound(sorted: readonly number[], value: number, strict: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = sorted[mid]!;
    if (strict ? x <= value : x < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Compares `daysInPhase` with the completed stays' lengths in days, sorted ascending (the read
 * model reads them off its index on (phase, days) in that order). Ties count half (mid-rank), so a
 * programme exactly as slow as every peer sits at 50 %, not 0 % or 100 %.
 */
export function comparePeers(daysInPhase: number, completedSorted: readonly number[]): PeerComparison {
  const n = completedSorted.length;
  if (n === 0) return { daysInPhase, percentile: null, slowerThanPeers: false, completedStays: 0 };
  const shorter = bound(completedSorted, daysInPhase, false);
  const equal = bound(completedSorted, daysInPhase, true) - shorter;
  return fromCounts(daysInPhase, n, shorter, equal);
}

/** The same comparison from counts the database made: `shorter` stays below, `equal` stays tied. */
export function fromCounts(daysInPhase: number, completed: number, shorter: number, equal: number): PeerComparison {
  if (completed === 0) return { daysInPhase, percentile: null, slowerThanPeers: false, completedStays: 0 };
  const percentile = Math.round(((shorter + equal / 2) / completed) * 1000) / 10;
  return {
    daysInPhase,
    percentile,
    slowerThanPeers: completed >= PEER_COMPARISON_MIN_STAYS && percentile > PEER_COMPARISON_THRESHOLD,
    completedStays: completed,
  };
}

/** The list's order: highest percentile first, then longest in phase, then id (stable across pages). */
export function bySlowest<T extends { programmeId: string; comparison: PeerComparison }>(a: T, b: T): number {
  return (
    (b.comparison.percentile ?? -1) - (a.comparison.percentile ?? -1) ||
    b.comparison.daysInPhase - a.comparison.daysInPhase ||
    (a.programmeId < b.programmeId ? -1 : a.programmeId > b.programmeId ? 1 : 0)
  );
}
