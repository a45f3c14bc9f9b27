import { startOfAmsterdamDay } from '../calendar';
import type { SuccessorInstrument } from './commands';
import { iso, progress, record, stopClock, SYSTEM } from './draft';
import { newClock } from './clocks';
import { oneOf, optionalText } from './input';
import { refuse } from './refusal';
import {
  POLICY_INSTRUMENT_KINDS,
  type Action,
  type Embedding,
  type InstrumentPeriod,
  type ProgrammeState,
  type StepKey,
} from './types';

// R4.5 Borging that lasts (docs/rules.md): an embedding names its instrument's period; an
// instrument whose period has ended without a named successor raises "record the successor
// instrument", a step with its own stall clock (SUCCESSOR:<actionId>, 8 weeks to level 1).

/** Years policy documents name; the pioneers' instruments began in 2015, so earlier is a typo. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** The stall clock of "record the successor instrument" of the action's embedding. */
export const successorKey = (actionId: string): StepKey => `SUCCESSOR:${actionId}`;

/** The action id of a successor clock's key, or undefined for any other key. */
export const actionOfSuccessorKey = (key: string): string | undefined =>
  key.startsWith('SUCCESSOR:') ? key.slice('SUCCESSOR:'.length) : undefined;

const isYear = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR;

/** R4.5: a period in whole years, `from` required, `to` (the last year it runs) optional and not before `from`. */
export function instrumentPeriod(value: unknown, field = 'period'): InstrumentPeriod | undefined {
  if (value === undefined || value === null) return undefined;
  const p = value as { from?: unknown; to?: unknown };
  if (typeof value !== 'object' || !isYear(p.from))
    refuse('INVALID_INPUT', `Geef het beginjaar van de looptijd van het instrument (bijv. 2015).`, {
      field: `${field}.from`,
    });
  if (p.to === undefined || p.to === null) return { from: p.from };
  if (!isYear(p.to))
    refuse('INVALID_INPUT', 'Geef het laatste jaar van de looptijd als jaartal (bijv. 2020), of laat het leeg.', {
      field: `${field}.to`,
    });
  if (p.to < p.from)
    refuse('INVALID_INPUT', `Het laatste jaar (${p.to}) ligt vóór het beginjaar (${p.from}).`, {
      field: `${field}.to`,
    });
  return { from: p.from, to: p.to };
}

/** "2015–2020", "vanaf 2024" / "from 2024". */
export function periodText(period: InstrumentPeriod, language: 'nl' | 'en' = 'nl'): string {
  if (period.to === undefined) return language === 'nl' ? `vanaf ${period.from}` : `from ${period.from}`;
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

/**
 * R4.5: the instant an instrument's period has ended: 00:00 Amsterdam on 1 January after its last
 * year (docs/rules.md "Time and dates": a period "to 2020" runs through 31 December 2020).
 */
export function periodEndsAt(period: InstrumentPeriod | undefined): number | undefined {
  return period?.to === undefined ? undefined : startOfAmsterdamDay(`${period.to + 1}-01-01`);
}

/** Whether the instrument's period has ended at `nowMs` (an open-ended or absent period never ends). */
export function periodEnded(period: InstrumentPeriod | undefined, nowMs: number): boolean {
  const endsAt = periodEndsAt(period);
  return endsAt !== undefined && endsAt <= nowMs;
}

/** The actions whose embedding's instrument has ended without a successor (R4.5), in agenda order. */
export function awaitingSuccessor(state: ProgrammeState): Action[] {
  return state.agenda.actions.filter((a) => a.embedding?.ended !== undefined);
}

/**
 * The earliest instrument period still to end (for the time engine): embeddings recorded before
 * R4.5 have no period, so a running programme's timers are as they were.
 */
export function nextInstrumentEnd(state: ProgrammeState): { atMs: number; actionId: string } | undefined {
  let best: { atMs: number; actionId: string } | undefined;
  for (const a of state.agenda.actions) {
    const e = a.embedding;
    if (!e || e.ended) continue;
    const atMs = periodEndsAt(e.period);
    if (atMs !== undefined && (!best || atMs < best.atMs)) best = { atMs, actionId: a.id };
  }
  return best;
}

/**
 * R4.5: the instrument stopped being in force at `atMs` (its period ended, or a check-in said so):
 * the successor step opens with its clock running from then, so a period that ended long ago is
 * as far up the ladder as its dates say ("a deadline that has already passed fires at once, in order").
 */
export function endInstrument(
  d: ProgrammeState,
  action: Action,
  by: 'PERIOD' | 'CHECK_IN',
  atMs: number,
  nowMs: number,
): void {
  const e = action.embedding;
  if (!e) throw new Error(`action ${action.id} is not embedded`);
  e.ended = { at: iso(atMs), by };
  const key = successorKey(action.id);
  stopClock(d, key);
  d.clocks.push(newClock(key, d.status === 'ACTIVE' ? iso(atMs) : null));
  const why =
    by === 'PERIOD' && e.period
      ? `de looptijd (${periodText(e.period)}) is verstreken`
      : 'de check-in meldt dat het niet meer geldt';
  record(
    d,
    nowMs,
    SYSTEM,
    'instrumentEnded',
    `Het beleidsinstrument '${e.instrumentName}' van actie ${action.id} geldt niet meer: ${why}. Leg het opvolgende instrument vast (R4.5).`,
  );
}

/**
 * R4.5: the instrument that follows the embedding's current one. The current one moves to
 * `pastInstruments`; the successor's own period is then watched in turn. A successor whose period
 * has already ended is refused: name the instrument in force now.
 */
export function recordSuccessor(
  d: ProgrammeState,
  action: Action,
  input: SuccessorInstrument,
  nowMs: number,
  field = '',
): void {
  const e: Embedding | undefined = action.embedding;
  if (!e)
    refuse('UNKNOWN_REFERENCE', `De actie '${action.title}' is nog niet geborgd; leg eerst de borging vast.`, {
      actionId: action.id,
    });
  const instrumentName = optionalText(input?.instrumentName, 'de naam van het opvolgende instrument');
  if (!instrumentName)
    refuse('R4.5', 'Noem het beleidsinstrument dat het verlopen instrument opvolgt.', {
      field: `${field}instrumentName`,
    });
  const instrument =
    input.instrument === undefined
      ? e.instrument
      : oneOf(input.instrument, POLICY_INSTRUMENT_KINDS, 'het beleidsinstrument');
  if (instrument === 'STAND_ALONE_PROJECT')
    refuse('R4.1', 'Borg de actie in bestaand beleid, niet als een (losstaand) project.', {
      field: `${field}instrument`,
    });
  const period = instrumentPeriod(input.period, `${field}period`);
  if (period && periodEnded(period, nowMs))
    refuse(
      'R4.5',
      `Het instrument '${instrumentName}' (${periodText(period)}) is zelf al verlopen; noem het instrument dat nu geldt.`,
      { field: `${field}period.to` },
    );
  e.pastInstruments = [
    ...(e.pastInstruments ?? []),
    {
      instrument: e.instrument,
      instrumentName: e.instrumentName,
      ...(e.period ? { period: e.period } : {}),
      ...(e.ended ? { endedAt: e.ended.at } : {}),
      succeededAt: iso(nowMs),
    },
  ];
  e.instrument = instrument;
  e.instrumentName = instrumentName;
  if (period) e.period = period;
  else delete e.period;
  delete e.ended;
  delete e.confirmedInForce;
  const key = successorKey(action.id);
  progress(d, key, nowMs, `opvolgend instrument '${instrumentName}' vastgelegd`);
  stopClock(d, key);
}
