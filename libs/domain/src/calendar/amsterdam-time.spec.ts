import { afterEach, describe, expect, it } from 'vitest';
import {
  addIsoDays,
  amsterdamDate,
  deadlinePassesAt,
  isoWeekday,
  isValidIsoDate,
  startOfAmsterdamDay,
  toAmsterdamIso,
  WEEK_MS,
} from './amsterdam-time';

const HOUR_MS = 60 * 60 * 1000;
const at = (iso: string): number => Date.parse(iso);

describe('Time and dates: Amsterdam local dates and instants', () => {
  it('puts 00:00 Amsterdam at 23:00Z in winter and 22:00Z in summer', () => {
    expect(startOfAmsterdamDay('2027-01-15')).toBe(at('2027-01-14T23:00:00Z'));
    expect(startOfAmsterdamDay('2027-07-15')).toBe(at('2027-07-14T22:00:00Z'));
  });

  it('keeps midnight right on the days the clocks change (23 h and 25 h days)', () => {
    expect(startOfAmsterdamDay('2027-03-28')).toBe(at('2027-03-27T23:00:00Z'));
    expect(startOfAmsterdamDay('2027-03-29') - startOfAmsterdamDay('2027-03-28')).toBe(23 * HOUR_MS);
    expect(startOfAmsterdamDay('2027-10-31')).toBe(at('2027-10-30T22:00:00Z'));
    expect(startOfAmsterdamDay('2027-11-01') - startOfAmsterdamDay('2027-10-31')).toBe(25 * HOUR_MS);
  });

  it('gives the Amsterdam date of an instant, not the UTC date', () => {
    expect(amsterdamDate(at('2027-02-28T22:30:00Z'))).toBe('2027-02-28');
    expect(amsterdamDate(at('2027-02-28T23:30:00Z'))).toBe('2027-03-01');
    expect(amsterdamDate(at('2027-06-30T22:30:00Z'))).toBe('2027-07-01');
    expect(amsterdamDate(startOfAmsterdamDay('2028-02-29'))).toBe('2028-02-29');
    expect(amsterdamDate(startOfAmsterdamDay('2028-03-01') - 1)).toBe('2028-02-29');
  });

  it('writes ISO 8601 with +01:00 in winter and +02:00 in summer', () => {
    expect(toAmsterdamIso(at('2027-01-15T09:00:00Z'))).toBe('2027-01-15T10:00:00+01:00');
    expect(toAmsterdamIso(at('2027-03-15T09:00:00Z'))).toBe('2027-03-15T10:00:00+01:00');
    expect(toAmsterdamIso(at('2027-07-15T08:00:00Z'))).toBe('2027-07-15T10:00:00+02:00');
    expect(toAmsterdamIso(startOfAmsterdamDay('2027-02-01'))).toBe('2027-02-01T00:00:00+01:00');
  });

  it('switches offset exactly at the clock changes', () => {
    expect(toAmsterdamIso(at('2027-03-28T00:59:59Z'))).toBe('2027-03-28T01:59:59+01:00');
    expect(toAmsterdamIso(at('2027-03-28T01:00:00Z'))).toBe('2027-03-28T03:00:00+02:00');
    expect(toAmsterdamIso(at('2027-10-31T00:30:00Z'))).toBe('2027-10-31T02:30:00+02:00');
    expect(toAmsterdamIso(at('2027-10-31T01:30:00Z'))).toBe('2027-10-31T02:30:00+01:00');
  });

  it('round-trips through Date.parse at whole seconds and drops milliseconds', () => {
    const sut = at('2027-07-15T08:00:05Z');
    expect(Date.parse(toAmsterdamIso(sut))).toBe(sut);
    expect(toAmsterdamIso(sut + 999)).toBe('2027-07-15T10:00:05+02:00');
  });

  it('refuses malformed dates and instants as programming errors', () => {
    for (const bad of ['2027-02-29', '2027-2-01', '', '2027-01-01T00:00:00Z', '0999-01-01']) {
      expect(() => startOfAmsterdamDay(bad)).toThrow(RangeError);
    }
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => amsterdamDate(bad)).toThrow(RangeError);
      expect(() => toAmsterdamIso(bad)).toThrow(RangeError);
    }
  });

  it('adds calendar days across month, year and clock-change boundaries', () => {
    expect(addIsoDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addIsoDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addIsoDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addIsoDays('2027-03-27', 2)).toBe('2027-03-29');
    expect(addIsoDays('2027-11-01', -2)).toBe('2027-10-30');
    expect(() => addIsoDays('2027-01-01', 0.5)).toThrow(RangeError);
  });

  it('numbers ISO weekdays from Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2027-08-23')).toBe(1);
    expect(isoWeekday('2028-07-14')).toBe(5);
    expect(isoWeekday('2027-09-05')).toBe(7);
  });

  describe('gives the same answers whatever the machine time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    // Machine offset on 2027-01-15 (Date#getTimezoneOffset), to prove the switch took effect.
    const zones: [string, number][] = [
      ['UTC', 0],
      ['Europe/Amsterdam', -60],
      ['America/New_York', 300],
      ['America/Santiago', 180],
      ['Asia/Kolkata', -330],
      ['Pacific/Chatham', -825],
    ];
    for (const [zone, offset] of zones) {
      it(`TZ=${zone}`, () => {
        process.env.TZ = zone;
        expect(new Date(at('2027-01-15T12:00:00Z')).getTimezoneOffset()).toBe(offset);
        expect(startOfAmsterdamDay('2027-03-28')).toBe(at('2027-03-27T23:00:00Z'));
        expect(startOfAmsterdamDay('2027-10-31')).toBe(at('2027-10-30T22:00:00Z'));
        expect(amsterdamDate(at('2027-02-28T23:30:00Z'))).toBe('2027-03-01');
        expect(toAmsterdamIso(at('2027-07-15T08:00:00Z'))).toBe('2027-07-15T10:00:00+02:00');
        expect(addIsoDays('2027-03-27', 1)).toBe('2027-03-28');
        expect(deadlinePassesAt('2027-05-31')).toBe(at('2027-05-31T22:00:00Z'));
      });
    }
  });
});

