import { amsterdamDate, isValidIsoDate, startOfAmsterdamDay } from '../calendar';
import { isPossibleElectionDay } from '../calendar/elections.data';
import { parseMunicipalityCode } from '../municipality';
import { newClock } from './clocks';
import type { Command } from './commands';
import { clone, iso, record, SYSTEM, touch } from './draft';
import { checkPastPhases, type PastPhase } from './past-phases';
import { Refusal } from './refusal';
import { applySettings, checkSettingsPolicy, DEFAULT_SETTINGS, type SettingsOverride } from './settings';
import { summarise, takeStep } from './steps';
import type { StepOptions } from './steps/step';
import { fireDueEvents } from './time-engine';
import type { Actor, EscalationLevel, ProgrammeState } from './types';
import { violation, type Violation } from './violation';

// The lifecycle's entry points. Each step is a handler in steps/ (one registry), time is the time
// engine's (time-engine.ts), delivery the outbox's (outbox.ts); rules are cited from docs/rules.md.

export { phaseStays } from './draft';
export { recordDeliveryAttempt, recordNoChannel, undeliveredEscalations } from './outbox';
export { advanceTime, nextWakeAt } from './time-engine';

export type { StepOptions } from './steps/step';
export { checkPastPhases, DECLARABLE_PHASES } from './past-phases';
export type { DeclarablePhase, PastPhase, PastPhasesProblem } from './past-phases';

export type Outcome = { ok: true; value: ProgrammeState } | { ok: false; error: Violation };

export interface NewProgrammeInput {
  programmeId: string;
  municipalityCode: string;
  sequence: number;
  province?: string;
  schoolHolidayRegion?: 'noord' | 'midden' | 'zuid';
  settings?: SettingsOverride;
  /**
   * Who starts the programme. When given, `settings` beyond the national bounds are refused unless
   * a kwartiermaker starts it (`checkSettingsPolicy`); programmes started without it keep their settings.
   */
  startedBy?: Actor;
  /**
   * `YYYY-MM-DD`: the day the programme really began, when it ran before it was registered in
   * Olievlek (the pioneers began in 2015). Counts for the spread curve; its clocks start now.
   */
  startedOn?: string;
  /**
   * Only with `startedOn`: the days the programme's past phases ended, COMMITMENT first, in order
   * (`checkPastPhases`). Its steps are then taken as usual; each completing step dates the move back.
   */
  pastPhases?: PastPhase[];
  /**
   * C1: member municipalities when a collective runs the programme (`municipalityCode` is the
   * lead, penvoerder). Whether they run another programme is checked by the API against the read model.
   */
  members?: string[];
  /**
   * R1.6: the next (provisional) municipal election day, when configured (`OLIEVLEK_NEXT_ELECTION_DAY`);
   * kept in the programme's state so its election check never moves on replay. Default: elections.data.ts.
   */
  nextElectionDay?: string;
}

/** Rules a running workflow switches on by `patched()` when it starts (see `StepOptions`). */
export interface StartOptions {
  /**
   * A programme that began before Olievlek entered COMMITMENT on its `startedOn` day, and its
   * declared `pastPhases` are kept; default true. Off, both are as before past phase dates existed.
   */
  pastPhaseDates?: boolean;
}

/** The first day a programme can have begun: the pioneer collectives started in 2015. */
export const EARLIEST_START = '2015-01-01';

/** Why `startedOn` cannot be a programme's real start day, or undefined when it can. */
export function checkStartedOn(startedOn: string, nowMs: number): Violation | undefined {
  const today = amsterdamDate(nowMs);
  if (isValidIsoDate(startedOn) && startedOn >= EARLIEST_START && startedOn <= today) return undefined;
  return violation(
    'INVALID_INPUT',
    `De startdatum moet een datum als 2015-03-01 zijn, tussen ${EARLIEST_START} en vandaag (${today}).`,
    { startedOn },
  );
}

/** C1: the members a collective starts with: well-formed codes, each once, none the lead. */
export function checkMembersAtStart(lead: string, members: readonly string[]): Violation | undefined {
  const seen = new Set<string>();
  for (const raw of members) {
    const code = parseMunicipalityCode(String(raw));
    if (!code.ok)
      return violation('INVALID_INPUT', `'${String(raw)}' is geen gemeentecode zoals GM0363.`, {
        municipalityCode: raw,
      });
    if (code.value === lead)
      return violation('C1', 'De penvoerder is zelf geen deelnemende gemeente van het eigen collectief.', {
        municipalityCode: code.value,
      });
    if (seen.has(code.value))
      return violation('C1', `${code.value} staat twee keer in het collectief.`, { municipalityCode: code.value });
    seen.add(code.value);
  }
  return undefined;
}

