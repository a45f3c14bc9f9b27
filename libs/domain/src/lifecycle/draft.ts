import type { ProgrammePhase } from '../programme';
import type { RuleId } from '../rule-ids';
import { haltClock, newClock } from './clocks';
import { declaredDayStart, pastPhaseName } from './past-phases';
import { refuse } from './refusal';
import {
  ESCALATION_LEVEL_NAMES,
  ESCALATION_RECIPIENTS,
  type Action,
  type Actor,
  type Escalation,
  type EscalationKind,
  type EscalationLevel,
  type PhaseStay,
  type ProgrammeState,
  type RiskFlag,
  type StepKey,
} from './types';

// Changes to a draft state shared by the step handlers, the time engine and the training track.
// Their order inside a step is part of the state (ids, timeline): committed histories replay on it.

export const SYSTEM: Actor = { role: 'SYSTEM' };
const MAX_TIMELINE = 1000;

export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
export const iso = (ms: number): string => new Date(ms).toISOString();

export function record(d: ProgrammeState, nowMs: number, by: Actor, event: string, summary: string): void {
  d.timeline.push({ at: iso(nowMs), by, event, summary });
  if (d.timeline.length > MAX_TIMELINE) d.timeline.splice(0, d.timeline.length - MAX_TIMELINE);
}

export function touch(d: ProgrammeState, nowMs: number): void {
  d.version += 1;
  d.updatedAt = iso(nowMs);
}

export function raise(
  d: ProgrammeState,
  e: {
    level: EscalationLevel;
    kind: EscalationKind;
    step: StepKey;
    ruleId?: RuleId;
    message: string;
    dueAtMs: number;
    nowMs: number;
  },
): Escalation {
  const escalation: Escalation = {
    id: `${d.programmeId}/escalation-${d.nextId++}`,
    level: e.level,
    levelName: ESCALATION_LEVEL_NAMES[e.level],
    recipient: ESCALATION_RECIPIENTS[e.level],
    kind: e.kind,
    step: e.step,
    message: e.message,
    dueAt: iso(e.dueAtMs),
    raisedAt: iso(e.nowMs),
    status: 'OPEN',
    acknowledgements: [],
    delivery: { status: 'PENDING', attempts: 0 },
  };
  if (e.ruleId) escalation.ruleId = e.ruleId;
  d.escalations.push(escalation);
  record(d, e.nowMs, SYSTEM, 'escalationRaised', `${escalation.levelName} (niveau ${e.level}): ${e.message}`);
  return escalation;
}

// progress clocks ------------------------------------------------------------------------------

export function startClock(d: ProgrammeState, step: StepKey, nowMs: number): void {
  d.clocks = d.clocks.filter((c) => c.step !== step);
  d.clocks.push(newClock(step, d.status === 'ACTIVE' ? iso(nowMs) : null));
}

export function stopClock(d: ProgrammeState, step: StepKey): void {
  d.clocks = d.clocks.filter((c) => c.step !== step);
}

/** Progress on a step: its clock starts over and its open escalations are resolved. */
export function progress(d: ProgrammeState, step: StepKey, nowMs: number, why: string): void {
  if (d.clocks.some((c) => c.step === step)) startClock(d, step, nowMs);
  resolveEscalations(d, (e) => e.step === step, nowMs, `Opgelost door voortgang: ${why}`);
}

export function resolveEscalations(
  d: ProgrammeState,
  which: (e: Escalation) => boolean,
  nowMs: number,
  resolution: string,
): void {
  for (const e of d.escalations) {
    if (e.status !== 'RESOLVED' && which(e)) {
      e.status = 'RESOLVED';
      e.resolvedAt = iso(nowMs);
      e.resolution = resolution;
    }
  }
}

/**
 * Moves on to `phase` and answers the instant the new phase's own stall clock starts. Normally
 * now. When the phase being left has a declared end (`pastPhases`, registration of a programme
 * that ran before Olievlek), the move is dated back to 00:00 Amsterdam of that day; and when the
 * new phase is the one the programme really is in (no declared end of its own), its clock runs
 * from that day too, so a programme really in AGENDA since March is stalled now
 * (docs/rules.md "Programmes that began before Olievlek"). Callers decide which clocks follow it.
 */
export function enterPhase(d: ProgrammeState, phase: ProgrammePhase, nowMs: number): number {
  const declared = d.pastPhases?.find((p) => p.phase === d.phase);
  const atMs = declared ? Math.min(nowMs, declaredDayStart(declared.endedOn)) : nowMs;
  const history = phaseStays(d);
  history[history.length - 1]!.leftAt = iso(atMs);
  history.push({ phase, enteredAt: iso(atMs) });
  if (declared) {
    record(
      d,
      nowMs,
      SYSTEM,
      'phaseDatedBack',
      `Volgens de opgave bij registratie eindigde de fase ${pastPhaseName(declared.phase)} op ${declared.endedOn}; de fase ${pastPhaseName(phase)} begon toen.`,
    );
  }
  d.phaseHistory = history;
  d.phase = phase;
  d.phaseEnteredAt = iso(atMs);
  const reallyHere = !d.pastPhases?.some((p) => p.phase === phase);
  return declared && reallyHere ? atMs : nowMs;
}

/**
 * The programme's phases, oldest first. States recorded before the history existed know only
 * their current phase and when it began; earlier stays are unknown and left out.
 */
export function phaseStays(state: ProgrammeState): PhaseStay[] {
  return state.phaseHistory
    ? state.phaseHistory.map((s) => ({ ...s }))
    : [{ phase: state.phase, enteredAt: state.phaseEnteredAt }];
}

export function pause(d: ProgrammeState, nowMs: number, reason: string, by: Actor): void {
  d.status = 'PAUSED';
  d.pause = { since: iso(nowMs), reason, by };
  for (const clock of d.clocks) haltClock(clock, nowMs);
}

export function endProgramme(d: ProgrammeState, nowMs: number, why: string): void {
  d.clocks = [];
  delete d.pause;
  resolveEscalations(d, () => true, nowMs, why);
}

export function refreshRiskFlags(d: ProgrammeState): void {
  const flags: RiskFlag[] = [];
  if (d.commitment.projectLead?.kind === 'EXTERNAL') flags.push('EXTERNAL_LEAD');
  if (!d.commitment.projectLead && d.commitment.pastProjectLeads.length > 0) flags.push('LEAD_DEPARTED');
  if (d.training && d.training.missedYears.length > 0 && d.training.stage !== 'CALENDAR_FIXED')
    flags.push('SCHOOL_YEAR_MISSED');
  // R1.6: until the (new) administrative lead re-confirms the commitment.
  if (d.commitment.recommitment) flags.push('RECOMMITMENT_DUE');
  d.riskFlags = flags;
}

export function findAction(d: ProgrammeState, id: string): Action {
  const action = d.agenda.actions.find((a) => a.id === id);
  if (!action) refuse('UNKNOWN_REFERENCE', `Er is geen actie met id '${id}'.`, { actionId: id });
  return action;
}
