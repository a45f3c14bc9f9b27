import type { SchoolHolidayRegion } from '../municipality';
import { addIsoDays, isoWeekday, parseIsoDate, type IsoDate } from './amsterdam-time';
import { estimatedSummerHoliday, isoWeekDate } from './school-year';
import {
  OFFICIAL_SCHOOL_HOLIDAYS,
  SCHOOL_HOLIDAY_KINDS,
  type SchoolHolidayKind,
  type SchoolHolidayStatus,
} from './school-holidays.data';
import type { HolidayPeriod } from './summer-holidays.data';

/** R3.3 one school holiday of a region, from the data or, for a year not in it, the documented estimate. */
export interface RegionSchoolHoliday {
  kind: SchoolHolidayKind;
  /** Calendar year the holiday's school year starts in. */
  schoolYear: number;
  /** First and last day, both inclusive (Saturday .. Sunday). */
  from: IsoDate;
  to: IsoDate;
  status: SchoolHolidayStatus;
  /** True when the school year is not in the data and the estimate below stands in for it. */
  provisional: boolean;
}

/** Why a date is not a school day (R3.3): the weekend comes first, a holiday is named beside it. */
export type NotSchoolDayReason = 'SATURDAY' | 'SUNDAY' | 'SCHOOL_HOLIDAY';

export interface SchoolDayCheck {
  date: IsoDate;
  region: SchoolHolidayRegion;
  schoolDay: boolean;
  /** Set when `schoolDay` is false. */
  reason?: NotSchoolDayReason;
  /** The holiday the date lies in, if any (also for a weekend day inside one). */
  holiday?: RegionSchoolHoliday;
  /** The date's school year is not in the holiday data: the answer rests on the estimate. */
  provisional: boolean;
  /** School year (its start year) the date belongs to: summer holidays close a school year. */
  schoolYear: number;
}

/** The first `weekday` (1 = Monday .. 7 = Sunday) on or after `date`. */
function weekdayOnOrAfter(date: IsoDate, weekday: number): IsoDate {
  return addIsoDays(date, (weekday - isoWeekday(date) + 7) % 7);
}

/*
 * R3.3 the documented estimate of a school year not (yet) in the data.
 *
 * Like the summer estimate (school-year.ts), each holiday is widened to every slot the published
 * years (2024/25–2027/28) give any region, so a date the estimate calls a school day is a school day
 * whatever the real data turns out to be; such dates are marked provisional.
 * - AUTUMN (advisory): the published ones start on the Saturday of ISO week 41, 42 or 43 and last nine
 *   days, so the estimate runs from the Saturday of ISO week 41 to the Sunday of ISO week 44.
 * - CHRISTMAS (fixed, the same everywhere): two weeks holding Christmas and New Year, starting on the
 *   Saturday between 19 and 25 December and ending on the Sunday fifteen days later.
 * - SPRING (advisory): the published ones start on the Saturday of ISO week 6, 7 or 8, so the estimate
 *   runs from the Saturday of ISO week 6 to the Sunday of ISO week 9.
 * - MAY (first week fixed, the same everywhere): the nine days around King's Day, starting on the
 *   Saturday between 24 and 30 April.
 * - SUMMER: estimatedSummerHoliday (Saturday of ISO week 27 to Sunday of ISO week 35).
 */
export function estimatedSchoolHolidays(startYear: number): Readonly<Record<SchoolHolidayKind, HolidayPeriod>> {
  const next = startYear + 1;
  const christmas = weekdayOnOrAfter(`${startYear}-12-19`, 6);
  const may = weekdayOnOrAfter(`${next}-04-24`, 6);
  return {
    AUTUMN: { start: isoWeekDate(startYear, 41, 6), end: isoWeekDate(startYear, 44, 7) },
    CHRISTMAS: { start: christmas, end: addIsoDays(christmas, 15) },
    SPRING: { start: isoWeekDate(next, 6, 6), end: isoWeekDate(next, 9, 7) },
    MAY: { start: may, end: addIsoDays(may, 8) },
    SUMMER: estimatedSummerHoliday(next),
  };
}

