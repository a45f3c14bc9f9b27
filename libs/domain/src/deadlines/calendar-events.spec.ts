import { describe, expect, it } from 'vitest';
import {
  advanceTime,
  decide,
  inExecutionWithTraining,
  startOfAmsterdamDay,
  startProgramme,
  viewProgramme,
  WEEK_MS,
  type Actor,
  type Command,
  type CommandPayloads,
  type CommandType,
  type ProgrammeState,
} from '../index';
import { calendarEventsOf, type CalendarEvent } from './calendar-events';

// The event derivation of the calendar feeds (issue 16): what the time engine will fire, the open
// escalations and the training sessions, from the state alone.

const sut = calendarEventsOf;
const T0 = Date.parse('2026-11-23T10:00:00.000Z');
const LEAD: Actor = { role: 'PROJECT_LEAD' };
const ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD' };

const step = <T extends CommandType>(type: T, payload: CommandPayloads[T], actor: Actor = LEAD): Command =>
  ({ type, ...payload, actor }) as Command;

function given(state: ProgrammeState, commands: Command[], at = T0): ProgrammeState {
  return commands.reduce((s, command) => {
    const outcome = decide(s, command, at);
    if (!outcome.ok) throw new Error(`${command.type} refused: ${outcome.error.message}`);
    return outcome.value;
  }, state);
}

function programme(at = T0, calendarCutoff?: string): ProgrammeState {
  const started = startProgramme(
    {
      programmeId: 'programme-GM0344-1',
      municipalityCode: 'GM0344',
      sequence: 1,
      schoolHolidayRegion: 'midden',
      ...(calendarCutoff ? { settings: { calendarCutoff } } : {}),
    },
    at,
  );
  if (!started.ok) throw new Error(started.error.message);
  return started.value;
}

/** In EXECUTION with a training track (EXPERTISE and an action aimed at schools, R3.1). */
function executingWithTraining(at = T0, calendarCutoff?: string): ProgrammeState {
  return inExecutionWithTraining(
    {
      programmeId: 'programme-GM0344-1',
      municipalityCode: 'GM0344',
      sequence: 1,
      schoolHolidayRegion: 'midden',
      ...(calendarCutoff ? { settings: { calendarCutoff } } : {}),
    },
    at,
  );
}

const ofKind = (events: CalendarEvent[], kind: CalendarEvent['kind']) => events.filter((e) => e.kind === kind);
const startMs = (e: CalendarEvent): number => (e.allDay ? startOfAmsterdamDay(e.date) : Date.parse(e.at));
const dates = (events: CalendarEvent[]) => events.map((e) => (e.allDay ? e.date : e.at));

/** The time engine's own next deadline (viewProgramme) is always one of the feed's events. */
function expectNextDeadlineIn(state: ProgrammeState, events: CalendarEvent[]): void {
  const next = viewProgramme(state).nextDeadlineAt;
  expect(next).toBeDefined();
  expect(events.map(startMs)).toContain(Date.parse(next!));
}

