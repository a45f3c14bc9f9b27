import { addIsoDays, amsterdamDate } from '../calendar/amsterdam-time';
import { trainingDeadlines } from '../calendar/training-deadlines';
import { escalationMessage } from '../labels-timeline';
import { nextLevelDue } from '../lifecycle/clocks';
import type { EscalationLevel, ProgrammeState, StepKey, TrainingTrack } from '../lifecycle/types';
import type { ProgrammeSnapshot } from '../programme';

// The dates of one programme as calendar events (issue 16): pure, from the state the read model
// holds, so the feed shows what the workflow's time engine will do (docs/rules.md "Stalls and
// escalations", R3.1). Every event has a UID that stays the same while the event is the same
// thing, so a calendar that polls the feed moves it instead of adding a second one.

type CalendarEventKind = 'STALL_LEVEL' | 'OPEN_ESCALATION' | 'SCHOOL_YEAR_DEADLINE' | 'TRAINING_SESSION';

interface EventBase {
  /** Stable across fetches: `<programmeId>/…`, unique within the programme. */
  uid: string;
  kind: CalendarEventKind;
  programmeId: string;
  /** Dutch, in words (no codes). */
  summary: string;
  description: string;
}

/** A moment (a stall level, an escalation's deadline): an instant shown in Europe/Amsterdam. */
interface TimedCalendarEvent extends EventBase {
  allDay: false;
  /** ISO 8601 instant. */
  at: string;
  /** STALL_LEVEL: the clock's step and the ladder level it reaches at `at`. */
  stall?: { step: StepKey; level: EscalationLevel };
}

/** The R3.1 school-year dates, in the order the time engine reaches them. */
export type SchoolYearDeadline = 'WINDOW_OPENS' | 'NOT_STARTED' | 'LAST_DAY_TO_START' | 'CALENDAR_CUTOFF';

/** A day (a school-year date, a training session): a date in the Netherlands, `YYYY-MM-DD`. */
interface AllDayCalendarEvent extends EventBase {
  allDay: true;
  date: string;
  /** SCHOOL_YEAR_DEADLINE: which date of which target year, and the instant the time engine acts on it. */
  schoolYear?: { deadline: SchoolYearDeadline; targetYear: number; actsAt: string };
}

export type CalendarEvent = TimedCalendarEvent | AllDayCalendarEvent;

const LEVEL_NL: Record<EscalationLevel, string> = {
  1: 'een herinnering aan de projectleider',
  2: 'een escalatie naar de bestuurlijk trekker (wethouder)',
  3: 'een escalatie naar de kwartiermakers',
};

const RECIPIENT_NL: Record<EscalationLevel, string> = {
  1: 'projectleider',
  2: 'bestuurlijk trekker',
  3: 'kwartiermakers',
};

const STEP_NL: Record<Exclude<StepKey, `ACTION:${string}`>, string> = {
  COMMITMENT: 'Commitment (bestuurlijk draagvlak)',
  AGENDA: 'Verbeteragenda',
  EMBEDDING: 'Borging',
  CONTINUATION: 'Jaarlijkse check-in',
  TRAINING: 'Scholingstraject',
  RECOMMITMENT: 'Commitment opnieuw bevestigen (R1.6)',
};

function stepName(state: ProgrammeState, step: StepKey): string {
  if (step.startsWith('ACTION:')) {
    const action = state.agenda?.actions?.find((a) => `ACTION:${a.id}` === step);
    return `Actie '${action?.title ?? step.slice('ACTION:'.length)}'`;
  }
  if (step.startsWith('SUCCESSOR:')) {
    // R4.5: the successor instrument of an action's embedding.
    const action = state.agenda?.actions?.find((a) => `SUCCESSOR:${a.id}` === step);
    return `Opvolgend instrument voor actie '${action?.title ?? step.slice('SUCCESSOR:'.length)}'`;
  }
  return STEP_NL[step as keyof typeof STEP_NL];
}

/** A UID part without the characters calendar clients treat specially. */
const uidPart = (s: string): string => s.replace(/[^A-Za-z0-9._-]+/g, '-');

