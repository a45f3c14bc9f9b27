import { amsterdamDate, isValidIsoDate, startOfAmsterdamDay } from '../calendar';
import type { ProgrammePhase } from '../programme';
import { violation, type Violation } from './violation';

// Past phase dates (docs/rules.md "Programmes that began before Olievlek"). A programme registered
// as already running (`startedOn`) may declare, at registration, the day each of its past phases
// ended. Its steps are then taken in Olievlek as usual (every rule checked), and the step that
// completes a declared phase dates the move to the next phase back to the declared day, so the
// phase history, the national medians and the time in phase show true durations.
//
// Why declared at registration rather than as a `completedOn` date on each completing step: the
// whole past is known before the first catch-up step, so the domain can tell the phases that are
// really over (their clocks run from registration and never fire during the catch-up) from the
// phase the programme really is in, whose clock runs from its declared start. A date per step
// would start and fire each intermediate phase's ladder on the way, flooding people with
// escalations about phases that ended years ago.

/** Phases that can be declared as ended: each ends by a step; CONTINUATION ends only by closing. */
export const DECLARABLE_PHASES = ['COMMITMENT', 'AGENDA', 'EXECUTION', 'EMBEDDING'] as const;
export type DeclarablePhase = (typeof DECLARABLE_PHASES)[number];

/** One past phase and the day (`YYYY-MM-DD`, Europe/Amsterdam) it ended and the next one began. */
export interface PastPhase {
  phase: DeclarablePhase;
  endedOn: string;
}

const PHASE_NL: Record<DeclarablePhase, string> = {
  COMMITMENT: 'Commitment',
  AGENDA: 'Verbeteragenda',
  EXECUTION: 'Uitvoering',
  EMBEDDING: 'Borging',
};

/** What is wrong with declared past phases, for the API's English sentence. */
export type PastPhasesProblem =
  'NO_START_DATE' | 'TOO_MANY' | 'PHASE_ORDER' | 'NOT_A_DATE' | 'BEFORE_START' | 'BEFORE_PREVIOUS' | 'IN_FUTURE';

function wrong(
  field: string,
  problem: PastPhasesProblem,
  message: string,
  extra: Record<string, unknown> = {},
): Violation {
  return violation('INVALID_INPUT', message, { field, problem, ...extra });
}

/**
 * Why declared past phases cannot stand, or undefined when they can: only with `startedOn`; the
 * phases from COMMITMENT on, in lifecycle order without a gap (only phases before the one the
 * programme is really in); each end a date, not before `startedOn` nor the previous end, not after
 * today (Europe/Amsterdam). The sentence names the field, e.g. `pastPhases[1].endedOn`.
 */
export function checkPastPhases(
  pastPhases: readonly PastPhase[],
  startedOn: string | undefined,
  nowMs: number,
): Violation | undefined {
  if (pastPhases.length === 0) return undefined;
  if (startedOn === undefined) {
    return wrong(
      'pastPhases',
      'NO_START_DATE',
      'Afgeronde fasen (pastPhases) kunnen alleen worden opgegeven voor een programma dat al liep: geef ook de startdatum (startedOn) op.',
    );
  }
  if (pastPhases.length > DECLARABLE_PHASES.length) {
    return wrong(
      'pastPhases',
      'TOO_MANY',
      `Er zijn ten hoogste ${DECLARABLE_PHASES.length} afgeronde fasen (pastPhases): Commitment, Verbeteragenda, Uitvoering en Borging; de Continuering eindigt pas bij het afsluiten.`,
    );
  }
  const today = amsterdamDate(nowMs);
  let previous = { date: startedOn, field: 'startedOn', what: 'de startdatum' };
  for (const [i, past] of pastPhases.entries()) {
    const expected = DECLARABLE_PHASES[i]!;
    if (past.phase !== expected) {
      return wrong(
        `pastPhases[${i}].phase`,
        'PHASE_ORDER',
        `pastPhases[${i}].phase moet ${expected} (${PHASE_NL[expected]}) zijn: afgeronde fasen worden op volgorde opgegeven, vanaf Commitment en zonder er een over te slaan.`,
        { expected },
      );
    }
    const field = `pastPhases[${i}].endedOn`;
    const name = `Het einde van de fase ${PHASE_NL[expected]} (${field})`;
    if (typeof past.endedOn !== 'string' || !isValidIsoDate(past.endedOn)) {
      return wrong(field, 'NOT_A_DATE', `${name} moet een datum als 2016-03-01 zijn.`);
    }
    if (past.endedOn < previous.date) {
      return wrong(
        field,
        i === 0 ? 'BEFORE_START' : 'BEFORE_PREVIOUS',
        `${name} ligt vóór ${previous.what} (${previous.field}, ${previous.date}); de data moeten oplopen.`,
        { earliest: previous.date },
      );
    }
    if (past.endedOn > today) {
      return wrong(field, 'IN_FUTURE', `${name} ligt in de toekomst; het kan ten laatste vandaag (${today}) zijn.`, {
        latest: today,
      });
    }
    previous = { date: past.endedOn, field, what: `het einde van de fase ${PHASE_NL[expected]}` };
  }
  return undefined;
}

/** The instant a declared day began: 00:00 Europe/Amsterdam. */
export const declaredDayStart = (date: string): number => startOfAmsterdamDay(date);

const ALL_PHASES_NL: Record<ProgrammePhase, string> = {
  ...PHASE_NL,
  CONTINUATION: 'Continuering',
  CLOSED: 'Afgesloten',
};

/** Dutch name of a phase, for timeline sentences. */
export const pastPhaseName = (phase: ProgrammePhase): string => ALL_PHASES_NL[phase];
