import { describe, expect, it } from 'vitest';
import type { SchoolHolidayRegion } from '../municipality';
import { addIsoDays, isoWeekday } from './amsterdam-time';
import {
  dutchDate,
  estimatedSchoolHolidays,
  isSchoolDay,
  notSchoolDaySentence,
  notSchoolDaySentenceEnglish,
  schoolDayCheck,
  schoolHolidaysOf,
} from './school-days';
import { OFFICIAL_SCHOOL_HOLIDAYS, SCHOOL_HOLIDAY_KINDS } from './school-holidays.data';

const REGIONS: readonly SchoolHolidayRegion[] = ['noord', 'midden', 'zuid'];

describe('R3.3 a school day is a weekday outside the region’s school holidays', () => {
  it('refuses a Sunday and a Saturday in term time, and names the weekday', () => {
    // 4 and 3 October 2026: no holiday in any region (autumn starts 10 October in the north at the earliest).
    const sunday = schoolDayCheck('midden', '2026-10-04');
    expect(sunday).toMatchObject({ schoolDay: false, reason: 'SUNDAY', provisional: false });
    expect(sunday.holiday).toBeUndefined();
    expect(notSchoolDaySentence(sunday)).toBe('Zondag 4 oktober 2026 is geen schooldag: het is een zondag.');
    const saturday = schoolDayCheck('midden', '2026-10-03');
    expect(saturday).toMatchObject({ schoolDay: false, reason: 'SATURDAY' });
    expect(notSchoolDaySentence(saturday)).toBe('Zaterdag 3 oktober 2026 is geen schooldag: het is een zaterdag.');
  });

  it('accepts the Friday before and the Monday after a weekend in term time', () => {
    expect(isSchoolDay('midden', '2026-10-02')).toBe(true);
    expect(isSchoolDay('midden', '2026-10-05')).toBe(true);
    expect(notSchoolDaySentence(schoolDayCheck('midden', '2026-10-05'))).toBeUndefined();
  });

  it.each([
    ['AUTUMN', 'noord', '2026-10-14', 'herfstvakantie', '10 oktober 2026 t/m 18 oktober 2026'],
    ['CHRISTMAS', 'noord', '2026-12-22', 'kerstvakantie', '19 december 2026 t/m 3 januari 2027'],
    ['CHRISTMAS', 'zuid', '2027-01-01', 'kerstvakantie', '19 december 2026 t/m 3 januari 2027'],
    ['SPRING', 'zuid', '2027-02-16', 'voorjaarsvakantie', '13 februari 2027 t/m 21 februari 2027'],
    ['MAY', 'midden', '2027-04-28', 'meivakantie', '24 april 2027 t/m 2 mei 2027'],
    ['SUMMER', 'zuid', '2027-08-31', 'zomervakantie', '24 juli 2027 t/m 5 september 2027'],
  ] as const)(
    'refuses a weekday in the %s holiday (%s, %s) and names the holiday with its days',
    (kind, region, date, name, days) => {
      const check = schoolDayCheck(region, date);
      expect(check).toMatchObject({ schoolDay: false, reason: 'SCHOOL_HOLIDAY', provisional: false });
      expect(check.holiday).toMatchObject({ kind, provisional: false });
      const regionName = { noord: 'Noord', midden: 'Midden', zuid: 'Zuid' }[region];
      expect(notSchoolDaySentence(check)).toMatch(
        new RegExp(
          ` ${dutchDate(date)} is geen schooldag: het valt in de ${name} van regio ${regionName} \\(${days}\\)\\.$`,
        ),
      );
    },
  );

  it('names both a weekend day and the holiday it lies in', () => {
    const check = schoolDayCheck('noord', '2026-12-20');
    expect(check).toMatchObject({ schoolDay: false, reason: 'SUNDAY', holiday: { kind: 'CHRISTMAS' } });
    expect(notSchoolDaySentence(check)).toBe(
      'Zondag 20 december 2026 is geen schooldag: het is een zondag en valt in de kerstvakantie van regio Noord (19 december 2026 t/m 3 januari 2027).',
    );
  });

  it('accepts the weekday before and after each holiday of the data, in every region, and refuses its first and last weekday', () => {
    for (const startYear of Object.keys(OFFICIAL_SCHOOL_HOLIDAYS).map(Number)) {
      for (const region of REGIONS) {
        for (const holiday of schoolHolidaysOf(region, startYear)) {
          // Holidays run Saturday to Sunday: the Friday before and the Monday after are school days.
          expect(isoWeekday(holiday.from)).toBe(6);
          expect(isoWeekday(holiday.to)).toBe(7);
          expect(
            isSchoolDay(region, addIsoDays(holiday.from, -1)),
            `${region} before ${holiday.kind} ${startYear}`,
          ).toBe(true);
          expect(isSchoolDay(region, addIsoDays(holiday.to, 1)), `${region} after ${holiday.kind} ${startYear}`).toBe(
            true,
          );
          expect(schoolDayCheck(region, addIsoDays(holiday.from, 2))).toMatchObject({
            reason: 'SCHOOL_HOLIDAY',
            holiday: { kind: holiday.kind, schoolYear: startYear },
          });
          expect(schoolDayCheck(region, addIsoDays(holiday.to, -2))).toMatchObject({ reason: 'SCHOOL_HOLIDAY' });
        }
      }
    }
  });

  it('differs between the regions: the same Monday is a holiday in one region and a school day in another', () => {
    // Autumn 2026: north 10–18 October, middle and south 17–25 October.
    expect(schoolDayCheck('noord', '2026-10-12').reason).toBe('SCHOOL_HOLIDAY');
    expect(isSchoolDay('midden', '2026-10-12')).toBe(true);
    expect(isSchoolDay('zuid', '2026-10-12')).toBe(true);
    expect(isSchoolDay('noord', '2026-10-19')).toBe(true);
    expect(schoolDayCheck('midden', '2026-10-19').reason).toBe('SCHOOL_HOLIDAY');
    // Summer 2027: north until 22 August, middle until 29 August, south until 5 September.
    expect(isSchoolDay('noord', '2027-08-23')).toBe(true);
    expect(schoolDayCheck('midden', '2027-08-23').holiday?.kind).toBe('SUMMER');
    expect(isSchoolDay('midden', '2027-08-30')).toBe(true);
    expect(schoolDayCheck('zuid', '2027-08-30').holiday?.kind).toBe('SUMMER');
  });

  it('assigns a summer day to the school year it closes, and the day after to the next', () => {
    expect(schoolDayCheck('zuid', '2027-09-03')).toMatchObject({ schoolYear: 2026, holiday: { kind: 'SUMMER' } });
    expect(schoolDayCheck('zuid', '2027-09-06')).toMatchObject({ schoolYear: 2027, schoolDay: true });
  });
});