// Every lifecycle state has settings; a snapshot has none. Lists are read with a default, as a
// state that went through a JSON encoder dropping empty lists (Temporal's CLI) still counts.
const isFullState = (s: ProgrammeSnapshot | ProgrammeState): s is ProgrammeState =>
  typeof (s as Partial<ProgrammeState>).settings === 'object';

/**
 * Every calendar event of a programme, ordered by when it happens:
 * - the next ladder level of each running stall clock (the time engine's own computation);
 * - each open escalation, at the moment its deadline passed;
 * - the R3.1 school-year dates still ahead for the training track's target year;
 * - every planned training session, as a whole day.
 * Deadlines only while the programme is ACTIVE (a paused or ended programme has none, as its
 * workflow sets no timer); open escalations also while it is paused.
 */
export function calendarEventsOf(snapshot: ProgrammeSnapshot | ProgrammeState): CalendarEvent[] {
  // Rows projected before the lifecycle engine hold a snapshot only: no dates to show.
  if (!isFullState(snapshot)) return [];
  const state = snapshot;
  const id = state.programmeId;
  const events: CalendarEvent[] = [];
  const active = state.status === 'ACTIVE';

  if (active) {
    for (const clock of state.clocks ?? []) {
      const due = nextLevelDue(clock, state.settings);
      if (!due) continue;
      const name = stepName(state, clock.step);
      events.push({
        uid: `${id}/stall/${uidPart(clock.step)}/level-${due.level}`,
        kind: 'STALL_LEVEL',
        programmeId: id,
        allDay: false,
        at: new Date(due.atMs).toISOString(),
        stall: { step: clock.step, level: due.level },
        summary: `${name}: zonder voortgang volgt ${LEVEL_NL[due.level]}`,
        description:
          `Als er tot dit moment geen voortgang is op ${name.toLowerCase()}, volgt ${LEVEL_NL[due.level]} ` +
          `(niveau ${due.level} van de escalatieladder). Elke stap in dit onderdeel zet de klok opnieuw.`,
      });
    }
  }

  if (state.status === 'ACTIVE' || state.status === 'PAUSED') {
    for (const escalation of state.escalations ?? []) {
      if (escalation.status !== 'OPEN') continue;
      events.push({
        uid: `${id}/${uidPart(escalation.id.split('/').pop() ?? escalation.id)}`,
        kind: 'OPEN_ESCALATION',
        programmeId: id,
        allDay: false,
        at: new Date(Date.parse(escalation.dueAt)).toISOString(),
        summary: `Open escalatie (niveau ${escalation.level}, ${RECIPIENT_NL[escalation.level]}): ${stepName(state, escalation.step)}`,
        // The stored reason with plurals by ICU rules (issue 15: never "actie(s)").
        description: escalation.ruleId
          ? `${escalationMessage(escalation, 'nl')} (regel ${escalation.ruleId})`
          : escalationMessage(escalation, 'nl'),
      });
    }
  }

  if (active && state.phase === 'EXECUTION' && state.training)
    events.push(...schoolYearDates(id, state.training, state.settings.calendarCutoff));

  for (const session of state.training?.sessions ?? []) {
    events.push({
      uid: `${id}/${uidPart(session.id)}`,
      kind: 'TRAINING_SESSION',
      programmeId: id,
      allDay: true,
      date: session.date,
      summary: `Scholingsbijeenkomst: ${session.title}`,
      description: session.delivered
        ? `Gegeven: ${session.delivered.schoolsReached} scholen bereikt, ${session.delivered.staffTrained} medewerkers geschoold.`
        : 'Geplande scholingsbijeenkomst van het scholingstraject (R3.1).',
    });
  }

  return events.sort((a, b) => startKey(a).localeCompare(startKey(b)) || a.uid.localeCompare(b.uid));
}

// All-day events sort at the start of their day; ISO instants and dates compare as text.
const startKey = (e: CalendarEvent): string => (e.allDay ? `${e.date}T00:00:00.000Z` : e.at);

