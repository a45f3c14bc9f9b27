import {
  amsterdamDate,
  isValidIsoDate,
  isWithinSchoolYear,
  schoolYear,
  startOfAmsterdamDay,
  trainingDeadlines,
  trainingTargetYear,
} from '../calendar';
import { isPracticeId } from '../national';
import { PHASE_NAMES_NL, type ProgrammePhase } from '../programme';
import type { RuleId } from '../rule-ids';
import { haltClock, newClock, nextLevelDue, resumeClock } from './clocks';
import type { Command, CommandInput, CommandType } from './commands';
import {
  checkActionsCoverThemes,
  checkAdministrativeLead,
  checkAllEmbedded,
  checkBottlenecks,
  checkEmbeddingOwner,
  checkPartnerDomains,
  checkProjectLead,
  checkSupport,
  checkThemeCanBeAdded,
  checkThemeCount,
  hasFullSupport,
  normalise,
  type RuleResult,
} from './rules';
import { applySettings, DEFAULT_SETTINGS, type SettingsOverride } from './settings';
import {
  ACTION_STATUSES,
  ESCALATION_LEVEL_NAMES,
  ESCALATION_RECIPIENTS,
  PARTNER_DOMAINS,
  POLICY_INSTRUMENT_KINDS,
  PROJECT_LEAD_KINDS,
  RECOMMENDATIONS,
  SUPPORT_LEVELS,
  THEMES,
  type Action,
  type Actor,
  type Escalation,
  type EscalationKind,
  type PhaseStay,
  type EscalationLevel,
  type ProgrammeState,
  type RiskFlag,
  type StepKey,
  type TrainingTrack,
} from './types';
import { violation, type Violation } from './violation';

export type Outcome = { ok: true; value: ProgrammeState } | { ok: false; error: Violation };

const SYSTEM: Actor = { role: 'SYSTEM' };
const MAX_TEXT = 500;
const MAX_NAME = 200;
const MAX_TIMELINE = 1000;

