import { describe, expect, it } from 'vitest';
import {
  checkReminderOffsets as sut,
  REMINDER_OFFSET_BOUNDS,
  reminderOffsetsSentence,
  reminderPolicyOf,
  sameReminderOffsets,
} from './reminder-offsets';
import { DEFAULT_REMINDER_POLICY, reminderSchedule } from './reminders';
import { inExecution } from '../lifecycle/steps/test-factories';
import { advanceTime } from '../lifecycle/time-engine';

// Per-programme reminder offsets within national policy (issue 16; P3: reminders reach the project
// lead in time and a municipality cannot switch its own warnings off).

const problem = (daysBefore: number[]) => {
  const result = sut(daysBefore);
  return result.ok ? undefined : result.error;
};

describe('reminder offsets within the national bounds', () => {
  it('accepts the national default itself', () => {
    expect(sut(DEFAULT_REMINDER_POLICY.daysBefore)).toEqual({ ok: true, value: [14, 2] });
  });

  it('orders the chosen days from the earliest reminder to the latest', () => {
    expect(sut([3, 14])).toEqual({ ok: true, value: [14, 3] });
    expect(sut([1, 30, 7])).toEqual({ ok: true, value: [30, 7, 1] });
  });

  it('accepts the bounds themselves', () => {
    expect(sut([REMINDER_OFFSET_BOUNDS.min]).ok).toBe(true);
    expect(sut([REMINDER_OFFSET_BOUNDS.max]).ok).toBe(true);
  });

  it('refuses no reminder at all: reminders cannot be switched off', () => {
    expect(problem([])).toMatchObject({ code: 'REMINDER_OFFSETS_EMPTY' });
    expect(problem([])?.nl).toContain('minstens één herinnering');
  });

  it(`refuses more than ${REMINDER_OFFSET_BOUNDS.maxCount} reminders per deadline`, () => {
    expect(problem([21, 14, 7, 2])).toMatchObject({
      code: 'REMINDER_OFFSETS_TOO_MANY',
      details: { daysBefore: [21, 14, 7, 2], maxCount: 3 },
    });
  });

  it('refuses a reminder on the deadline’s day or after it', () => {
    expect(problem([14, 0])).toMatchObject({ code: 'REMINDER_OFFSET_OUT_OF_BOUNDS', details: { offending: 0 } });
    expect(problem([-2])).toMatchObject({ code: 'REMINDER_OFFSET_OUT_OF_BOUNDS', details: { offending: -2 } });
  });

  it('refuses a reminder further ahead than policy allows, naming the bounds in Dutch', () => {
    const refused = problem([31, 2]);
    expect(refused).toMatchObject({
      code: 'REMINDER_OFFSET_OUT_OF_BOUNDS',
      details: { offending: 31, min: 1, max: 30 },
    });
    expect(refused?.nl).toBe(
      'Een herinnering 31 dagen vóór de termijn kan niet: het landelijk beleid staat tussen 1 en 30 dagen vóór de termijn toe.',
    );
    expect(refused?.en).toContain('national policy allows between 1 and 30 days');
  });

  it('refuses part of a day', () => {
    expect(problem([14, 2.5])).toMatchObject({ code: 'REMINDER_OFFSET_NOT_WHOLE_DAYS', details: { offending: 2.5 } });
    expect(problem([Number.NaN])).toMatchObject({ code: 'REMINDER_OFFSET_NOT_WHOLE_DAYS' });
  });

  it('refuses the same day twice', () => {
    expect(problem([3, 14, 3])).toMatchObject({ code: 'REMINDER_OFFSETS_NOT_DISTINCT', details: { offending: 3 } });
    expect(problem([1, 1])?.nl).toBe('U koos 1 dag vóór de termijn twee keer; kies elke dag maar één keer.');
  });

  it('takes other bounds as an argument', () => {
    expect(sut([45], { min: 1, max: 60, maxCount: 1 })).toEqual({ ok: true, value: [45] });
    expect(sut([45, 2], { min: 1, max: 60, maxCount: 1 })).toMatchObject({
      ok: false,
      error: { code: 'REMINDER_OFFSETS_TOO_MANY' },
    });
  });
});

describe('the policy the reminder scan applies to a programme', () => {
  it('is the national default without offsets of its own', () => {
    expect(reminderPolicyOf(undefined)).toEqual(DEFAULT_REMINDER_POLICY);
  });

  it('uses the programme’s own offsets at the default hour', () => {
    expect(reminderPolicyOf([3, 14])).toEqual({ daysBefore: [14, 3], hour: DEFAULT_REMINDER_POLICY.hour });
  });

  it('falls back to the default when stored offsets are outside today’s bounds', () => {
    expect(reminderPolicyOf([45, 2])).toEqual(DEFAULT_REMINDER_POLICY);
  });

  it('moves the R3.1 reminders before 1 February to the chosen days (08:00 Amsterdam)', () => {
    const state = advanceTime(inExecution({ withTraining: true }), Date.parse('2027-01-10T12:00:00Z'));
    const dues = reminderSchedule(state, reminderPolicyOf([7, 3]))
      .filter((r) => r.kind === 'TRAINING_NOT_STARTED')
      .map((r) => [r.daysBefore, r.dueAt]);
    expect(dues).toEqual([
      [7, '2027-01-25T07:00:00.000Z'],
      [3, '2027-01-29T07:00:00.000Z'],
    ]);
  });
});

describe('same offsets', () => {
  it('compares the days in any order', () => {
    expect(sameReminderOffsets([2, 14], [14, 2])).toBe(true);
    expect(sameReminderOffsets([14, 3], [14, 2])).toBe(false);
    expect(sameReminderOffsets([14], [14, 14])).toBe(false);
  });
});

describe('the timeline’s line for a change of offsets', () => {
  it('says the chosen days in Dutch and English', () => {
    expect(reminderOffsetsSentence({ daysBefore: [14, 3], isDefault: false })).toBe(
      'Herinneringen voortaan 14 en 3 dagen vóór elke termijn.',
    );
    expect(reminderOffsetsSentence({ daysBefore: [21, 7, 1], isDefault: false }, 'en')).toBe(
      'Reminders now 21, 7 and 1 days before each deadline.',
    );
    expect(reminderOffsetsSentence({ daysBefore: [1], isDefault: false })).toBe(
      'Herinneringen voortaan 1 dag vóór elke termijn.',
    );
  });

  it('says when the programme follows the national default again', () => {
    expect(reminderOffsetsSentence({ daysBefore: [14, 2], isDefault: true })).toBe(
      'Herinneringen terug naar de landelijke standaard: 14 en 2 dagen vóór elke termijn.',
    );
  });
});