/**
 * R3.1: the dates of the target year the time engine still has ahead, by the track's stage
 * (time-engine.ts `nextDeadlineOf`): 1 January the window opens; from 1 February a talk with the
 * school boards that has not started is escalated; the last day of February is the last day to
 * start it (else the school year is missed); by the calendar cut-off (31 May unless set) the
 * training must be on the boards' activity calendar.
 */
function schoolYearDates(programmeId: string, track: TrainingTrack, calendarCutoff: string): AllDayCalendarEvent[] {
  const y = track.targetYear;
  const sy = `${y}/${y + 1}`;
  const stored = track.deadlines;
  // Tracks planned before deadlines were stored compute them as the time engine does.
  const d = stored
    ? {
        windowOpensAt: Date.parse(stored.windowOpensAt),
        notStartedEscalationAt: Date.parse(stored.notStartedEscalationAt),
        schoolYearMissedAt: Date.parse(stored.schoolYearMissedAt),
        calendarCutoffAt: Date.parse(stored.calendarCutoffAt),
      }
    : trainingDeadlines(y, calendarCutoff);
  const event = (
    key: string,
    deadline: SchoolYearDeadline,
    actsAtMs: number,
    date: string,
    summary: string,
    description: string,
  ): AllDayCalendarEvent => ({
    uid: `${programmeId}/school-year-${y}/${key}`,
    kind: 'SCHOOL_YEAR_DEADLINE',
    programmeId,
    allDay: true,
    date,
    schoolYear: { deadline, targetYear: y, actsAt: new Date(actsAtMs).toISOString() },
    summary,
    description: `${description} (regel R3.1)`,
  });
  const windowOpens = event(
    'window-opens',
    'WINDOW_OPENS',
    d.windowOpensAt,
    amsterdamDate(d.windowOpensAt),
    `Scholing schooljaar ${sy}: start het gesprek met de schoolbesturen`,
    `Het venster voor scholing in schooljaar ${sy} gaat open. Schoolbesturen leggen hun activiteitenkalender in het voorjaar vast: begin bij de besturen.`,
  );
  const notStarted = event(
    'not-started',
    'NOT_STARTED',
    d.notStartedEscalationAt,
    amsterdamDate(d.notStartedEscalationAt),
    `Scholing schooljaar ${sy}: gesprek met de schoolbesturen moet gestart zijn`,
    `Is het gesprek met de schoolbesturen over schooljaar ${sy} vandaag niet gestart, dan volgt een herinnering aan de projectleider.`,
  );
  const lastDayToStart = event(
    'last-day-to-start',
    'LAST_DAY_TO_START',
    d.schoolYearMissedAt,
    // The school year is missed at 00:00 on 1 March: the last day to start is the day before.
    addIsoDays(amsterdamDate(d.schoolYearMissedAt), -1),
    `Scholing schooljaar ${sy}: laatste dag om het gesprek met de schoolbesturen te starten`,
    `Is het gesprek met de schoolbesturen eind februari niet gestart, dan is schooljaar ${sy} gemist en volgt een escalatie naar de bestuurlijk trekker.`,
  );
  const calendarCutoffDate = event(
    'calendar-cutoff',
    'CALENDAR_CUTOFF',
    d.calendarCutoffAt,
    addIsoDays(amsterdamDate(d.calendarCutoffAt), -1),
    `Scholing schooljaar ${sy}: uiterste datum activiteitenkalender schoolbesturen`,
    `Staat de scholing vandaag niet op de activiteitenkalender van de schoolbesturen, dan is schooljaar ${sy} gemist en volgt een escalatie naar de kwartiermakers.`,
  );
  switch (track.stage) {
    case 'WAITING_FOR_WINDOW':
      return [windowOpens, notStarted, lastDayToStart, calendarCutoffDate];
    case 'WINDOW_OPEN':
      return track.fired.notStarted
        ? [lastDayToStart, calendarCutoffDate]
        : [notStarted, lastDayToStart, calendarCutoffDate];
    case 'BOARD_TALKS':
      return [calendarCutoffDate];
    case 'CALENDAR_FIXED':
      return [];
    default: {
      const unreachable: never = track.stage;
      throw new Error(`unknown training stage ${String(unreachable)}`);
    }
  }
}
