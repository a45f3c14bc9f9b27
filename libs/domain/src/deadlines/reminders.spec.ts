import { describe, expect, it } from 'vitest';
import { advanceTime } from '../lifecycle/time-engine';
import { ALDERMAN, given, inExecution, programme, readyToAdopt, step } from '../lifecycle/steps/test-factories';
import type { ProgrammeState } from '../lifecycle/types';
import { DEFAULT_REMINDER_POLICY, reminderSchedule, remindersDue as sut, type Reminder } from './reminders';

// Reminders before they are needed (issue 16): two weeks and two days before each R3.1
// school-year date and before a stall clock reaches level 1 (P3), at 08:00 Europe/Amsterdam.
// T0 is Monday 2026-11-23 11:00 in Amsterdam: a training track planned then aims at 2027/2028.

const at = (iso: string) => Date.parse(iso);
const brief = (r: Reminder) => ({
  kind: r.kind,
  deadlineDate: r.deadlineDate,
  daysBefore: r.daysBefore,
  dueAt: r.dueAt,
});

/** In EXECUTION with a training track, as the workflow would hold it at `nowMs`. */
const withTraining = (region: 'noord' | 'midden' | 'zuid', code: string, nowMs: number): ProgrammeState => {
  const base = inExecution({ withTraining: true });
  return advanceTime(
    { ...base, programmeId: `programme-${code}-1`, municipalityCode: code, schoolHolidayRegion: region },
    nowMs,
  );
};

describe('R3.1 reminders before 1 February', () => {
  describe.each([
    { region: 'noord', code: 'GM0014', name: 'Groningen' },
    { region: 'midden', code: 'GM0344', name: 'Utrecht' },
    { region: 'zuid', code: 'GM0855', name: 'Tilburg' },
  ] as const)('in $name (school holiday region $region)', ({ region, code }) => {
    it('falls due on 18 and 30 January at 08:00 winter time (07:00 UTC)', () => {
      const state = withTraining(region, code, at('2027-01-10T12:00:00Z'));
      expect(state.training?.stage).toBe('WINDOW_OPEN');
      expect(
        reminderSchedule(state)
          .filter((r) => r.kind === 'TRAINING_NOT_STARTED')
          .map(brief),
      ).toEqual([
        { kind: 'TRAINING_NOT_STARTED', deadlineDate: '2027-02-01', daysBefore: 14, dueAt: '2027-01-18T07:00:00.000Z' },
        { kind: 'TRAINING_NOT_STARTED', deadlineDate: '2027-02-01', daysBefore: 2, dueAt: '2027-01-30T07:00:00.000Z' },
      ]);
    });

    it('sends the two-day one on the morning of 30 January, until 1 February 00:00', () => {
      const state = withTraining(region, code, at('2027-01-30T07:00:00Z'));
      expect(sut(state, at('2027-01-30T06:59:59Z')).map(brief)).toEqual([
        { kind: 'TRAINING_NOT_STARTED', deadlineDate: '2027-02-01', daysBefore: 14, dueAt: '2027-01-18T07:00:00.000Z' },
      ]);
      const due = sut(state, at('2027-01-30T07:00:00Z'));
      expect(due.map(brief)).toEqual([
        { kind: 'TRAINING_NOT_STARTED', deadlineDate: '2027-02-01', daysBefore: 2, dueAt: '2027-01-30T07:00:00.000Z' },
      ]);
      expect(due[0]).toMatchObject({
        programmeId: `programme-${code}-1`,
        step: 'TRAINING',
        targetYear: 2027,
        deadlineAt: '2027-01-31T23:00:00.000Z',
      });
      expect(sut(state, at('2027-01-31T22:59:59Z'))).toHaveLength(1);
      // 1 February 00:00 in Amsterdam: the time engine's own reminder takes over.
      expect(sut(state, at('2027-01-31T23:00:00Z'))).toEqual([]);
    });
  });
});

