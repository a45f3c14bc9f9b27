import { describe, expect, it } from 'vitest';
import reference from '../../../reference-data/school-holidays.json';
import type { SchoolHolidayRegion } from '../municipality';
import { addIsoDays } from './amsterdam-time';
import { isoWeekDate, schoolYear } from './school-year';
import { OFFICIAL_SUMMER_HOLIDAYS } from './summer-holidays.data';

type Period = { start: string; end: string };
type RegionPeriods = Record<SchoolHolidayRegion, Period>;

const REGIONS: SchoolHolidayRegion[] = ['noord', 'midden', 'zuid'];
const schoolYears = reference.school_years as Record<
  string,
  { zomervakantie: { status: string; regions: RegionPeriods } }
>;

describe('R3.1 official summer holidays match libs/reference-data/school-holidays.json', () => {
  it('holds exactly the fixed zomervakantie of every school year in the JSON', () => {
    const fromJson: Record<number, RegionPeriods> = {};
    for (const [name, holidays] of Object.entries(schoolYears)) {
      // School year 2026-2027 ends with the summer holiday of 2027.
      expect(holidays.zomervakantie.status).toBe('fixed');
      fromJson[Number(name.slice(5))] = holidays.zomervakantie.regions;
    }
    expect(OFFICIAL_SUMMER_HOLIDAYS).toEqual(fromJson);
  });

  it('agrees with the summer_holidays shortcut', () => {
    for (const [name, regions] of Object.entries(reference.summer_holidays as Record<string, RegionPeriods>)) {
      expect(OFFICIAL_SUMMER_HOLIDAYS[Number(name.slice(5))]).toEqual(regions);
    }
  });

  it('agrees with school_year_start_by_region', () => {
    for (const [name, regions] of Object.entries(
      reference.school_year_start_by_region as Record<string, Record<SchoolHolidayRegion, string>>,
    )) {
      for (const region of REGIONS) {
        expect(schoolYear(region, Number(name.slice(0, 4))).firstDay).toBe(regions[region]);
      }
    }
  });

  it('has the pattern the estimate rests on: starts on the Saturdays of ISO weeks 27, 28, 29, one region each, six weeks long', () => {
    for (const [year, regions] of Object.entries(OFFICIAL_SUMMER_HOLIDAYS)) {
      const starts = REGIONS.map((region) => regions[region].start).sort();
      expect(starts).toEqual([27, 28, 29].map((week) => isoWeekDate(Number(year), week, 6)));
      for (const region of REGIONS) {
        expect(regions[region].end).toBe(addIsoDays(regions[region].start, 6 * 7 + 1));
      }
    }
  });
});
