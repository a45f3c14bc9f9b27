import { startOfAmsterdamDay, WEEK_MS } from '../calendar';
import { electionDays } from '../calendar/elections.data';
import { RECOMMITMENT_WEEKS } from './clocks';
import { iso, record, refreshRiskFlags, resolveEscalations, startClock, stopClock, SYSTEM } from './draft';
import type { ProgrammeState, RecommitmentReason } from './types';

// R1.6 The political cycle (docs/rules.md "The political cycle"): a new administrative lead, in any
// phase, re-confirms the commitment within 12 weeks; until then the programme carries
// RECOMMITMENT_DUE and the RECOMMITMENT clock climbs the usual ladder (level 1 at 12 weeks, each
// next level one escalation interval later: 4 weeks by default). After an election day, a programme
// past COMMITMENT whose lead is neither re-designated nor re-confirmed within 16 weeks gets the same
// step, its 12 weeks counted from election day + 16 weeks. Re-commitment resets nothing else.

export { RECOMMITMENT_WEEKS };
/** R1.6: weeks after an election day for a re-designation or re-confirmation. */
export const ELECTION_GRACE_WEEKS = 16;

/** The last instant the administrative lead's mandate was (re)established: designation or (re-)confirmation. */
export function mandateSinceMs(state: ProgrammeState): number | undefined {
  const c = state.commitment;
  if (!c.administrativeLead) return undefined;
  const times = [c.administrativeLead.designatedAt, c.confirmedAt, c.reconfirmedAt]
    .filter((t): t is string => t !== undefined)
    .map((t) => Date.parse(t));
  return Math.max(...times);
}

/**
 * The first election day after the lead's mandate, with the instant its 16 weeks end, for a
 * programme past COMMITMENT with no re-commitment open; undefined otherwise. A programme still in
 * COMMITMENT is not asked: its lead confirms (R1.1) after the election anyway.
 */
export function pendingElectionCheck(state: ProgrammeState): { electionDay: string; atMs: number } | undefined {
  if (state.phase === 'COMMITMENT' || state.commitment.recommitment) return undefined;
  const since = mandateSinceMs(state);
  if (since === undefined) return undefined;
  for (const day of electionDays(state.nextElectionDay)) {
    const electionMs = startOfAmsterdamDay(day.date);
    if (electionMs > since) return { electionDay: day.date, atMs: electionMs + ELECTION_GRACE_WEEKS * WEEK_MS };
  }
  return undefined;
}

/**
 * The most recent election day on or before `nowMs` that the lead's mandate predates: after it the
 * lead may re-confirm of their own accord (the other way to meet R1.6's 16 weeks).
 */
export function electionSinceMandate(state: ProgrammeState, nowMs: number): string | undefined {
  const since = mandateSinceMs(state);
  if (since === undefined) return undefined;
  let latest: string | undefined;
  for (const day of electionDays(state.nextElectionDay)) {
    const ms = startOfAmsterdamDay(day.date);
    if (ms > since && ms <= nowMs) latest = day.date;
  }
  return latest;
}

/** R1.6: opens the re-commitment: flag, and the RECOMMITMENT clock from `sinceMs`. */
export function openRecommitment(
  d: ProgrammeState,
  reason: RecommitmentReason,
  sinceMs: number,
  electionDay?: string,
): void {
  resolveEscalations(d, (e) => e.step === 'RECOMMITMENT', sinceMs, 'Nieuwe termijn voor het opnieuw bevestigen');
  d.commitment.recommitment = { reason, since: iso(sinceMs), ...(electionDay ? { electionDay } : {}) };
  startClock(d, 'RECOMMITMENT', sinceMs);
  refreshRiskFlags(d);
}

/** R1.6: the re-confirmation closes the re-commitment and nothing else (phase, agenda, embeddings stay). */
export function closeRecommitment(d: ProgrammeState, nowMs: number): void {
  d.commitment.reconfirmedAt = iso(nowMs);
  delete d.commitment.recommitment;
  stopClock(d, 'RECOMMITMENT');
  resolveEscalations(d, (e) => e.step === 'RECOMMITMENT', nowMs, 'Commitment opnieuw bevestigd (R1.6)');
  refreshRiskFlags(d);
}

/** R1.6: an election check found later than this after its instant counts from when it was found. */
export const LATE_NOTICE_MS = 24 * 60 * 60 * 1000;

/**
 * The time engine's R1.6 election event: 16 weeks after election day without a new mandate. Found
 * late (`fromNotice`, over LATE_NOTICE_MS after its instant: R1.6 reached a programme already
 * running, months after the 2026 elections), the 12 weeks run from when it was found. Where the
 * rules are silent we chose so: a programme team is not escalated for weeks nobody told them about.
 */
export function fireElectionCheck(
  d: ProgrammeState,
  electionDay: string,
  atMs: number,
  nowMs: number,
  fromNotice = true,
): void {
  const late = fromNotice && nowMs - atMs > LATE_NOTICE_MS;
  openRecommitment(d, 'ELECTION', late ? nowMs : atMs, electionDay);
  record(
    d,
    nowMs,
    SYSTEM,
    'recommitmentDue',
    `R1.6: ${ELECTION_GRACE_WEEKS} weken na de gemeenteraadsverkiezingen van ${electionDay} is de bestuurlijk trekker niet opnieuw aangewezen of bevestigd; het commitment moet binnen ${RECOMMITMENT_WEEKS} weken${late ? ' vanaf vandaag' : ''} opnieuw worden bevestigd.`,
  );
}
