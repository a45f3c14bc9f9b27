import { describe, expect, it } from 'vitest';
import type { SchoolHolidayRegion } from '../municipality';
import { addIsoDays } from './amsterdam-time';
import { estimatedSummerHoliday, isoWeekDate, isWithinSchoolYear, schoolYear } from './school-year';
import { OFFICIAL_SUMMER_HOLIDAYS } from './summer-holidays.data';

const REGIONS: SchoolHolidayRegion[] = ['noord', 'midden', 'zuid'];
const weekday = (date: string): number => new Date(`${date}T12:00:00Z`).getUTCDay(); // 0 = Sunday

describe('R3.1 school year per holiday region', () => {
  it('starts 2027/28 after each region’s own summer holiday (official data)', () => {
    expect(schoolYear('noord', 2027)).toMatchObject({
      startYear: 2027,
      firstDay: '2027-08-23',
      lastDay: '2028-07-14',
      provisional: false,
    });
    expect(schoolYear('midden', 2027)).toMatchObject({
      firstDay: '2027-08-30',
      lastDay: '2028-07-07',
      provisional: false,
    });
    expect(schoolYear('zuid', 2027)).toMatchObject({
      firstDay: '2027-09-06',
      lastDay: '2028-07-21',
      provisional: false,
    });
  });

  it('names the official source', () => {
    expect(schoolYear('zuid', 2027).source).toContain('Rijksoverheid');
  });

  it('marks 2028/29 provisional: summer 2029 is not in the official data', () => {
    const sut = schoolYear('noord', 2028);
    expect(sut).toMatchObject({ firstDay: '2028-08-28', lastDay: '2029-07-06', provisional: true });
    expect(sut.source).toContain('estimate');
  });

  it('marks 2024/25 provisional: summer 2024 is not in the official data', () => {
    expect(schoolYear('noord', 2024)).toMatchObject({
      firstDay: '2024-09-02',
      lastDay: '2025-07-11',
      provisional: true,
    });
  });

  it('never throws for future years and gives a Monday-to-Friday year of about 45 weeks', () => {
    for (let year = 2024; year <= 2045; year += 1) {
      for (const region of REGIONS) {
        const sut = schoolYear(region, year);
        expect(sut.provisional).toBe(year < 2025 || year > 2027);
        expect(weekday(sut.firstDay)).toBe(1);
        expect(weekday(sut.lastDay)).toBe(5);
        const days = (Date.parse(sut.lastDay) - Date.parse(sut.firstDay)) / 86_400_000 + 1;
        expect(days).toBeGreaterThanOrEqual(44 * 7 - 2);
        expect(days).toBeLessThanOrEqual(48 * 7);
      }
    }
  });

  it('a date in zuid’s summer holiday is inside noord’s school year', () => {
    // Zuid's summer holiday 2027 runs to 2027-09-05; noord's school year starts 2027-08-23.
    expect(isWithinSchoolYear('noord', 2027, '2027-08-30')).toBe(true);
    expect(isWithinSchoolYear('zuid', 2027, '2027-08-30')).toBe(false);
  });

  it('includes the first and the last day, and nothing outside them', () => {
    const { firstDay, lastDay } = schoolYear('midden', 2026);
    expect(isWithinSchoolYear('midden', 2026, firstDay)).toBe(true);
    expect(isWithinSchoolYear('midden', 2026, lastDay)).toBe(true);
    expect(isWithinSchoolYear('midden', 2026, addIsoDays(firstDay, -1))).toBe(false);
    expect(isWithinSchoolYear('midden', 2026, addIsoDays(lastDay, 1))).toBe(false);
  });

  it('refuses a bad region, year or date as a programming error', () => {
    expect(() => schoolYear('NOORD' as SchoolHolidayRegion, 2027)).toThrow(RangeError);
    expect(() => schoolYear('noord', 2027.5)).toThrow(RangeError);
    expect(() => isWithinSchoolYear('noord', 2027, '2027-02-29')).toThrow(RangeError);
  });
});

describe('R3.1 estimated summer holidays (years without official data)', () => {
  it('spans the earliest possible start (Saturday, ISO week 27) to the latest possible end (Sunday, ISO week 35)', () => {
    expect(estimatedSummerHoliday(2029)).toEqual({ start: '2029-07-07', end: '2029-09-02' });
    expect(isoWeekDate(2027, 1, 1)).toBe('2027-01-04');
    expect(isoWeekDate(2026, 1, 1)).toBe('2025-12-29');
  });

  it('covers every official summer holiday, so a provisional school year lies inside the real one', () => {
    for (const [year, regions] of Object.entries(OFFICIAL_SUMMER_HOLIDAYS)) {
      const estimate = estimatedSummerHoliday(Number(year));
      for (const region of REGIONS) {
        expect(estimate.start <= regions[region].start).toBe(true);
        expect(regions[region].end <= estimate.end).toBe(true);
      }
    }
  });

  it('never starts before 3 July, so a calendar cut-off up to 06-30 precedes every summer holiday', () => {
    for (let year = 2024; year <= 2100; year += 1) {
      expect(estimatedSummerHoliday(year).start >= `${year}-07-03`).toBe(true);
    }
  });
});