describe('stall deadlines (docs/rules.md "Stalls and escalations")', () => {
  it("shows a new programme's next ladder level: the project lead's reminder at the COMMITMENT threshold", () => {
    const state = programme();
    const events = sut(state);
    expect(events).toHaveLength(1);
    const [level1] = ofKind(events, 'STALL_LEVEL');
    expect(level1).toMatchObject({
      allDay: false,
      at: new Date(T0 + state.settings.stallThresholdWeeks.COMMITMENT * WEEK_MS).toISOString(),
      uid: 'programme-GM0344-1/stall/COMMITMENT/level-1',
      programmeId: 'programme-GM0344-1',
    });
    expect(level1!.summary).toBe(
      'Commitment (bestuurlijk draagvlak): zonder voortgang volgt een herinnering aan de projectleider',
    );
    expectNextDeadlineIn(state, events);
  });

  it('keeps the UID when progress moves the deadline, so a calendar moves the event instead of adding one', () => {
    const before = sut(programme())[0]!;
    const later = T0 + WEEK_MS;
    const after = sut(given(programme(), [step('designateAdministrativeLead', { name: 'Wethouder' })], later))[0]!;
    expect(after.uid).toBe(before.uid);
    expect(Date.parse((after as { at: string }).at) - Date.parse((before as { at: string }).at)).toBe(WEEK_MS);
  });

  it('shows a fired level as an open escalation at the moment it passed, and the next level after it', () => {
    const start = programme();
    const level1At = T0 + start.settings.stallThresholdWeeks.COMMITMENT * WEEK_MS;
    const state = advanceTime(start, level1At + 1000);
    const events = sut(state);
    expect(ofKind(events, 'OPEN_ESCALATION')).toEqual([
      expect.objectContaining({
        uid: 'programme-GM0344-1/escalation-1',
        at: new Date(level1At).toISOString(),
        summary: 'Open escalatie (niveau 1, projectleider): Commitment (bestuurlijk draagvlak)',
      }),
    ]);
    expect(ofKind(events, 'STALL_LEVEL')).toEqual([
      expect.objectContaining({
        uid: 'programme-GM0344-1/stall/COMMITMENT/level-2',
        at: new Date(level1At + start.settings.escalationIntervalWeeks * WEEK_MS).toISOString(),
      }),
    ]);
    expectNextDeadlineIn(state, events);
  });

  it('a paused programme has no deadlines (its clocks stand still); its open escalations stay', () => {
    const start = programme();
    const level1At = T0 + start.settings.stallThresholdWeeks.COMMITMENT * WEEK_MS;
    const fired = advanceTime(start, level1At + 1000);
    const paused = given(fired, [step('pauseProgramme', { reason: 'Verkiezingen' }, ALDERMAN)], level1At + 2000);
    expect(viewProgramme(paused).nextDeadlineAt).toBeUndefined();
    expect(sut(paused).map((e) => e.kind)).toEqual(['OPEN_ESCALATION']);
  });

  it('an aborted programme has none at all', () => {
    const aborted = given(programme(), [step('abortProgramme', { reason: 'Fusie' }, ALDERMAN)]);
    expect(sut(aborted)).toEqual([]);
  });

  it('shows nothing for a row that holds only a snapshot (projected before the lifecycle engine)', () => {
    const { programmeId, municipalityCode, sequence, phase, status, startedAt, updatedAt, version } = programme();
    expect(sut({ programmeId, municipalityCode, sequence, phase, status, startedAt, updatedAt, version })).toEqual([]);
  });
});