describe('R3.1 reminders before the other school-year dates', () => {
  it('before 1 January (window opens) and the last day of February, in winter time', () => {
    const state = inExecution({ withTraining: true });
    const schedule = reminderSchedule(state).map(brief);
    expect(schedule.filter((r) => r.kind === 'TRAINING_WINDOW_OPENS')).toEqual([
      { kind: 'TRAINING_WINDOW_OPENS', deadlineDate: '2027-01-01', daysBefore: 14, dueAt: '2026-12-18T07:00:00.000Z' },
      { kind: 'TRAINING_WINDOW_OPENS', deadlineDate: '2027-01-01', daysBefore: 2, dueAt: '2026-12-30T07:00:00.000Z' },
    ]);
    expect(schedule.filter((r) => r.kind === 'TRAINING_LAST_DAY_TO_START')).toEqual([
      {
        kind: 'TRAINING_LAST_DAY_TO_START',
        deadlineDate: '2027-02-28',
        daysBefore: 14,
        dueAt: '2027-02-14T07:00:00.000Z',
      },
      {
        kind: 'TRAINING_LAST_DAY_TO_START',
        deadlineDate: '2027-02-28',
        daysBefore: 2,
        dueAt: '2027-02-26T07:00:00.000Z',
      },
    ]);
  });

  it('before the calendar cut-off of 31 May: 17 and 29 May at 08:00 summer time (06:00 UTC)', () => {
    const talks = advanceTime(
      given(inExecution({ withTraining: true }), [step('startSchoolBoardTalks', {})], at('2027-01-12T09:00:00Z')),
      at('2027-05-20T12:00:00Z'),
    );
    expect(talks.training?.stage).toBe('BOARD_TALKS');
    expect(
      reminderSchedule(talks)
        .filter((r) => r.step === 'TRAINING')
        .map(brief),
    ).toEqual([
      {
        kind: 'TRAINING_CALENDAR_CUTOFF',
        deadlineDate: '2027-05-31',
        daysBefore: 14,
        dueAt: '2027-05-17T06:00:00.000Z',
      },
      {
        kind: 'TRAINING_CALENDAR_CUTOFF',
        deadlineDate: '2027-05-31',
        daysBefore: 2,
        dueAt: '2027-05-29T06:00:00.000Z',
      },
    ]);
    // Moot from 1 June 00:00 in Amsterdam (31 May 22:00 UTC).
    expect(sut(talks, at('2027-05-31T21:59:59Z')).map((r) => r.daysBefore)).toEqual([2]);
    expect(sut(talks, at('2027-05-31T22:00:00Z'))).toEqual([]);
  });

  it('a track whose talks started has no reminder of 1 February or the end of February', () => {
    const talks = given(
      inExecution({ withTraining: true }),
      [step('startSchoolBoardTalks', {})],
      at('2027-01-12T09:00:00Z'),
    );
    expect(reminderSchedule(talks).map((r) => r.kind)).not.toContain('TRAINING_NOT_STARTED');
    expect(reminderSchedule(talks).map((r) => r.kind)).not.toContain('TRAINING_LAST_DAY_TO_START');
  });
});

