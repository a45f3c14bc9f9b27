import { describe, expect, it } from 'vitest';
import { startOfAmsterdamDay, toAmsterdamIso } from './amsterdam-time';
import {
  DEFAULT_CALENDAR_CUTOFF,
  isValidCalendarCutoff,
  trainingDeadlines,
  trainingTargetYear,
} from './training-deadlines';

const at = (iso: string): number => Date.parse(iso);

describe('R3.1 school-year target year', () => {
  it('targets next year when due after February', () => {
    expect(trainingTargetYear(at('2027-03-15T10:00:00+01:00'))).toBe(2028);
  });

  it('targets this year when due in January', () => {
    expect(trainingTargetYear(at('2027-01-10T10:00:00+01:00'))).toBe(2027);
  });

  it('counts 29 February in a leap year as February', () => {
    expect(trainingTargetYear(at('2028-02-29T12:00:00+01:00'))).toBe(2028);
    expect(trainingTargetYear(startOfAmsterdamDay('2028-03-01') - 1)).toBe(2028);
  });

  it('targets next year from 1 March 00:00 Amsterdam time', () => {
    expect(trainingTargetYear(at('2028-03-01T09:00:00+01:00'))).toBe(2029);
    expect(trainingTargetYear(startOfAmsterdamDay('2028-03-01'))).toBe(2029);
  });

  it('uses the Amsterdam date, not the UTC date', () => {
    // 2027-02-28T23:30 in Amsterdam is 22:30Z: still February.
    expect(trainingTargetYear(at('2027-02-28T22:30:00Z'))).toBe(2027);
    // 2027-02-28T23:30Z is 1 March 00:30 in Amsterdam.
    expect(trainingTargetYear(at('2027-02-28T23:30:00Z'))).toBe(2028);
  });

  it('targets the new year from 1 January 00:00 Amsterdam time (31 Dec 23:00Z)', () => {
    expect(trainingTargetYear(at('2026-12-31T22:59:59Z'))).toBe(2027);
    expect(trainingTargetYear(at('2026-12-31T23:00:00Z'))).toBe(2027);
    expect(trainingTargetYear(at('2026-12-15T10:00:00Z'))).toBe(2027);
  });
});

describe('R3.1 training deadlines', () => {
  it('opens the window on 1 January, escalates on 1 February and 1 March, cuts off after 31 May', () => {
    const sut = trainingDeadlines(2028);
    expect({
      windowOpensAt: toAmsterdamIso(sut.windowOpensAt),
      notStartedEscalationAt: toAmsterdamIso(sut.notStartedEscalationAt),
      schoolYearMissedAt: toAmsterdamIso(sut.schoolYearMissedAt),
      calendarCutoffAt: toAmsterdamIso(sut.calendarCutoffAt),
    }).toEqual({
      windowOpensAt: '2028-01-01T00:00:00+01:00',
      notStartedEscalationAt: '2028-02-01T00:00:00+01:00',
      schoolYearMissedAt: '2028-03-01T00:00:00+01:00',
      calendarCutoffAt: '2028-06-01T00:00:00+02:00',
    });
    expect(sut.windowOpensAt).toBe(at('2027-12-31T23:00:00Z'));
    expect(sut.calendarCutoffAt).toBe(at('2028-05-31T22:00:00Z'));
  });

  it('defaults the cut-off to 05-31', () => {
    expect(DEFAULT_CALENDAR_CUTOFF).toBe('05-31');
    expect(trainingDeadlines(2027)).toEqual(trainingDeadlines(2027, '05-31'));
  });

  it('takes a custom cut-off per programme', () => {
    expect(toAmsterdamIso(trainingDeadlines(2027, '06-15').calendarCutoffAt)).toBe('2027-06-16T00:00:00+02:00');
    expect(toAmsterdamIso(trainingDeadlines(2027, '03-01').calendarCutoffAt)).toBe('2027-03-02T00:00:00+01:00');
    expect(toAmsterdamIso(trainingDeadlines(2027, '06-30').calendarCutoffAt)).toBe('2027-07-01T00:00:00+02:00');
  });

  it('keeps the deadlines in ladder order for every valid cut-off', () => {
    for (const cutoff of ['03-01', '05-31', '06-30']) {
      const sut = trainingDeadlines(2029, cutoff);
      expect(sut.windowOpensAt).toBeLessThan(sut.notStartedEscalationAt);
      expect(sut.notStartedEscalationAt).toBeLessThan(sut.schoolYearMissedAt);
      expect(sut.schoolYearMissedAt).toBeLessThan(sut.calendarCutoffAt);
    }
  });

  it('rejects invalid cut-offs as a programming error', () => {
    for (const bad of [
      '02-29',
      '5-31',
      '05-32',
      '04-31',
      '13-01',
      '00-10',
      '02-15',
      '07-01',
      '',
      '05/31',
      '0531',
      '05-31 ',
      '2027-05-31',
    ]) {
      expect(isValidCalendarCutoff(bad)).toBe(false);
      expect(() => trainingDeadlines(2027, bad)).toThrow(RangeError);
    }
  });

  it('accepts MM-DD cut-offs from 03-01 to 06-30 for input validation', () => {
    for (const good of ['03-01', '04-30', '05-31', '06-15', '06-30']) {
      expect(isValidCalendarCutoff(good)).toBe(true);
    }
    expect(isValidCalendarCutoff(undefined as unknown as string)).toBe(false);
  });

  it('rejects a target year that is not a four-digit integer', () => {
    for (const bad of [2027.5, Number.NaN, 999, 10_000]) {
      expect(() => trainingDeadlines(bad)).toThrow(RangeError);
    }
  });
});