class Refusal extends Error {
  constructor(readonly violation: Violation) {
    super(violation.message);
  }
}
function refuse(ruleId: Violation['ruleId'], message: string, details?: Record<string, unknown>): never {
  throw new Refusal(violation(ruleId, message, details));
}
function must(result: RuleResult): void {
  if (!result.ok) throw new Refusal(result.violation);
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const iso = (ms: number): string => new Date(ms).toISOString();

export interface NewProgrammeInput {
  programmeId: string;
  municipalityCode: string;
  sequence: number;
  province?: string;
  schoolHolidayRegion?: 'noord' | 'midden' | 'zuid';
  settings?: SettingsOverride;
  /**
   * `YYYY-MM-DD`: the day the programme really began, when it ran before it was registered in
   * Olievlek (the pioneers began in 2015). Counts for the spread curve; its clocks start now.
   */
  startedOn?: string;
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

/** A new programme in COMMITMENT with its progress clock running (DOMAIN "The programme lifecycle"). */
export function startProgramme(input: NewProgrammeInput, nowMs: number): Outcome {
  const settings = applySettings(DEFAULT_SETTINGS, input.settings);
  if (!settings.ok) return settings;
  const now = iso(nowMs);
  let startedAt = now;
  if (input.startedOn !== undefined) {
    const wrong = checkStartedOn(input.startedOn, nowMs);
    if (wrong) return { ok: false, error: wrong };
    startedAt = iso(startOfAmsterdamDay(input.startedOn));
  }
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
    phaseEnteredAt: now,
    phaseHistory: [{ phase: 'COMMITMENT', enteredAt: now }],
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
  if (input.province) state.province = input.province;
  if (input.schoolHolidayRegion) state.schoolHolidayRegion = input.schoolHolidayRegion;
  return { ok: true, value: state };
}

/**
 * Takes one human step: time is first brought up to `nowMs` (deadlines that passed fire, in
 * order), then the step is checked against its rules and applied. A refused step changes nothing.
 */
export function decide(state: ProgrammeState, command: Command, nowMs: number): Outcome {
  const draft = clone(state);
  fireDueEvents(draft, nowMs);
  try {
    apply(draft, command, nowMs);
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.violation };
    throw error;
  }
  record(draft, nowMs, command.actor, command.type, summarise(command));
  fireDueEvents(draft, nowMs);
  touch(draft, nowMs);
  return { ok: true, value: draft };
}

/** Brings the programme up to `nowMs`: stall levels and school-year deadlines fire in order. */
export function advanceTime(state: ProgrammeState, nowMs: number): ProgrammeState {
  const draft = clone(state);
  if (fireDueEvents(draft, nowMs) > 0) touch(draft, nowMs);
  else return state;
  return draft;
}

/** The next instant something fires by itself (stall level or school-year deadline). */
export function nextWakeAt(state: ProgrammeState): number | undefined {
  const next = nextEvent(state);
  return next?.atMs;
}

/** Highest level among unresolved escalations (0 when none is open). */
export function openEscalationLevel(state: ProgrammeState): 0 | EscalationLevel {
  let level: 0 | EscalationLevel = 0;
  for (const e of state.escalations) if (e.status !== 'RESOLVED' && e.level > level) level = e.level;
  return level;
}

/** Escalations still to be delivered through the outbox. */
export function undeliveredEscalations(state: ProgrammeState): Escalation[] {
  return state.escalations.filter((e) => e.delivery.status !== 'DELIVERED');
}

/** Records one delivery attempt of an escalation (outbox). */
export function recordDeliveryAttempt(
  state: ProgrammeState,
  escalationId: string,
  attempt: { delivered: boolean; target?: string; error?: string },
  nowMs: number,
): ProgrammeState {
  const draft = clone(state);
  const escalation = draft.escalations.find((e) => e.id === escalationId);
  if (!escalation || escalation.delivery.status === 'DELIVERED') return state;
  const now = iso(nowMs);
  const d = escalation.delivery;
  d.attempts += 1;
  d.lastAttemptAt = now;
  if (attempt.target) d.target = attempt.target;
  if (attempt.delivered) {
    d.status = 'DELIVERED';
    d.deliveredAt = now;
    delete d.lastError;
  } else {
    d.status = 'FAILING';
    d.lastError = (attempt.error ?? 'onbekende fout').slice(0, MAX_TEXT);
  }
  touch(draft, nowMs);
  return draft;
}

// ---------------------------------------------------------------------------------------------
// time

type DueEvent =
  | { kind: 'stall'; atMs: number; step: StepKey; level: EscalationLevel }
  | { kind: 'training'; atMs: number; deadline: 'windowOpens' | 'notStarted' | 'missed' | 'cutoff' };

function nextEvent(state: ProgrammeState): DueEvent | undefined {
  if (state.status !== 'ACTIVE') return undefined;
  let best: DueEvent | undefined;
  for (const clock of state.clocks) {
    const due = nextLevelDue(clock, state.settings);
    if (due && (!best || due.atMs < best.atMs)) best = { kind: 'stall', atMs: due.atMs, step: clock.step, level: due.level };
  }
  const training = state.phase === 'EXECUTION' ? nextTrainingDeadline(state.training, state.settings.calendarCutoff) : undefined;
  if (training && (!best || training.atMs < best.atMs)) best = training;
  return best;
}

function nextTrainingDeadline(track: TrainingTrack | undefined, cutoff: string): DueEvent | undefined {
  if (!track) return undefined;
  // Tracks planned before deadlines were stored compute them as they always did.
  if (!track.deadlines) return nextDeadlineOf(track, trainingDeadlines(track.targetYear, cutoff));
  const stored = track.deadlines;
  return nextDeadlineOf(track, {
    windowOpensAt: Date.parse(stored.windowOpensAt),
    notStartedEscalationAt: Date.parse(stored.notStartedEscalationAt),
    schoolYearMissedAt: Date.parse(stored.schoolYearMissedAt),
    calendarCutoffAt: Date.parse(stored.calendarCutoffAt),
  });
}

function nextDeadlineOf(
  track: TrainingTrack,
  d: { windowOpensAt: number; notStartedEscalationAt: number; schoolYearMissedAt: number; calendarCutoffAt: number },
): DueEvent | undefined {
  switch (track.stage) {
    case 'WAITING_FOR_WINDOW':
      return { kind: 'training', atMs: d.windowOpensAt, deadline: 'windowOpens' };
    case 'WINDOW_OPEN':
      return track.fired.notStarted
        ? { kind: 'training', atMs: d.schoolYearMissedAt, deadline: 'missed' }
        : { kind: 'training', atMs: d.notStartedEscalationAt, deadline: 'notStarted' };
    case 'BOARD_TALKS':
      return { kind: 'training', atMs: d.calendarCutoffAt, deadline: 'cutoff' };
    case 'CALENDAR_FIXED':
      return undefined;
    default: {
      const unreachable: never = track.stage;
      throw new Error(`unknown training stage ${String(unreachable)}`);
    }
  }
}

/** Fires every event due at or before `nowMs`, earliest first; returns how many fired. */
function fireDueEvents(d: ProgrammeState, nowMs: number): number {
  let fired = 0;
  for (let guard = 0; guard < 1000; guard++) {
    const next = nextEvent(d);
    if (!next || next.atMs > nowMs) return fired;
    fired++;
    if (next.kind === 'stall') fireStall(d, next.step, next.level, next.atMs, nowMs);
    else fireTraining(d, next.deadline, next.atMs, nowMs);
  }
  throw new Error('too many due events: a deadline does not advance');
}

const STEP_NL = (d: ProgrammeState, step: StepKey): string => {
  if (step.startsWith('ACTION:')) {
    const action = d.agenda.actions.find((a) => `ACTION:${a.id}` === step);
    return `de actie '${action?.title ?? step}'`;
  }
  const names: Record<string, string> = {
    COMMITMENT: 'de fase Commitment (bestuurlijk draagvlak)',
    AGENDA: 'de verbeteragenda',
    EMBEDDING: 'de borging',
    CONTINUATION: 'de jaarlijkse check-in',
    TRAINING: 'het scholingstraject',
  };
  return names[step] ?? step;
};

function fireStall(d: ProgrammeState, step: StepKey, level: EscalationLevel, atMs: number, nowMs: number): void {
  const clock = d.clocks.find((c) => c.step === step);
  if (!clock) throw new Error(`no clock for ${step}`);
  clock.firedLevel = level;
  const recipients = { 1: 'herinnering aan de projectleider', 2: 'escalatie naar de bestuurlijk trekker', 3: 'escalatie naar de kwartiermakers' };
  raise(d, {
    level,
    kind: 'STALL',
    step,
    message: `Geen voortgang op ${STEP_NL(d, step)}: ${recipients[level]} (niveau ${level}).`,
    dueAtMs: atMs,
    nowMs,
  });
}

function fireTraining(d: ProgrammeState, deadline: 'windowOpens' | 'notStarted' | 'missed' | 'cutoff', atMs: number, nowMs: number): void {
  const track = d.training;
  if (!track) throw new Error('no training track');
  const y = track.targetYear;
  const sy = `${y}/${y + 1}`;
  switch (deadline) {
    case 'windowOpens':
      track.stage = 'WINDOW_OPEN';
      track.fired.windowOpen = true;
      raise(d, {
        level: 1,
        kind: 'TRAINING_WINDOW_OPEN',
        step: 'TRAINING',
        ruleId: 'R3.1',
        message: `Start nu het gesprek met de schoolbesturen over scholing in schooljaar ${sy}: zij leggen hun activiteitenkalender in mei vast. Begin 'bovenin', bij de besturen.`,
        dueAtMs: atMs,
        nowMs,
      });
      return;
    case 'notStarted':
      track.fired.notStarted = true;
      raise(d, {
        level: 1,
        kind: 'TRAINING_NOT_STARTED',
        step: 'TRAINING',
        ruleId: 'R3.1',
        message: `Het gesprek met de schoolbesturen over schooljaar ${sy} is op 1 februari nog niet gestart; na februari is dat schooljaar gemist.`,
        dueAtMs: atMs,
        nowMs,
      });
      return;
    case 'missed':
      slipSchoolYear(d, track);
      raise(d, {
        level: 2,
        kind: 'SCHOOL_YEAR_MISSED',
        step: 'TRAINING',
        ruleId: 'R3.1',
        message: `Schooljaar ${sy} gemist: het gesprek met de schoolbesturen is eind februari niet gestart. Het scholingstraject richt zich nu op schooljaar ${y + 1}/${y + 2}.`,
        dueAtMs: atMs,
        nowMs,
      });
      return;
    case 'cutoff':
      slipSchoolYear(d, track);
      raise(d, {
        level: 3,
        kind: 'CALENDAR_NOT_FIXED',
        step: 'TRAINING',
        ruleId: 'R3.1',
        message: `Schooljaar ${sy} gemist: de scholing staat niet op tijd op de activiteitenkalender van de schoolbesturen. Opnieuw gepland voor schooljaar ${y + 1}/${y + 2}.`,
        dueAtMs: atMs,
        nowMs,
      });
      return;
    default: {
      const unreachable: never = deadline;
      throw new Error(`unknown deadline ${String(unreachable)}`);
    }
  }
}

/** Computes and stores the target year's deadlines and the region's school year. */
function planTrainingYear(d: ProgrammeState, track: TrainingTrack): void {
  const deadlines = trainingDeadlines(track.targetYear, d.settings.calendarCutoff);
  track.deadlines = {
    windowOpensAt: iso(deadlines.windowOpensAt),
    notStartedEscalationAt: iso(deadlines.notStartedEscalationAt),
    schoolYearMissedAt: iso(deadlines.schoolYearMissedAt),
    calendarCutoffAt: iso(deadlines.calendarCutoffAt),
  };
  if (d.schoolHolidayRegion) {
    const year = schoolYear(d.schoolHolidayRegion, track.targetYear);
    track.schoolYear = { firstDay: year.firstDay, lastDay: year.lastDay, provisional: year.provisional };
  }
}

function slipSchoolYear(d: ProgrammeState, track: TrainingTrack): void {
  track.missedYears.push(track.targetYear);
  track.targetYear += 1;
  planTrainingYear(d, track);
  track.stage = 'WAITING_FOR_WINDOW';
  track.fired = { windowOpen: false, notStarted: false };
  delete track.boardTalksStartedAt;
  delete track.schoolTalksStartedAt;
  refreshRiskFlags(d);
}

function raise(
  d: ProgrammeState,
  e: { level: EscalationLevel; kind: EscalationKind; step: StepKey; ruleId?: RuleId; message: string; dueAtMs: number; nowMs: number },
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

// ---------------------------------------------------------------------------------------------
// progress clocks

function startClock(d: ProgrammeState, step: StepKey, nowMs: number): void {
  d.clocks = d.clocks.filter((c) => c.step !== step);
  d.clocks.push(newClock(step, d.status === 'ACTIVE' ? iso(nowMs) : null));
}

function stopClock(d: ProgrammeState, step: StepKey): void {
  d.clocks = d.clocks.filter((c) => c.step !== step);
}

/** Progress on a step: its clock starts over and its open escalations are resolved. */
function progress(d: ProgrammeState, step: StepKey, nowMs: number, why: string): void {
  if (d.clocks.some((c) => c.step === step)) startClock(d, step, nowMs);
  resolveEscalations(d, (e) => e.step === step, nowMs, `Opgelost door voortgang: ${why}`);
}

function resolveEscalations(d: ProgrammeState, which: (e: Escalation) => boolean, nowMs: number, resolution: string): void {
  for (const e of d.escalations) {
    if (e.status !== 'RESOLVED' && which(e)) {
      e.status = 'RESOLVED';
      e.resolvedAt = iso(nowMs);
      e.resolution = resolution;
    }
  }
}

function enterPhase(d: ProgrammeState, phase: ProgrammePhase, nowMs: number): void {
  const history = phaseStays(d);
  history[history.length - 1]!.leftAt = iso(nowMs);
  history.push({ phase, enteredAt: iso(nowMs) });
  d.phaseHistory = history;
  d.phase = phase;
  d.phaseEnteredAt = iso(nowMs);
}

/**
 * The programme's phases, oldest first. States recorded before the history existed know only
 * their current phase and when it began; earlier stays are unknown and left out.
 */
export function phaseStays(state: ProgrammeState): PhaseStay[] {
  return state.phaseHistory ? state.phaseHistory.map((s) => ({ ...s })) : [{ phase: state.phase, enteredAt: state.phaseEnteredAt }];
}

// ---------------------------------------------------------------------------------------------
// commands

function requireActive(d: ProgrammeState): void {
  if (d.status === 'PAUSED') refuse('LIFECYCLE', 'Het programma is gepauzeerd; hervat het eerst.');
  if (d.status !== 'ACTIVE') refuse('LIFECYCLE', 'Het programma is beëindigd; er kan niets meer worden vastgelegd.');
}

function requirePhase(d: ProgrammeState, command: CommandType, ...phases: ProgrammePhase[]): void {
  requireActive(d);
  if (!phases.includes(d.phase)) {
    refuse(
      'LIFECYCLE',
      `Deze stap hoort bij de fase ${phases.map((p) => PHASE_NAMES_NL[p]).join(' of ')}; het programma is in de fase ${PHASE_NAMES_NL[d.phase]}.`,
      { command, phase: d.phase, allowedPhases: phases },
    );
  }
}

function requireRole(actor: Actor, roles: Actor['role'][], what: string): void {
  if (!roles.includes(actor.role)) {
    refuse('NOT_PERMITTED', `Alleen ${roles.map(roleNl).join(' of ')} kan ${what}.`, { role: actor.role });
  }
}

function roleNl(role: Actor['role']): string {
  const names: Record<Actor['role'], string> = {
    PROJECT_LEAD: 'de projectleider',
    ADMINISTRATIVE_LEAD: 'de bestuurlijk trekker (wethouder)',
    PROGRAMME_MANAGER: 'de programmamanager',
    KWARTIERMAKER: 'een kwartiermaker',
    PARTNER: 'een partnerorganisatie',
    SYSTEM: 'het systeem',
  };
  return names[role];
}

function text(value: unknown, field: string, max = MAX_TEXT): string {
  if (typeof value !== 'string' || value.trim() === '') refuse('INVALID_INPUT', `Vul ${field} in.`, { field });
  const trimmed = value.trim();
  if (trimmed.length > max) refuse('INVALID_INPUT', `${field} is te lang (maximaal ${max} tekens).`, { field });
  return trimmed;
}

function optionalText(value: unknown, field: string, max = MAX_NAME): string | undefined {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
  return text(value, field, max);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (!allowed.includes(value as T)) refuse('INVALID_INPUT', `Onbekende waarde voor ${field}: '${String(value)}'.`, { field, allowed });
  return value as T;
}

function count(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1_000_000) {
    refuse('INVALID_INPUT', `${field} moet een geheel getal van 0 of meer zijn.`, { field });
  }
  return value;
}

function findAction(d: ProgrammeState, id: string): Action {
  const action = d.agenda.actions.find((a) => a.id === id);
  if (!action) refuse('UNKNOWN_REFERENCE', `Er is geen actie met id '${id}'.`, { actionId: id });
  return action;
}

function apply(d: ProgrammeState, c: Command, nowMs: number): void {
  const now = iso(nowMs);
  if (!c.actor || !c.actor.role) refuse('INVALID_INPUT', 'Zeg wie deze stap zet (rol).');
  switch (c.type) {
    // P1 COMMITMENT ------------------------------------------------------------------------
    case 'designateAdministrativeLead': {
      requirePhase(d, c.type, 'COMMITMENT');
      const name = optionalText(c.name, 'de naam');
      d.commitment.administrativeLead = { designatedAt: now, ...(name ? { name } : {}) };
      progress(d, 'COMMITMENT', nowMs, 'bestuurlijk trekker aangewezen');
      return;
    }
    case 'commitPartner': {
      requirePhase(d, c.type, 'COMMITMENT', 'AGENDA', 'EXECUTION');
      const organisation = text(c.organisation, 'de organisatie', MAX_NAME);
      const domain = oneOf(c.domain, PARTNER_DOMAINS, 'het domein');
      if (d.commitment.partners.some((p) => normalise(p.organisation) === normalise(organisation))) {
        refuse('LIFECYCLE', `${organisation} heeft zich al gecommitteerd.`);
      }
      d.commitment.partners.push({ organisation, domain, committedAt: now });
      if (d.phase === 'COMMITMENT') progress(d, 'COMMITMENT', nowMs, `${organisation} gecommitteerd`);
      return;
    }
    case 'appointProjectLead': {
      requireActive(d);
      if (d.phase === 'CONTINUATION') refuse('LIFECYCLE', 'In de fase Continuering wordt geen projectleider meer aangesteld.');
      const kind = oneOf(c.kind, PROJECT_LEAD_KINDS, 'het soort projectleider');
      const current = d.commitment.projectLead;
      if (current && !current.departedAt) {
        refuse('R1.3', 'Er is al een projectleider; leg eerst het vertrek van de huidige projectleider vast.');
      }
      const name = optionalText(c.name, 'de naam');
      d.commitment.projectLead = { kind, appointedAt: now, ...(name ? { name } : {}) };
      if (d.phase === 'COMMITMENT') progress(d, 'COMMITMENT', nowMs, 'projectleider aangesteld');
      refreshRiskFlags(d);
      return;
    }
    case 'recordRecommendation': {
      requirePhase(d, c.type, 'COMMITMENT', 'AGENDA', 'EXECUTION');
      const item = oneOf(c.item, RECOMMENDATIONS, 'het aanbevolen punt');
      d.commitment.recommendations[item] ??= now;
      if (d.phase === 'COMMITMENT') progress(d, 'COMMITMENT', nowMs, 'aanbeveling opgevolgd');
      return;
    }
    case 'confirmCommitment': {
      requirePhase(d, c.type, 'COMMITMENT');
      must(checkAdministrativeLead(d));
      must(checkPartnerDomains(d));
      must(checkProjectLead(d));
      requireRole(c.actor, ['ADMINISTRATIVE_LEAD'], 'het commitment bevestigen');
      d.commitment.confirmedAt = now;
      stopClock(d, 'COMMITMENT');
      resolveEscalations(d, (e) => e.step === 'COMMITMENT', nowMs, 'Fase Commitment afgerond');
      enterPhase(d, 'AGENDA', nowMs);
      startClock(d, 'AGENDA', nowMs);
      return;
    }
    // P2 AGENDA -------------------------------------------------------------------------------
    case 'recordBottleneck': {
      requirePhase(d, c.type, 'AGENDA');
      const description = text(c.description, 'de omschrijving van het knelpunt');
      const domain = oneOf(c.domain, PARTNER_DOMAINS, 'het domein');
      d.agenda.bottlenecks.push({ id: `bottleneck-${d.nextId++}`, description, domain, recordedAt: now });
      progress(d, 'AGENDA', nowMs, 'knelpunt vastgelegd');
      return;
    }
    case 'selectTheme': {
      requirePhase(d, c.type, 'AGENDA');
      const theme = oneOf(c.theme, THEMES, 'het thema');
      must(checkBottlenecks(d));
      if (d.agenda.themes.includes(theme)) refuse('LIFECYCLE', `Het thema ${theme} is al gekozen.`);
      must(checkThemeCanBeAdded(d, theme));
      d.agenda.themes.push(theme);
      progress(d, 'AGENDA', nowMs, 'thema gekozen');
      return;
    }
    case 'deselectTheme': {
      requirePhase(d, c.type, 'AGENDA');
      const theme = oneOf(c.theme, THEMES, 'het thema');
      if (!d.agenda.themes.includes(theme)) refuse('UNKNOWN_REFERENCE', `Het thema ${theme} is niet gekozen.`);
      if (d.agenda.actions.some((a) => a.theme === theme)) {
        refuse('R2.3', `Het thema ${theme} heeft acties; verwijder of verplaats die eerst.`);
      }
      d.agenda.themes = d.agenda.themes.filter((t) => t !== theme);
      progress(d, 'AGENDA', nowMs, 'thema geschrapt');
      return;
    }
    case 'addAction': {
      requirePhase(d, c.type, 'AGENDA', 'EXECUTION');
      const title = text(c.title, 'de titel van de actie', MAX_NAME);
      const theme = oneOf(c.theme, THEMES, 'het thema');
      if (!d.agenda.themes.includes(theme)) {
        refuse('R2.3', `Een actie hoort bij een gekozen thema; ${theme} is niet gekozen.`, { themes: d.agenda.themes });
      }
      const owner = optionalText(c.ownerOrganisation, 'de trekkende organisatie');
      if (!owner) refuse('R2.3', 'Elke actie heeft een trekkende organisatie (eigenaar).');
      const action: Action = {
        id: `action-${d.nextId++}`,
        title,
        theme,
        ownerOrganisation: owner,
        aimedAtSchools: c.aimedAtSchools === true,
        status: 'PLANNED',
        addedAt: now,
        addedDuringExecution: d.phase === 'EXECUTION',
      };
      const practiceId = optionalText(c.practiceId, 'de praktijk');
      if (practiceId && !isPracticeId(practiceId)) {
        refuse('UNKNOWN_REFERENCE', `De praktijkbibliotheek kent geen praktijk '${practiceId}'.`, { practiceId });
      }
      if (practiceId) action.practiceId = practiceId;
      d.agenda.actions.push(action);
      if (d.phase === 'AGENDA') progress(d, 'AGENDA', nowMs, 'actie toegevoegd');
      else {
        startClock(d, `ACTION:${action.id}`, nowMs);
        ensureTrainingTrack(d, nowMs);
      }
      return;
    }
    case 'confirmSupport': {
      requirePhase(d, c.type, 'AGENDA', 'EXECUTION');
      const organisation = text(c.organisation, 'de organisatie', MAX_NAME);
      const level = oneOf(c.level, SUPPORT_LEVELS, 'het niveau');
      if (d.agenda.support.some((s) => normalise(s.organisation) === normalise(organisation) && s.level === level)) {
        refuse('LIFECYCLE', `${organisation} bevestigde het draagvlak op dit niveau al.`);
      }
      d.agenda.support.push({ organisation, level, at: now, by: c.actor });
      if (d.phase === 'AGENDA') progress(d, 'AGENDA', nowMs, 'draagvlak bevestigd');
      else {
        for (const a of d.agenda.actions) {
          if (normalise(a.ownerOrganisation) === normalise(organisation)) progress(d, `ACTION:${a.id}`, nowMs, 'draagvlak bevestigd');
        }
      }
      return;
    }
    case 'adoptAgenda': {
      requirePhase(d, c.type, 'AGENDA');
      must(checkBottlenecks(d));
      must(checkThemeCount(d));
      must(checkActionsCoverThemes(d));
      must(checkSupport(d));
      requireRole(c.actor, ['ADMINISTRATIVE_LEAD'], 'de verbeteragenda vaststellen');
      d.agenda.adoptedAt = now;
      stopClock(d, 'AGENDA');
      resolveEscalations(d, (e) => e.step === 'AGENDA', nowMs, 'Verbeteragenda vastgesteld');
      enterPhase(d, 'EXECUTION', nowMs);
      for (const a of d.agenda.actions) startClock(d, `ACTION:${a.id}`, nowMs);
      ensureTrainingTrack(d, nowMs);
      return;
    }
    // P3 EXECUTION ----------------------------------------------------------------------------
    case 'updateActionStatus': {
      requirePhase(d, c.type, 'EXECUTION');
      const action = findAction(d, c.actionId);
      const status = oneOf(c.status, ACTION_STATUSES, 'de status');
      if (action.status === 'DONE' || action.status === 'DROPPED') {
        refuse('R3.2', `De actie '${action.title}' is al ${action.status === 'DONE' ? 'afgerond' : 'gestopt'}.`);
      }
      if (status === action.status) refuse('R3.2', `De actie '${action.title}' heeft die status al.`);
      if (status === 'PLANNED') refuse('R3.2', 'Een gestarte actie gaat niet terug naar gepland.');
      if (action.addedDuringExecution && status !== 'DROPPED' && !hasFullSupport(d, action.ownerOrganisation)) {
        refuse(
          'R3.2',
          `De actie '${action.title}' is tijdens de uitvoering toegevoegd en moet eerst de draagvlaktoets (R2.4) halen: ${action.ownerOrganisation} bevestigt op professioneel én management-/bestuursniveau.`,
        );
      }
      if (status === 'DROPPED') {
        const reason = optionalText(c.reason, 'de reden om de actie te stoppen', MAX_TEXT);
        if (!reason) refuse('R3.2', `Geef een reden om de actie '${action.title}' te stoppen.`);
        action.droppedReason = reason;
      }
      action.status = status;
      progress(d, `ACTION:${action.id}`, nowMs, `actie ${status}`);
      if (status === 'DONE' || status === 'DROPPED') stopClock(d, `ACTION:${action.id}`);
      return;
    }
    case 'startSchoolBoardTalks': {
      requirePhase(d, c.type, 'EXECUTION');
      const track = requireTraining(d);
      if (track.stage === 'WAITING_FOR_WINDOW') {
        refuse('R3.1', `Het gesprek met de schoolbesturen voor schooljaar ${track.targetYear}/${track.targetYear + 1} opent op 1 januari ${track.targetYear}.`, {
          targetYear: track.targetYear,
        });
      }
      if (track.stage !== 'WINDOW_OPEN') refuse('LIFECYCLE', 'Het gesprek met de schoolbesturen is al gestart.');
      track.stage = 'BOARD_TALKS';
      track.boardTalksStartedAt = now;
      progress(d, 'TRAINING', nowMs, 'gesprek met schoolbesturen gestart');
      return;
    }
    case 'startSchoolTalks': {
      requirePhase(d, c.type, 'EXECUTION');
      const track = requireTraining(d);
      if (!track.boardTalksStartedAt) {
        refuse('R3.1', "Begin 'bovenin': eerst het gesprek met de schoolbesturen, daarna met de scholen zelf.");
      }
      if (track.schoolTalksStartedAt) refuse('LIFECYCLE', 'Het gesprek met de scholen is al gestart.');
      track.schoolTalksStartedAt = now;
      progress(d, 'TRAINING', nowMs, 'gesprek met scholen gestart');
      return;
    }
    case 'fixTrainingCalendar': {
      requirePhase(d, c.type, 'EXECUTION');
      const track = requireTraining(d);
      if (track.stage === 'CALENDAR_FIXED') refuse('LIFECYCLE', 'De scholing staat al op de activiteitenkalender.');
      if (track.stage !== 'BOARD_TALKS') {
        refuse('R3.1', 'De scholing komt op de activiteitenkalender na een gesprek met de schoolbesturen; dat is nog niet gestart.');
      }
      track.stage = 'CALENDAR_FIXED';
      track.calendarFixedAt = now;
      progress(d, 'TRAINING', nowMs, 'activiteitenkalender vastgesteld');
      refreshRiskFlags(d);
      return;
    }
    case 'planTrainingSession': {
      requirePhase(d, c.type, 'EXECUTION');
      const track = requireTraining(d);
      if (track.stage !== 'CALENDAR_FIXED') {
        refuse('R3.1', 'Plan scholingsbijeenkomsten nadat de scholing op de activiteitenkalender van de schoolbesturen staat.');
      }
      if (typeof c.date !== 'string' || !isValidIsoDate(c.date)) refuse('INVALID_INPUT', 'Geef de datum als JJJJ-MM-DD.');
      const title = text(c.title, 'de titel van de bijeenkomst', MAX_NAME);
      const region = d.schoolHolidayRegion;
      if (!region) refuse('LIFECYCLE', 'De schoolvakantieregio van de gemeente is onbekend.');
      if (!isWithinSchoolYear(region, track.targetYear, c.date)) {
        const year = schoolYear(region, track.targetYear);
        refuse(
          'R3.1',
          `De bijeenkomst valt buiten schooljaar ${track.targetYear}/${track.targetYear + 1} van regio ${region} (${year.firstDay} t/m ${year.lastDay}${year.provisional ? ', voorlopig' : ''}).`,
          { region, firstDay: year.firstDay, lastDay: year.lastDay, provisional: year.provisional },
        );
      }
      track.sessions.push({ id: `session-${d.nextId++}`, date: c.date, title, plannedAt: now });
      progress(d, 'TRAINING', nowMs, 'scholingsbijeenkomst gepland');
      return;
    }
    case 'recordTrainingDelivered': {
      requirePhase(d, c.type, 'EXECUTION', 'EMBEDDING');
      const track = requireTraining(d);
      const session = track.sessions.find((s) => s.id === c.sessionId);
      if (!session) refuse('UNKNOWN_REFERENCE', `Er is geen scholingsbijeenkomst met id '${String(c.sessionId)}'.`);
      if (session.delivered) refuse('LIFECYCLE', 'Deze bijeenkomst is al als gegeven vastgelegd.');
      if (session.date > amsterdamDate(nowMs)) refuse('R3.1', `De bijeenkomst is pas op ${session.date}.`);
      session.delivered = {
        at: now,
        schoolsReached: count(c.schoolsReached, 'Het aantal bereikte scholen'),
        staffTrained: count(c.staffTrained, 'Het aantal getrainde medewerkers'),
      };
      return;
    }
    case 'completeExecution': {
      requirePhase(d, c.type, 'EXECUTION');
      const open = d.agenda.actions.filter((a) => a.status === 'PLANNED' || a.status === 'IN_PROGRESS');
      if (open.length > 0) {
        refuse('R3.2', `Nog niet afgerond of gestopt: ${open.map((a) => a.title).join(', ')}.`, { actionIds: open.map((a) => a.id) });
      }
      if (d.training && d.training.stage !== 'CALENDAR_FIXED') {
        refuse('R3.1', 'Het scholingstraject staat nog niet op de activiteitenkalender van de schoolbesturen.');
      }
      for (const a of d.agenda.actions) stopClock(d, `ACTION:${a.id}`);
      enterPhase(d, 'EMBEDDING', nowMs);
      startClock(d, 'EMBEDDING', nowMs);
      return;
    }
    // P4 EMBEDDING ----------------------------------------------------------------------------
    case 'recordEmbedding': {
      requirePhase(d, c.type, 'EMBEDDING');
      const action = findAction(d, c.actionId);
      if (action.status !== 'DONE') refuse('R4.1', `Alleen afgeronde acties worden geborgd; '${action.title}' is ${action.status}.`);
      if (action.embedding) refuse('LIFECYCLE', `De actie '${action.title}' is al geborgd.`);
      const instrument = oneOf(c.instrument, POLICY_INSTRUMENT_KINDS, 'het beleidsinstrument');
      if (instrument === 'STAND_ALONE_PROJECT') {
        refuse('R4.1', 'Borg de actie in bestaand beleid, niet als een (losstaand) project.');
      }
      const instrumentName = optionalText(c.instrumentName, 'de naam van het beleidsinstrument');
      if (!instrumentName) refuse('R4.1', 'Noem het bestaande beleidsinstrument waarin de actie wordt geborgd.');
      const takenOverBy = optionalText(c.takenOverBy, 'de organisatie die het overneemt');
      if (!takenOverBy) refuse('R4.2', 'Noem de organisatie die de actie overneemt.');
      const responsibleRole = optionalText(c.responsibleRole, 'de verantwoordelijke rol');
      if (!responsibleRole) refuse('R4.2', 'Noem de verantwoordelijke rol bij de organisatie die de actie overneemt.');
      action.embedding = { instrument, instrumentName, takenOverBy, responsibleRole, recordedAt: now };
      progress(d, 'EMBEDDING', nowMs, `actie '${action.title}' geborgd`);
      return;
    }
    case 'nameEmbeddingOwner': {
      requirePhase(d, c.type, 'EXECUTION', 'EMBEDDING');
      const role = text(c.role, 'de rol van de interne eigenaar', MAX_NAME);
      const name = optionalText(c.name, 'de naam');
      d.embeddingOwner = { role, namedAt: now, ...(name ? { name } : {}) };
      if (d.phase === 'EMBEDDING') progress(d, 'EMBEDDING', nowMs, 'interne eigenaar van de borging benoemd');
      return;
    }
    case 'recordLeadDeparture': {
      requireActive(d);
      const lead = d.commitment.projectLead;
      if (!lead || lead.departedAt) refuse('UNKNOWN_REFERENCE', 'Er is geen zittende projectleider.');
      lead.departedAt = now;
      d.commitment.pastProjectLeads.push(lead);
      delete d.commitment.projectLead;
      refreshRiskFlags(d);
      const openItems = d.agenda.actions.filter((a) => a.status !== 'DROPPED' && !a.embedding);
      // R4.3: an external lead leaving with embedding still open escalates at once, to the alderman.
      if (lead.kind === 'EXTERNAL' && d.phase === 'EMBEDDING' && (openItems.length > 0 || !d.embeddingOwner)) {
        raise(d, {
          level: 2,
          kind: 'LEAD_DEPARTED',
          step: 'EMBEDDING',
          ruleId: 'R4.3',
          message: `De externe projectleider is vertrokken terwijl de borging nog openstaat (${openItems.length} actie(s) niet geborgd${d.embeddingOwner ? '' : ', geen interne eigenaar'}).`,
          dueAtMs: nowMs,
          nowMs,
        });
      }
      return;
    }
    case 'completeEmbedding': {
      requirePhase(d, c.type, 'EMBEDDING');
      must(checkEmbeddingOwner(d));
      must(checkAllEmbedded(d));
      stopClock(d, 'EMBEDDING');
      resolveEscalations(d, (e) => e.step === 'EMBEDDING', nowMs, 'Borging afgerond');
      enterPhase(d, 'CONTINUATION', nowMs);
      startClock(d, 'CONTINUATION', nowMs);
      return;
    }
    // P5 CONTINUATION -------------------------------------------------------------------------
    case 'recordCheckIn': {
      requirePhase(d, c.type, 'CONTINUATION');
      if (typeof c.year !== 'number' || !Number.isInteger(c.year) || c.year < 2015 || c.year > 2100) {
        refuse('INVALID_INPUT', 'Geef het jaar van de check-in (bijv. 2028).');
      }
      const period = String(c.year);
      if (d.indicators.some((r) => r.period === period)) refuse('LIFECYCLE', `De check-in over ${period} is al vastgelegd.`);
      d.indicators.push({ period, at: now, ...indicatorValues(c), ...(c.note ? { note: text(c.note, 'de toelichting') } : {}) });
      progress(d, 'CONTINUATION', nowMs, `check-in ${period}`);
      return;
    }
    case 'closeProgramme': {
      requirePhase(d, c.type, 'CONTINUATION');
      endProgramme(d, nowMs, 'Programma gesloten');
      enterPhase(d, 'CLOSED', nowMs);
      d.status = 'CLOSED';
      return;
    }
    // any phase ---------------------------------------------------------------------------------
    case 'reportIndicators': {
      requirePhase(d, c.type, 'EXECUTION', 'EMBEDDING', 'CONTINUATION');
      if (typeof c.period !== 'string' || !/^\d{4}-Q[1-4]$/.test(c.period)) {
        refuse('INVALID_INPUT', "Geef het kwartaal als bijvoorbeeld '2027-Q2'.");
      }
      if (d.indicators.some((r) => r.period === c.period)) refuse('LIFECYCLE', `De indicatoren over ${c.period} zijn al vastgelegd.`);
      d.indicators.push({ period: c.period, at: now, ...indicatorValues(c) });
      return;
    }
    case 'acknowledgeEscalation': {
      if (d.status !== 'ACTIVE' && d.status !== 'PAUSED') refuse('LIFECYCLE', 'Het programma is beëindigd.');
      requireRole(c.actor, ['ADMINISTRATIVE_LEAD', 'KWARTIERMAKER'], 'een escalatie afhandelen');
      const escalation = d.escalations.find((e) => e.id === c.escalationId);
      if (!escalation) refuse('UNKNOWN_REFERENCE', `Er is geen escalatie met id '${String(c.escalationId)}'.`);
      if (escalation.status === 'RESOLVED') refuse('LIFECYCLE', 'Deze escalatie is al opgelost.');
      const decision = oneOf(c.decision, ['EXTEND', 'PAUSE', 'NOTE'] as const, 'het besluit');
      const note = optionalText(c.note, 'de notitie', MAX_TEXT);
      let weeks: number | undefined;
      if (decision === 'EXTEND') {
        if (typeof c.weeks !== 'number' || !Number.isInteger(c.weeks) || c.weeks < 1 || c.weeks > 52) {
          refuse('INVALID_INPUT', 'Verlengen gaat met een heel aantal weken (1 tot 52).');
        }
        weeks = c.weeks;
        const clock = d.clocks.find((k) => k.step === escalation.step);
        if (escalation.kind !== 'STALL' || !clock) {
          refuse('LIFECYCLE', 'Deze escalatie hangt aan een vaste datum (schooljaar of vertrek) en kan niet worden verlengd.');
        }
        clock.extensionWeeks += weeks;
      } else if (decision === 'PAUSE') {
        if (d.status === 'PAUSED') refuse('LIFECYCLE', 'Het programma is al gepauzeerd.');
        pause(d, nowMs, note ?? `Besloten bij escalatie ${escalation.id}`, c.actor);
      }
      escalation.status = 'ACKNOWLEDGED';
      escalation.acknowledgements.push({
        at: now,
        by: c.actor,
        decision,
        ...(weeks !== undefined ? { weeks } : {}),
        ...(note ? { note } : {}),
      });
      return;
    }
    case 'pauseProgramme': {
      requireActive(d);
      pause(d, nowMs, text(c.reason, 'de reden voor de pauze'), c.actor);
      return;
    }
    case 'resumeProgramme': {
      if (d.status !== 'PAUSED') refuse('LIFECYCLE', 'Het programma is niet gepauzeerd.');
      d.status = 'ACTIVE';
      delete d.pause;
      for (const clock of d.clocks) resumeClock(clock, now);
      return;
    }
    case 'abortProgramme': {
      if (d.status !== 'ACTIVE' && d.status !== 'PAUSED') refuse('LIFECYCLE', 'Het programma is al beëindigd.');
      d.abortReason = text(c.reason, 'de reden om het programma af te breken');
      endProgramme(d, nowMs, 'Programma afgebroken');
      d.status = 'ABORTED';
      return;
    }
    case 'changeSettings': {
      if (d.status !== 'ACTIVE' && d.status !== 'PAUSED') refuse('LIFECYCLE', 'Het programma is beëindigd.');
      const { actor: _actor, type: _type, ...override } = c;
      const next = applySettings(d.settings, override);
      if (!next.ok) throw new Refusal(next.error);
      const cutoffChanged = next.value.calendarCutoff !== d.settings.calendarCutoff;
      d.settings = next.value;
      if (cutoffChanged && d.training) planTrainingYear(d, d.training);
      return;
    }
    case 'recordMentorPairing': {
      if (d.status !== 'ACTIVE' && d.status !== 'PAUSED') refuse('LIFECYCLE', 'Het programma is beëindigd; een mentor koppelen kan niet meer.');
      requireRole(c.actor, ['KWARTIERMAKER'], 'een mentor koppelen');
      if (c.kind !== 'PIONEER' && c.kind !== 'PROGRAMME') refuse('INVALID_INPUT', 'Een mentor is een pioniersgemeente of een programma.');
      if (typeof c.municipalityCode !== 'string' || !/^GM\d{4}$/.test(c.municipalityCode)) {
        refuse('INVALID_INPUT', 'Geef de CBS-gemeentecode van de mentor, bijvoorbeeld GM0363.');
      }
      if (c.municipalityCode === d.municipalityCode) refuse('INVALID_INPUT', 'Een gemeente kan niet haar eigen mentor zijn.');
      if (c.kind === 'PROGRAMME' && (typeof c.programmeId !== 'string' || c.programmeId === '')) {
        refuse('INVALID_INPUT', 'Geef het programma dat als mentor optreedt.');
      }
      d.mentor = {
        kind: c.kind,
        municipalityCode: c.municipalityCode,
        ...(c.kind === 'PROGRAMME' ? { programmeId: c.programmeId } : {}),
        name: text(c.name, 'de naam van de mentor', MAX_NAME),
        ...(c.note ? { note: text(c.note, 'de toelichting') } : {}),
        pairedAt: now,
        by: c.actor,
      };
      return;
    }
    default: {
      const unreachable: never = c;
      refuse('INVALID_INPUT', `Onbekende stap '${String((unreachable as { type?: unknown }).type)}'.`);
    }
  }
}

function indicatorValues(c: { repeatReports?: number; professionalsTrained?: number; schoolsReached?: number }) {
  const values: { repeatReports?: number; professionalsTrained?: number; schoolsReached?: number } = {};
  if (c.repeatReports !== undefined) values.repeatReports = count(c.repeatReports, 'Het aantal hermeldingen');
  if (c.professionalsTrained !== undefined) values.professionalsTrained = count(c.professionalsTrained, 'Het aantal getrainde professionals');
  if (c.schoolsReached !== undefined) values.schoolsReached = count(c.schoolsReached, 'Het aantal bereikte scholen');
  return values;
}

function pause(d: ProgrammeState, nowMs: number, reason: string, by: Actor): void {
  d.status = 'PAUSED';
  d.pause = { since: iso(nowMs), reason, by };
  for (const clock of d.clocks) haltClock(clock, nowMs);
}

function endProgramme(d: ProgrammeState, nowMs: number, why: string): void {
  d.clocks = [];
  delete d.pause;
  resolveEscalations(d, () => true, nowMs, why);
}

function requireTraining(d: ProgrammeState): TrainingTrack {
  if (!d.training) {
    refuse('R3.1', "Dit programma heeft geen scholingstraject: de agenda heeft geen thema EXPERTISE en geen actie gericht op scholen.");
  }
  return d.training;
}

/** R3.1: the EXPERTISE theme or an action aimed at schools makes the training track due now. */
function ensureTrainingTrack(d: ProgrammeState, nowMs: number): void {
  if (d.training) return;
  const due = d.agenda.themes.includes('EXPERTISE') || d.agenda.actions.some((a) => a.aimedAtSchools && a.status !== 'DROPPED');
  if (!due) return;
  d.training = {
    dueAt: iso(nowMs),
    targetYear: trainingTargetYear(nowMs),
    stage: 'WAITING_FOR_WINDOW',
    fired: { windowOpen: false, notStarted: false },
    missedYears: [],
    sessions: [],
  };
  planTrainingYear(d, d.training);
  record(d, nowMs, SYSTEM, 'trainingTrackDue', `Scholingstraject gepland voor schooljaar ${d.training.targetYear}/${d.training.targetYear + 1}.`);
}

function refreshRiskFlags(d: ProgrammeState): void {
  const flags: RiskFlag[] = [];
  if (d.commitment.projectLead?.kind === 'EXTERNAL') flags.push('EXTERNAL_LEAD');
  if (!d.commitment.projectLead && d.commitment.pastProjectLeads.length > 0) flags.push('LEAD_DEPARTED');
  if (d.training && d.training.missedYears.length > 0 && d.training.stage !== 'CALENDAR_FIXED') flags.push('SCHOOL_YEAR_MISSED');
  d.riskFlags = flags;
}

function record(d: ProgrammeState, nowMs: number, by: Actor, event: string, summary: string): void {
  d.timeline.push({ at: iso(nowMs), by, event, summary });
  if (d.timeline.length > MAX_TIMELINE) d.timeline.splice(0, d.timeline.length - MAX_TIMELINE);
}

function touch(d: ProgrammeState, nowMs: number): void {
  d.version += 1;
  d.updatedAt = iso(nowMs);
}

function summarise(c: Command): string {
  const SUMMARIES: Record<CommandType, (c: never) => string> = {
    designateAdministrativeLead: () => 'Bestuurlijk trekker (wethouder) aangewezen.',
    commitPartner: (x: CommandInput<'commitPartner'>) => `${x.organisation} (${x.domain}) heeft zich gecommitteerd.`,
    appointProjectLead: (x: CommandInput<'appointProjectLead'>) => `Projectleider aangesteld (${x.kind === 'INTERNAL' ? 'intern' : 'extern'}).`,
    recordRecommendation: (x: CommandInput<'recordRecommendation'>) => `Aanbeveling opgevolgd: ${x.item}.`,
    confirmCommitment: () => 'Commitment bevestigd; door naar de verbeteragenda.',
    recordBottleneck: (x: CommandInput<'recordBottleneck'>) => `Knelpunt (${x.domain}): ${x.description}`,
    selectTheme: (x: CommandInput<'selectTheme'>) => `Thema gekozen: ${x.theme}.`,
    deselectTheme: (x: CommandInput<'deselectTheme'>) => `Thema geschrapt: ${x.theme}.`,
    addAction: (x: CommandInput<'addAction'>) => `Actie toegevoegd: ${x.title} (${x.ownerOrganisation}).`,
    confirmSupport: (x: CommandInput<'confirmSupport'>) => `${x.organisation} bevestigt draagvlak (${x.level}).`,
    adoptAgenda: () => 'Verbeteragenda bestuurlijk vastgesteld; door naar de uitvoering.',
    updateActionStatus: (x: CommandInput<'updateActionStatus'>) => `Actie ${x.actionId}: ${x.status}${x.reason ? ` (${x.reason})` : ''}.`,
    startSchoolBoardTalks: () => 'Gesprek met de schoolbesturen gestart.',
    startSchoolTalks: () => 'Gesprek met de scholen gestart.',
    fixTrainingCalendar: () => 'Scholing staat op de activiteitenkalender van de schoolbesturen.',
    planTrainingSession: (x: CommandInput<'planTrainingSession'>) => `Scholingsbijeenkomst gepland op ${x.date}: ${x.title}.`,
    recordTrainingDelivered: (x: CommandInput<'recordTrainingDelivered'>) =>
      `Scholingsbijeenkomst gegeven: ${x.schoolsReached} scholen, ${x.staffTrained} medewerkers.`,
    completeExecution: () => 'Uitvoering afgerond; door naar de borging.',
    recordEmbedding: (x: CommandInput<'recordEmbedding'>) => `Actie ${x.actionId} geborgd in ${x.instrumentName} (${x.takenOverBy}).`,
    nameEmbeddingOwner: (x: CommandInput<'nameEmbeddingOwner'>) => `Interne eigenaar van de borging: ${x.role}.`,
    recordLeadDeparture: () => 'Vertrek van de projectleider vastgelegd.',
    completeEmbedding: () => 'Borging afgerond; door naar de continuering.',
    recordCheckIn: (x: CommandInput<'recordCheckIn'>) => `Jaarlijkse check-in ${x.year}.`,
    closeProgramme: () => 'Programma gesloten.',
    reportIndicators: (x: CommandInput<'reportIndicators'>) => `Indicatoren ${x.period} vastgelegd.`,
    acknowledgeEscalation: (x: CommandInput<'acknowledgeEscalation'>) =>
      `Escalatie afgehandeld: ${x.decision}${x.weeks ? ` (${x.weeks} weken)` : ''}${x.note ? ` – ${x.note}` : ''}.`,
    pauseProgramme: (x: CommandInput<'pauseProgramme'>) => `Programma gepauzeerd: ${x.reason}.`,
    resumeProgramme: () => 'Programma hervat.',
    abortProgramme: (x: CommandInput<'abortProgramme'>) => `Programma afgebroken: ${x.reason}.`,
    changeSettings: () => 'Instellingen van het programma gewijzigd.',
    recordMentorPairing: (x: CommandInput<'recordMentorPairing'>) => `Mentor gekoppeld: ${x.name}${x.note ? ` – ${x.note}` : ''}.`,
  };
  return (SUMMARIES[c.type] as (c: Command) => string)(c).slice(0, 2 * MAX_TEXT);
}