describe('Time and dates: a deadline "by date D" passes at 00:00 local on the day after D', () => {
  it('passes "by 31 January" at 00:00 on 1 February', () => {
    expect(deadlinePassesAt('2027-01-31')).toBe(startOfAmsterdamDay('2027-02-01'));
    expect(toAmsterdamIso(deadlinePassesAt('2027-01-31'))).toBe('2027-02-01T00:00:00+01:00');
  });

  it('passes "by the end of February" at 00:00 on 1 March, leap years included', () => {
    expect(deadlinePassesAt('2027-02-28')).toBe(startOfAmsterdamDay('2027-03-01'));
    expect(deadlinePassesAt('2028-02-29')).toBe(startOfAmsterdamDay('2028-03-01'));
  });

  it('passes "by 31 December" at 00:00 on 1 January', () => {
    expect(toAmsterdamIso(deadlinePassesAt('2027-12-31'))).toBe('2028-01-01T00:00:00+01:00');
  });
});

describe('Stalls and escalations: thresholds are whole weeks of elapsed time', () => {
  it('is 7 × 24 h', () => {
    expect(WEEK_MS).toBe(604_800_000);
  });

  it('is elapsed time, so a week over the spring clock change ends at 01:00 local', () => {
    expect(toAmsterdamIso(startOfAmsterdamDay('2027-03-22') + WEEK_MS)).toBe('2027-03-29T01:00:00+02:00');
  });
});

describe('Time and dates: dates alone are YYYY-MM-DD', () => {
  it('accepts real calendar dates only', () => {
    expect(isValidIsoDate('2028-02-29')).toBe(true);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('2027-12-31')).toBe(true);
    expect(isValidIsoDate('2027-02-29')).toBe(false);
    expect(isValidIsoDate('2100-02-29')).toBe(false);
    expect(isValidIsoDate('2027-04-31')).toBe(false);
    expect(isValidIsoDate('2027-13-01')).toBe(false);
    expect(isValidIsoDate('2027-00-10')).toBe(false);
    expect(isValidIsoDate('2027-01-00')).toBe(false);
  });

  it('accepts the exact form only', () => {
    for (const bad of ['2027-1-01', '27-01-01', ' 2027-01-01', '2027-01-01T00:00', '2027/01/01', '20270101', '']) {
      expect(isValidIsoDate(bad)).toBe(false);
    }
    expect(isValidIsoDate(undefined as unknown as string)).toBe(false);
  });
});
