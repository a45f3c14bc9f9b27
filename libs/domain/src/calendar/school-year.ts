import type { SchoolHolidayRegion } from '../municipality';
import { addIsoDays, isoWeekday, isValidIsoDate, type IsoDate } from './amsterdam-time';
import { OFFICIAL_SUMMER_HOLIDAYS, OFFICIAL_SUMMER_HOLIDAYS_SOURCE, type HolidayPeriod } from './summer-holidays.data';

const REGIONS: readonly SchoolHolidayRegion[] = ['noord', 'midden', 'zuid'];

/** R3.1 school year Y/Y+1 of one school-holiday region; both days inclusive. */
export interface SchoolYear {
  startYear: number;
  /** The day after the region's summer holiday that ends in `startYear`. */
  firstDay: IsoDate;
  /** The day before the region's summer holiday that starts in `startYear + 1`. */
  lastDay: IsoDate;
  /** True when either day rests on an estimated summer holiday (not in the official data). */
  provisional: boolean;
  /** Where the days come from, for people (not for parsing). */
  source: string;
}

/** The date of an ISO weekday (1 = Monday .. 7 = Sunday) in ISO week `week` of ISO week-year `year`. */
export function isoWeekDate(year: number, week: number, weekday: number): IsoDate {
  // ISO week 1 is the week with 4 January in it.
  const january4 = `${year}-01-04`;
  const mondayOfWeek1 = addIsoDays(january4, 1 - isoWeekday(january4));
  return addIsoDays(mondayOfWeek1, (week - 1) * 7 + (weekday - 1));
}

/*
 * Estimate for a summer not in the official data.
 *
 * In every published year (2014–2019 in the Regelingen vaststelling schoolvakanties, 2025–2028 in
 * school-holidays.json) the three regions' six-week summer holidays start on the Saturdays of ISO
 * weeks 27, 28 and 29, one region each, and end on the Sunday six weeks later. Which region takes
 * which week follows no fixed short cycle (e.g. 2025 zuid/noord/midden, 2026 noord/zuid/midden,
 * 2027 noord/midden/zuid, 2028 midden/noord/zuid), so the estimate does not guess the region's slot:
 * it takes the bounds that hold whatever the slot. The estimated holiday runs from the earliest
 * possible start (Saturday of ISO week 27) to the latest possible end (Sunday of ISO week 35).
 * While the pattern holds, a school year built on it is never longer than the real one (at most
 * two weeks shorter at each end), so sessions planned inside a provisional school year stay inside
 * the real one.
 */
export function estimatedSummerHoliday(year: number): HolidayPeriod {
  return { start: isoWeekDate(year, 27, 6), end: isoWeekDate(year, 35, 7) };
}

function summerHoliday(region: SchoolHolidayRegion, year: number): { period: HolidayPeriod; official: boolean } {
  const official = OFFICIAL_SUMMER_HOLIDAYS[year]?.[region];
  return official ? { period: official, official: true } : { period: estimatedSummerHoliday(year), official: false };
}

function requireRegion(region: SchoolHolidayRegion): void {
  if (!REGIONS.includes(region)) {
    throw new RangeError(`school-holiday region must be one of ${REGIONS.join(', ')}, got '${region}'`);
  }
}

function requireStartYear(startYear: number): void {
  if (!Number.isInteger(startYear) || startYear < 1000 || startYear > 9998) {
    throw new RangeError(`school year start year must be a four-digit integer, got ${startYear}`);
  }
}

/**
 * R3.1 school year Y/Y+1 for a holiday region: first day = the day after that region's summer
 * holiday ending in Y; last day = the day before the region's summer holiday starting in Y+1.
 * Years without official data get a conservative estimate and `provisional: true`; never throws
 * for a future year.
 */
export function schoolYear(region: SchoolHolidayRegion, startYear: number): SchoolYear {
  requireRegion(region);
  requireStartYear(startYear);
  const before = summerHoliday(region, startYear);
  const after = summerHoliday(region, startYear + 1);
  const describe = (year: number, official: boolean): string =>
    official
      ? `zomervakantie ${year} ${region}: ${OFFICIAL_SUMMER_HOLIDAYS_SOURCE}`
      : `zomervakantie ${year}: estimate, Saturday of ISO week 27 to Sunday of ISO week 35`;
  return {
    startYear,
    firstDay: addIsoDays(before.period.end, 1),
    lastDay: addIsoDays(after.period.start, -1),
    provisional: !before.official || !after.official,
    source: `${describe(startYear, before.official)}; ${describe(startYear + 1, after.official)}`,
  };
}

/** True when `date` lies inside school year Y/Y+1 of the region (first and last day included). */
export function isWithinSchoolYear(region: SchoolHolidayRegion, startYear: number, date: IsoDate): boolean {
  if (!isValidIsoDate(date)) throw new RangeError(`not a calendar date YYYY-MM-DD: '${date}'`);
  const { firstDay, lastDay } = schoolYear(region, startYear);
  // YYYY-MM-DD strings order like the dates they name.
  return firstDay <= date && date <= lastDay;
}