const ESTIMATED_STATUS: Readonly<Record<SchoolHolidayKind, SchoolHolidayStatus>> = {
  AUTUMN: 'ADVISORY',
  CHRISTMAS: 'FIXED',
  SPRING: 'ADVISORY',
  MAY: 'FIXED',
  SUMMER: 'FIXED',
};

/** R3.3 the five holidays of school year `startYear`/`startYear + 1` in a region, in order. */
export function schoolHolidaysOf(region: SchoolHolidayRegion, startYear: number): RegionSchoolHoliday[] {
  const official = OFFICIAL_SCHOOL_HOLIDAYS[startYear];
  const estimate = official ? undefined : estimatedSchoolHolidays(startYear);
  return SCHOOL_HOLIDAY_KINDS.map((kind) => {
    const period = official ? official[kind].regions[region] : estimate![kind];
    return {
      kind,
      schoolYear: startYear,
      from: period.start,
      to: period.end,
      status: official ? official[kind].status : ESTIMATED_STATUS[kind],
      provisional: !official,
    };
  });
}

/**
 * The school year a date belongs to: a school year runs up to and including the summer holiday that
 * closes it, so 1 August is in the school year before while the region's summer holiday lasts.
 */
function schoolYearOf(region: SchoolHolidayRegion, date: IsoDate, year: number): number {
  const summerOfYear = schoolHolidaysOf(region, year - 1).find((h) => h.kind === 'SUMMER')!;
  return date <= summerOfYear.to ? year - 1 : year;
}

/**
 * R3.3 whether `date` is a school day of the holiday region: not a Saturday or Sunday, and not inside
 * any school holiday of the region (autumn, Christmas, spring, May, summer). A school year missing from
 * the data is judged on the documented estimate and the answer is `provisional`.
 */
export function schoolDayCheck(region: SchoolHolidayRegion, date: IsoDate): SchoolDayCheck {
  const parts = parseIsoDate(date);
  if (!parts || parts.year < 1001 || parts.year > 9998) {
    throw new RangeError(`not a calendar date YYYY-MM-DD: '${date}'`);
  }
  const schoolYear = schoolYearOf(region, date, parts.year);
  // YYYY-MM-DD strings order like the dates they name.
  const holiday = schoolHolidaysOf(region, schoolYear).find((h) => h.from <= date && date <= h.to);
  const provisional = OFFICIAL_SCHOOL_HOLIDAYS[schoolYear] === undefined;
  const weekday = isoWeekday(date);
  const reason: NotSchoolDayReason | undefined =
    weekday === 6 ? 'SATURDAY' : weekday === 7 ? 'SUNDAY' : holiday ? 'SCHOOL_HOLIDAY' : undefined;
  return {
    date,
    region,
    schoolDay: reason === undefined,
    ...(reason ? { reason } : {}),
    ...(holiday ? { holiday } : {}),
    provisional,
    schoolYear,
  };
}

/** R3.3 true for a school day of the region (see schoolDayCheck; an estimated year counts as the estimate says). */
export function isSchoolDay(region: SchoolHolidayRegion, date: IsoDate): boolean {
  return schoolDayCheck(region, date).schoolDay;
}

const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;
const WEEKDAYS_NL = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;
const REGION_NL: Readonly<Record<SchoolHolidayRegion, string>> = { noord: 'Noord', midden: 'Midden', zuid: 'Zuid' };
const HOLIDAY_NL: Readonly<Record<SchoolHolidayKind, string>> = {
  AUTUMN: 'herfstvakantie',
  CHRISTMAS: 'kerstvakantie',
  SPRING: 'voorjaarsvakantie',
  MAY: 'meivakantie',
  SUMMER: 'zomervakantie',
};