describe('P3 reminders before a stall clock reaches level 1', () => {
  it('in winter time: two weeks and two days before COMMITMENT’s level 1 (6 weeks after 23 November)', () => {
    const state = programme();
    expect(reminderSchedule(state).map((r) => ({ ...brief(r), step: r.step, deadlineAt: r.deadlineAt }))).toEqual([
      {
        kind: 'STALL_LEVEL_1',
        step: 'COMMITMENT',
        deadlineDate: '2027-01-04',
        deadlineAt: '2027-01-04T10:00:00.000Z',
        daysBefore: 14,
        dueAt: '2026-12-21T07:00:00.000Z',
      },
      {
        kind: 'STALL_LEVEL_1',
        step: 'COMMITMENT',
        deadlineDate: '2027-01-04',
        deadlineAt: '2027-01-04T10:00:00.000Z',
        daysBefore: 2,
        dueAt: '2027-01-02T07:00:00.000Z',
      },
    ]);
  });

  it('in summer time: a programme started on 1 April 2027 is reminded at 08:00 CEST (06:00 UTC)', () => {
    const state = programme({}, at('2027-04-01T10:00:00Z'));
    expect(reminderSchedule(state).map(brief)).toEqual([
      { kind: 'STALL_LEVEL_1', deadlineDate: '2027-05-13', daysBefore: 14, dueAt: '2027-04-29T06:00:00.000Z' },
      { kind: 'STALL_LEVEL_1', deadlineDate: '2027-05-13', daysBefore: 2, dueAt: '2027-05-11T06:00:00.000Z' },
    ]);
  });

  it('on the day the clocks go forward (28 March 2027) the reminder is still at 08:00 local', () => {
    const state = programme({}, at('2027-02-16T10:00:00Z'));
    expect(reminderSchedule(state).map(brief)).toContainEqual({
      kind: 'STALL_LEVEL_1',
      deadlineDate: '2027-03-30',
      daysBefore: 2,
      dueAt: '2027-03-28T06:00:00.000Z',
    });
  });

  it('only before level 1: once level 1 fired, levels 2 and 3 are escalations, not reminders', () => {
    const stalled = advanceTime(programme(), at('2027-01-05T12:00:00Z'));
    expect(stalled.escalations.map((e) => e.level)).toEqual([1]);
    expect(reminderSchedule(stalled)).toEqual([]);
  });

  it('progress restarts the clock: the reminders move with the deadline', () => {
    const moved = given(
      programme(),
      [step('designateAdministrativeLead', { name: 'Wethouder Jeugd' })],
      at('2026-12-22T09:00:00Z'),
    );
    expect(reminderSchedule(moved).map((r) => r.deadlineDate)).toEqual(['2027-02-02', '2027-02-02']);
    expect(sut(moved, at('2026-12-23T09:00:00Z'))).toEqual([]);
  });

  it('leaves out a reminder due before the clock started (a threshold shorter than two weeks ahead)', () => {
    const short = programme({ settings: { stallThresholdWeeks: { COMMITMENT: 2 } } });
    expect(reminderSchedule(short).map((r) => r.daysBefore)).toEqual([2]);
  });

  it('answers only the latest due reminder of one deadline after an outage', () => {
    expect(sut(programme(), at('2027-01-03T12:00:00Z')).map((r) => r.daysBefore)).toEqual([2]);
    expect(sut(programme(), at('2026-12-28T12:00:00Z')).map((r) => r.daysBefore)).toEqual([14]);
  });
});

describe('paused and ended programmes', () => {
  it('a paused programme has no reminders, of stalls or of the school year', () => {
    const paused = given(
      inExecution({ withTraining: true }),
      [step('pauseProgramme', { reason: 'gemeenteraadsverkiezingen' }, ALDERMAN)],
      at('2026-12-01T09:00:00Z'),
    );
    expect(paused.status).toBe('PAUSED');
    expect(reminderSchedule(paused)).toEqual([]);
    expect(sut(paused, at('2027-01-30T07:00:00Z'))).toEqual([]);
  });

  it('resuming brings them back', () => {
    const resumed = given(
      readyToAdopt(),
      [step('pauseProgramme', { reason: 'verkiezingen' }, ALDERMAN), step('resumeProgramme', {}, ALDERMAN)],
      at('2026-12-01T09:00:00Z'),
    );
    expect(reminderSchedule(resumed).length).toBeGreaterThan(0);
  });
});

describe('policy', () => {
  it('defaults to two weeks and two days before, at 08:00', () => {
    expect(DEFAULT_REMINDER_POLICY).toEqual({ daysBefore: [14, 2], hour: 8 });
  });

  it('refuses an hour or offset outside its range (a programming error)', () => {
    expect(() => reminderSchedule(programme(), { daysBefore: [2], hour: 24 })).toThrow(RangeError);
    expect(() => reminderSchedule(programme(), { daysBefore: [0], hour: 8 })).toThrow(RangeError);
  });
});