describe('R3.1 school-year deadlines of the training track', () => {
  it('shows the four dates of the target year while waiting for the window: 1 January, 1 February, end of February, 31 May', () => {
    const state = executingWithTraining();
    expect(state.training?.targetYear).toBe(2027);
    const deadlines = ofKind(sut(state), 'SCHOOL_YEAR_DEADLINE');
    expect(dates(deadlines)).toEqual(['2027-01-01', '2027-02-01', '2027-02-28', '2027-05-31']);
    expect(deadlines.every((e) => e.allDay)).toBe(true);
    expect(deadlines.map((e) => e.uid)).toEqual([
      'programme-GM0344-1/school-year-2027/window-opens',
      'programme-GM0344-1/school-year-2027/not-started',
      'programme-GM0344-1/school-year-2027/last-day-to-start',
      'programme-GM0344-1/school-year-2027/calendar-cutoff',
    ]);
    expect(deadlines[0]!.summary).toBe('Scholing schooljaar 2027/2028: start het gesprek met de schoolbesturen');
    expect(deadlines.every((e) => e.description.endsWith('(regel R3.1)'))).toBe(true);
    expectNextDeadlineIn(state, sut(state));
  });

  it('counts 29 February in a leap year and follows a calendar cut-off set per programme', () => {
    const state = executingWithTraining(Date.parse('2027-09-06T08:00:00.000Z'), '06-15');
    expect(state.training?.targetYear).toBe(2028);
    expect(dates(ofKind(sut(state), 'SCHOOL_YEAR_DEADLINE'))).toEqual([
      '2028-01-01',
      '2028-02-01',
      '2028-02-29',
      '2028-06-15',
    ]);
  });

  it('once the window is open, the dates still ahead; once talks with the boards started, only the cut-off', () => {
    const start = executingWithTraining();
    const windowOpen = advanceTime(start, Date.parse('2027-01-02T09:00:00.000Z'));
    expect(dates(ofKind(sut(windowOpen), 'SCHOOL_YEAR_DEADLINE'))).toEqual(['2027-02-01', '2027-02-28', '2027-05-31']);
    expectNextDeadlineIn(windowOpen, sut(windowOpen));
    const talks = given(windowOpen, [step('startSchoolBoardTalks', {})], Date.parse('2027-01-10T09:00:00.000Z'));
    expect(dates(ofKind(sut(talks), 'SCHOOL_YEAR_DEADLINE'))).toEqual(['2027-05-31']);
    expectNextDeadlineIn(talks, sut(talks));
  });

  it('a missed school year moves the dates to the next target year, under new UIDs', () => {
    const missed = advanceTime(executingWithTraining(), Date.parse('2027-03-01T09:00:00.000Z'));
    expect(missed.training?.targetYear).toBe(2028);
    const deadlines = ofKind(sut(missed), 'SCHOOL_YEAR_DEADLINE');
    expect(dates(deadlines)).toEqual(['2028-01-01', '2028-02-01', '2028-02-29', '2028-05-31']);
    expect(deadlines.every((e) => e.uid.includes('/school-year-2028/'))).toBe(true);
    expect(ofKind(sut(missed), 'OPEN_ESCALATION').map((e) => e.summary)).toContain(
      'Open escalatie (niveau 2, bestuurlijk trekker): Scholingstraject',
    );
  });
});

describe('planned training sessions', () => {
  it('shows each session as an all-day event on its date; a fixed calendar has no school-year deadlines left', () => {
    const talks = given(
      advanceTime(executingWithTraining(), Date.parse('2027-01-02T09:00:00.000Z')),
      [step('startSchoolBoardTalks', {}), step('fixTrainingCalendar', {})],
      Date.parse('2027-01-10T09:00:00.000Z'),
    );
    const state = given(
      talks,
      [
        step('planTrainingSession', { date: '2027-10-05', title: 'Signalen herkennen' }),
        step('planTrainingSession', { date: '2028-03-14', title: 'Meldcode in de praktijk' }),
      ],
      Date.parse('2027-01-11T09:00:00.000Z'),
    );
    const events = sut(state);
    expect(ofKind(events, 'SCHOOL_YEAR_DEADLINE')).toEqual([]);
    const sessions = ofKind(events, 'TRAINING_SESSION');
    expect(sessions.map((e) => [e.allDay, dates([e])[0], e.summary])).toEqual([
      [true, '2027-10-05', 'Scholingsbijeenkomst: Signalen herkennen'],
      [true, '2028-03-14', 'Scholingsbijeenkomst: Meldcode in de praktijk'],
    ]);
    expect(new Set(sessions.map((e) => e.uid)).size).toBe(2);
  });
});

describe('every event', () => {
  it('has a unique UID and a Dutch summary in words, without codes', () => {
    const states = [
      programme(),
      advanceTime(programme(), T0 + 30 * WEEK_MS),
      executingWithTraining(),
      advanceTime(executingWithTraining(), Date.parse('2027-03-01T09:00:00.000Z')),
    ];
    for (const state of states) {
      const events = sut(state);
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
      for (const e of events) {
        expect(e.summary).not.toMatch(/\b[A-Z]{2,}(_[A-Z]+)*\b/);
        expect(e.summary).not.toMatch(/action-\d|ACTION:/);
      }
      // Ordered by when they happen.
      const starts = events.map(startMs);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });
});