/** "19 december 2026": a date in words, without Intl (this runs in the workflow sandbox too). */
export function dutchDate(date: IsoDate): string {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a calendar date YYYY-MM-DD: '${date}'`);
  return `${parts.day} ${MONTHS_NL[parts.month - 1]} ${parts.year}`;
}

/**
 * R3.3 the Dutch sentence for a date that is not a school day, e.g. "Zondag 20 december 2026 is geen
 * schooldag: het is een zondag en valt in de kerstvakantie van regio Noord (19 december 2026 t/m
 * 3 januari 2027)." Undefined for a school day.
 */
export function notSchoolDaySentence(check: SchoolDayCheck): string | undefined {
  if (check.schoolDay) return undefined;
  const weekday = WEEKDAYS_NL[isoWeekday(check.date) - 1]!;
  const day = `${weekday.charAt(0).toUpperCase()}${weekday.slice(1)} ${dutchDate(check.date)} is geen schooldag`;
  const holiday = check.holiday
    ? `valt in de ${HOLIDAY_NL[check.holiday.kind]} van regio ${REGION_NL[check.region]} (${dutchDate(check.holiday.from)} t/m ${dutchDate(check.holiday.to)}${check.holiday.provisional ? '; geschat, de vakanties van dat schooljaar zijn nog niet bekend' : ''})`
    : undefined;
  const weekend = check.reason === 'SCHOOL_HOLIDAY' ? undefined : `is een ${weekday}`;
  return `${day}: het ${[weekend, holiday].filter(Boolean).join(' en ')}.`;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const WEEKDAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const REGION_EN: Readonly<Record<SchoolHolidayRegion, string>> = { noord: 'North', midden: 'Middle', zuid: 'South' };
const HOLIDAY_EN: Readonly<Record<SchoolHolidayKind, string>> = {
  AUTUMN: 'autumn holiday',
  CHRISTMAS: 'Christmas holiday',
  SPRING: 'spring holiday',
  MAY: 'May holiday',
  SUMMER: 'summer holiday',
};

const englishDate = (date: IsoDate): string => {
  const parts = parseIsoDate(date)!;
  return `${parts.day} ${MONTHS_EN[parts.month - 1]} ${parts.year}`;
};

/**
 * R3.3 the English alternative of notSchoolDaySentence, from a refusal's details (`date`, `reason`,
 * `region`, `holiday`), e.g. "Sunday 20 December 2026 is not a school day: it is a Sunday and falls in
 * the Christmas holiday of region North (19 December 2026 to 3 January 2027)." Undefined when the
 * details are not those of an R3.3 refusal.
 */
export function notSchoolDaySentenceEnglish(details: Readonly<Record<string, unknown>>): string | undefined {
  const { date, reason, region, holiday } = details as {
    date?: unknown;
    reason?: unknown;
    region?: unknown;
    holiday?: { kind?: unknown; from?: unknown; to?: unknown; provisional?: unknown };
  };
  if (typeof date !== 'string' || !parseIsoDate(date) || typeof region !== 'string' || !(region in REGION_EN)) {
    return undefined;
  }
  if (reason !== 'SATURDAY' && reason !== 'SUNDAY' && reason !== 'SCHOOL_HOLIDAY') return undefined;
  const weekday = WEEKDAYS_EN[isoWeekday(date) - 1]!;
  const kind = holiday?.kind;
  const inHoliday =
    typeof kind === 'string' &&
    kind in HOLIDAY_EN &&
    typeof holiday?.from === 'string' &&
    typeof holiday.to === 'string'
      ? `falls in the ${HOLIDAY_EN[kind as SchoolHolidayKind]} of region ${REGION_EN[region as SchoolHolidayRegion]} (${englishDate(holiday.from)} to ${englishDate(holiday.to)}${holiday.provisional === true ? '; estimated, that school year’s holidays are not known yet' : ''})`
      : undefined;
  const weekend = reason === 'SCHOOL_HOLIDAY' ? undefined : `is a ${weekday}`;
  const why = [weekend, inHoliday].filter(Boolean).join(' and ');
  return why ? `${weekday} ${englishDate(date)} is not a school day: it ${why}.` : undefined;
}
