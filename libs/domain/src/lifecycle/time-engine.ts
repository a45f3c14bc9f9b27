import { trainingDeadlines } from '../calendar';
import { nextLevelDue } from './clocks';
import { clone, raise, touch } from './draft';
import { fireElectionCheck, pendingElectionCheck } from './political-cycle';
import type { StepOptions } from './steps/step';
import { actionOfSuccessorKey, endInstrument, nextInstrumentEnd } from './instruments';
import { slipSchoolYear } from './training-track';
import type { EscalationLevel, ProgrammeState, StepKey, TrainingTrack } from './types';

// The time engine: stall ladders and school-year deadlines (R3.1) fire by themselves, in order,
// whenever time is brought up to a moment (docs/rules.md "Stalls and escalations", "Time and dates").

type TrainingDeadline = 'windowOpens' | 'notStarted' | 'missed' | 'cutoff';
type DueEvent =
  | { kind: 'stall'; atMs: number; step: StepKey; level: EscalationLevel }
  | { kind: 'training'; atMs: number; deadline: TrainingDeadline }
  | { kind: 'election'; atMs: number; electionDay: string }
  | { kind: 'instrument'; atMs: number; actionId: string };

/**
 * Brings the programme up to `nowMs`: stall levels and school-year deadlines fire in order.
 * `rules`: the rules in force (a history recorded before a time rule existed replays without it).
 */
export function advanceTime(state: ProgrammeState, nowMs: number, rules: StepOptions = {}): ProgrammeState {
  const draft = clone(state);
  if (fireDueEvents(draft, nowMs, rules) > 0) touch(draft, nowMs);
  else return state;
  return draft;
}

/** The next instant something fires by itself (stall level or school-year deadline). */
export function nextWakeAt(state: ProgrammeState, rules: StepOptions = {}): number | undefined {
  const next = nextEvent(state, rules);
  return next?.atMs;
}

/** Fires every event due at or before `nowMs`, earliest first; returns how many fired. */
export function fireDueEvents(d: ProgrammeState, nowMs: number, rules: StepOptions = {}): number {
  let fired = 0;
  for (let guard = 0; guard < 1000; guard++) {
    const next = nextEvent(d, rules);
    if (!next || next.atMs > nowMs) return fired;
    fired++;
    if (next.kind === 'stall') fireStall(d, next.step, next.level, next.atMs, nowMs);
    else if (next.kind === 'training') fireTraining(d, next.deadline, next.atMs, nowMs);
    else if (next.kind === 'election')
      fireElectionCheck(d, next.electionDay, next.atMs, nowMs, rules.recommitmentFromNotice !== false);
    else fireInstrumentEnded(d, next.actionId, next.atMs, nowMs);
  }
  throw new Error('too many due events: a deadline does not advance');
}

// `rules` switches time rules added later (none yet) on or off.
function nextEvent(state: ProgrammeState, rules: StepOptions): DueEvent | undefined {
  if (state.status !== 'ACTIVE') return undefined;
  let best: DueEvent | undefined;
  for (const clock of state.clocks) {
    const due = nextLevelDue(clock, state.settings);
    if (due && (!best || due.atMs < best.atMs))
      best = { kind: 'stall', atMs: due.atMs, step: clock.step, level: due.level };
  }
  const training =
    state.phase === 'EXECUTION' ? nextTrainingDeadline(state.training, state.settings.calendarCutoff) : undefined;
  if (training && (!best || training.atMs < best.atMs)) best = training;
  // R1.6: 16 weeks after an election day without a new mandate (off in histories from before the rule).
  const election = rules.politicalCycle === false ? undefined : pendingElectionCheck(state);
  if (election && (!best || election.atMs < best.atMs)) best = { kind: 'election', ...election };
  // R4.5: an instrument's period ends (only embeddings recorded with a period have one).
  const instrument = nextInstrumentEnd(state);
  if (instrument && (!best || instrument.atMs < best.atMs)) best = { kind: 'instrument', ...instrument };
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
    RECOMMITMENT: 'het opnieuw bevestigen van het commitment door de bestuurlijk trekker',
  };
  const successorOf = actionOfSuccessorKey(step);
  if (successorOf !== undefined) {
    const action = d.agenda.actions.find((a) => a.id === successorOf);
    return `het opvolgende instrument voor '${action?.embedding?.instrumentName ?? successorOf}'`;
  }
  return names[step] ?? step;
};

function fireStall(d: ProgrammeState, step: StepKey, level: EscalationLevel, atMs: number, nowMs: number): void {
  const clock = d.clocks.find((c) => c.step === step);
  if (!clock) throw new Error(`no clock for ${step}`);
  clock.firedLevel = level;
  const recipients = {
    1: 'herinnering aan de projectleider',
    2: 'escalatie naar de bestuurlijk trekker',
    3: 'escalatie naar de kwartiermakers',
  };
  raise(d, {
    level,
    kind: 'STALL',
    step,
    // R1.6: the re-confirmation's ladder cites its rule.
    ...(step === 'RECOMMITMENT' ? { ruleId: 'R1.6' as const } : {}),
    ...(actionOfSuccessorKey(step) !== undefined ? { ruleId: 'R4.5' as const } : {}),
    message: `Geen voortgang op ${STEP_NL(d, step)}: ${recipients[level]} (niveau ${level}).`,
    dueAtMs: atMs,
    nowMs,
  });
}

/** R4.5: the period of an action's instrument ended: "record the successor instrument" opens. */
function fireInstrumentEnded(d: ProgrammeState, actionId: string, atMs: number, nowMs: number): void {
  const action = d.agenda.actions.find((a) => a.id === actionId);
  if (!action?.embedding) throw new Error(`no embedding of ${actionId}`);
  endInstrument(d, action, 'PERIOD', atMs, nowMs);
}

function fireTraining(d: ProgrammeState, deadline: TrainingDeadline, atMs: number, nowMs: number): void {
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