describe('R3.3 a school year not in the data: the documented estimate, marked provisional', () => {
  const lastInData = Math.max(...Object.keys(OFFICIAL_SCHOOL_HOLIDAYS).map(Number));
  const estimatedYear = lastInData + 1;

  it('marks a date of an estimated school year provisional, and one of a published year not', () => {
    expect(schoolDayCheck('midden', '2027-10-05').provisional).toBe(false);
    const monday = addIsoDays(`${estimatedYear}-10-02`, (8 - isoWeekday(`${estimatedYear}-10-02`)) % 7);
    const check = schoolDayCheck('midden', monday);
    expect(check).toMatchObject({ schoolDay: true, provisional: true, schoolYear: estimatedYear });
  });

  it('refuses the estimated Christmas holiday and says in the sentence that it is an estimate', () => {
    const check = schoolDayCheck('noord', `${estimatedYear}-12-27`);
    const weekend = isoWeekday(check.date) >= 6;
    expect(check).toMatchObject({
      schoolDay: false,
      provisional: true,
      holiday: { kind: 'CHRISTMAS', provisional: true },
    });
    if (!weekend) expect(check.reason).toBe('SCHOOL_HOLIDAY');
    expect(notSchoolDaySentence(check)).toContain('geschat, de vakanties van dat schooljaar zijn nog niet bekend');
  });

  it('the estimate of each published year holds every region’s real holiday (fixed ones exactly)', () => {
    for (const startYear of Object.keys(OFFICIAL_SCHOOL_HOLIDAYS).map(Number)) {
      const estimate = estimatedSchoolHolidays(startYear);
      for (const kind of SCHOOL_HOLIDAY_KINDS) {
        for (const region of REGIONS) {
          const real = OFFICIAL_SCHOOL_HOLIDAYS[startYear]![kind].regions[region];
          expect(
            estimate[kind].start <= real.start && real.end <= estimate[kind].end,
            `${kind} ${startYear} ${region}`,
          ).toBe(true);
          if (kind === 'CHRISTMAS' || kind === 'MAY') expect(estimate[kind]).toEqual(real);
        }
      }
    }
  });

  it('every holiday of an estimated year is marked provisional and runs Saturday to Sunday', () => {
    const holidays = schoolHolidaysOf('zuid', estimatedYear);
    expect(holidays.map((h) => h.kind)).toEqual([...SCHOOL_HOLIDAY_KINDS]);
    for (const h of holidays) {
      expect(h.provisional).toBe(true);
      expect([isoWeekday(h.from), isoWeekday(h.to)]).toEqual([6, 7]);
    }
  });

  it('refuses what is not a calendar date', () => {
    expect(() => schoolDayCheck('noord', '2027-02-29')).toThrow(RangeError);
    expect(() => schoolDayCheck('noord', '5 oktober')).toThrow(RangeError);
  });
});

describe('R3.3 the refusal in English (from the refusal’s details)', () => {
  const detailsOf = (region: SchoolHolidayRegion, date: string) => {
    const check = schoolDayCheck(region, date);
    return { field: 'date', date, reason: check.reason, region, holiday: check.holiday };
  };

  it('names the weekday, and the holiday with its days and region, as the Dutch sentence does', () => {
    expect(notSchoolDaySentenceEnglish(detailsOf('midden', '2026-10-04'))).toBe(
      'Sunday 4 October 2026 is not a school day: it is a Sunday.',
    );
    expect(notSchoolDaySentenceEnglish(detailsOf('noord', '2026-12-20'))).toBe(
      'Sunday 20 December 2026 is not a school day: it is a Sunday and falls in the Christmas holiday of region North (19 December 2026 to 3 January 2027).',
    );
    expect(notSchoolDaySentenceEnglish(detailsOf('zuid', '2027-02-16'))).toBe(
      'Tuesday 16 February 2027 is not a school day: it falls in the spring holiday of region South (13 February 2027 to 21 February 2027).',
    );
  });

  it('says when the holiday is an estimate, and gives nothing for details of another refusal', () => {
    const lastInData = Math.max(...Object.keys(OFFICIAL_SCHOOL_HOLIDAYS).map(Number));
    expect(notSchoolDaySentenceEnglish(detailsOf('noord', `${lastInData + 1}-12-27`))).toContain(
      'estimated, that school year’s holidays are not known yet',
    );
    expect(notSchoolDaySentenceEnglish({ region: 'noord', firstDay: '2027-08-23' })).toBeUndefined();
    expect(notSchoolDaySentenceEnglish({ date: '2027-10-04', reason: 'SUNDAY', region: 'elders' })).toBeUndefined();
  });
});