/** A new programme in COMMITMENT with its progress clock running (docs/rules.md "The programme lifecycle"). */
export function startProgramme(input: NewProgrammeInput, nowMs: number, options: StartOptions = {}): Outcome {
  const { pastPhaseDates = true } = options;
  const settings = applySettings(DEFAULT_SETTINGS, input.settings);
  if (!settings.ok) return settings;
  const beyond = input.startedBy && checkSettingsPolicy(DEFAULT_SETTINGS, settings.value, input.startedBy.role);
  if (beyond) return { ok: false, error: beyond };
  const now = iso(nowMs);
  let startedAt = now;
  if (input.startedOn !== undefined) {
    const wrong = checkStartedOn(input.startedOn, nowMs);
    if (wrong) return { ok: false, error: wrong };
    startedAt = iso(startOfAmsterdamDay(input.startedOn));
  }
  if (input.nextElectionDay !== undefined && !isPossibleElectionDay(input.nextElectionDay)) {
    return {
      ok: false,
      error: violation('INVALID_INPUT', 'De volgende verkiezingsdag moet een woensdag in maart na 2026 zijn.', {
        nextElectionDay: input.nextElectionDay,
      }),
    };
  }
  const pastPhases = pastPhaseDates ? (input.pastPhases ?? []) : [];
  const wrongPast = checkPastPhases(pastPhases, input.startedOn, nowMs);
  if (wrongPast) return { ok: false, error: wrongPast };
  const wrongMembers = checkMembersAtStart(input.municipalityCode, input.members ?? []);
  if (wrongMembers) return { ok: false, error: wrongMembers };
  // The real day it entered COMMITMENT, for the phase history; its stall clock starts at registration.
  const enteredAt = pastPhaseDates ? startedAt : now;
  const state: ProgrammeState = {
    programmeId: input.programmeId,
    municipalityCode: input.municipalityCode,
    sequence: input.sequence,
    phase: 'COMMITMENT',
    status: 'ACTIVE',
    startedAt,
    updatedAt: now,
    version: 1,
    settings: settings.value,
    phaseEnteredAt: enteredAt,
    phaseHistory: [{ phase: 'COMMITMENT', enteredAt }],
    commitment: { partners: [], pastProjectLeads: [], recommendations: {} },
    agenda: { bottlenecks: [], themes: [], actions: [], support: [] },
    riskFlags: [],
    clocks: [newClock('COMMITMENT', now)],
    escalations: [],
    indicators: [],
    timeline: [{ at: now, by: SYSTEM, event: 'programmeStarted', summary: 'Programma gestart in de fase Commitment.' }],
    nextId: 1,
  };
  if (input.startedOn !== undefined) {
    state.registeredAt = now;
    state.timeline[0]!.summary = `Programma geregistreerd in de fase Commitment; het begon op ${input.startedOn}.`;
  }
  if (pastPhases.length > 0) state.pastPhases = pastPhases.map((p) => ({ phase: p.phase, endedOn: p.endedOn }));
  if (input.members?.length) {
    // C1: the members that start with the collective joined on the day it began.
    state.collectiveMembers = input.members.map((code) => ({
      municipalityCode: code.trim().toUpperCase(),
      joinedAt: startedAt,
    }));
  }
  if (input.nextElectionDay !== undefined) state.nextElectionDay = input.nextElectionDay;
  if (input.province) state.province = input.province;
  if (input.schoolHolidayRegion) state.schoolHolidayRegion = input.schoolHolidayRegion;
  return { ok: true, value: state };
}

/**
 * Takes one human step: time is first brought up to `nowMs` (deadlines that passed fire, in
 * order), then the step is checked against its rules and applied. A refused step changes nothing.
 * `options` switch off rules a running programme's history predates (the workflow's patches).
 */
export function decide(state: ProgrammeState, command: Command, nowMs: number, options: StepOptions = {}): Outcome {
  const draft = clone(state);
  // The time rules in force (R1.6's election check) apply to the time a step brings up too.
  fireDueEvents(draft, nowMs, options);
  try {
    takeStep(draft, command, nowMs, options);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.violation };
    throw error;
  }
  record(draft, nowMs, command.actor, command.type, summarise(command));
  fireDueEvents(draft, nowMs, options);
  touch(draft, nowMs);
  return { ok: true, value: draft };
}

/** Highest level among unresolved escalations (0 when none is open). */
export function openEscalationLevel(state: ProgrammeState): 0 | EscalationLevel {
  let level: 0 | EscalationLevel = 0;
  for (const e of state.escalations) if (e.status !== 'RESOLVED' && e.level > level) level = e.level;
  return level;
}
