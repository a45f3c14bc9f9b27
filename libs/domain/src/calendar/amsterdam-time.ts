import { tzOffset } from '@date-fns/tz/tzOffset';

// Runs inside the Temporal workflow sandbox: time is always an argument, and no Date subclass is
// used. The sandbox replaces the global Date with a plain function, so `class X extends Date`
// (TZDate, UTCDate) silently turns into a plain Date that reads the machine's time zone. Only
// plain Dates built from epoch ms, Date.UTC and UTC getters are used here; the Amsterdam offset
// comes from the runtime's ICU zone data through Intl (`tzOffset` of @date-fns/tz).

/** A calendar date in the Netherlands, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Every calendar date in the domain is a date in this zone (docs/rules.md "Time and dates"). */
export const AMSTERDAM_TIME_ZONE = 'Europe/Amsterdam';

/** 7 × 24 h of elapsed time: stall thresholds are whole weeks of elapsed time, not calendar weeks. */
export const WEEK_MS: number = 7 * 24 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a real calendar date in `YYYY-MM-DD` form, or undefined. */
export function parseIsoDate(s: string): DateParts | undefined {
  const match = typeof s === 'string' ? ISO_DATE.exec(s) : null;
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True for a real calendar date in `YYYY-MM-DD` form: `2027-02-29` false, `2028-02-29` true. */
export function isValidIsoDate(s: string): boolean {
  return parseIsoDate(s) !== undefined;
}

/** Epoch ms of 00:00 UTC on the date: the day number × DAY_MS, zone-free. */
function utcDayStart(date: IsoDate): number {
  const parts = parseIsoDate(date);
  // Years below 1000 are refused: Date.UTC maps two-digit years onto 19xx.
  if (!parts || parts.year < 1000) throw new RangeError(`not a calendar date YYYY-MM-DD: '${date}'`);
  return Date.UTC(parts.year, parts.month - 1, parts.day);
}

function utcIsoDate(epochMs: number): IsoDate {
  const date = new Date(epochMs).toISOString().slice(0, 10);
  if (!ISO_DATE.test(date)) throw new RangeError(`date outside years 0000-9999: ${epochMs}`);
  return date;
}

function requireInstant(epochMs: number): void {
  if (typeof epochMs !== 'number' || !Number.isFinite(epochMs)) {
    throw new RangeError(`not an instant in epoch milliseconds: ${epochMs}`);
  }
}

/** Amsterdam's UTC offset at an instant, in ms (+1 h in winter, +2 h in summer). */
function amsterdamOffsetMs(epochMs: number): number {
  const minutes = tzOffset(AMSTERDAM_TIME_ZONE, new Date(epochMs));
  // tzOffset yields NaN instead of throwing when the runtime lacks the zone data.
  if (!Number.isFinite(minutes))
    throw new RangeError(`no ${AMSTERDAM_TIME_ZONE} offset at ${epochMs} (time-zone data missing?)`);
  return minutes * MINUTE_MS;
}

/** The Amsterdam local date of an instant. */
export function amsterdamDate(epochMs: number): IsoDate {
  requireInstant(epochMs);
  return utcIsoDate(epochMs + amsterdamOffsetMs(epochMs));
}

/** The Amsterdam local date of an instant, as parts. */
export function amsterdamDateParts(epochMs: number): DateParts {
  return parseIsoDate(amsterdamDate(epochMs)) as DateParts;
}

/** 00:00 Europe/Amsterdam at the start of the given local date, as epoch ms. */
export function startOfAmsterdamDay(date: IsoDate): number {
  const wallClock = utcDayStart(date);
  // Amsterdam changes its clocks at 01:00 UTC (02:00/03:00 local), so local midnight exists exactly
  // once; the second pass takes the offset at the instant found, not at the wall-clock reading.
  const guess = wallClock - amsterdamOffsetMs(wallClock);
  const ms = wallClock - amsterdamOffsetMs(guess);
  if (ms + amsterdamOffsetMs(ms) !== wallClock) {
    throw new RangeError(`cannot resolve 00:00 ${AMSTERDAM_TIME_ZONE} on ${date}`);
  }
  return ms;
}

function formatOffset(offsetMs: number): string {
  const minutes = Math.round(Math.abs(offsetMs) / MINUTE_MS);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${offsetMs < 0 ? '-' : '+'}${hh}:${mm}`;
}

/**
 * ISO 8601 with the Amsterdam offset, e.g. `2027-03-15T10:00:00+01:00` (`+02:00` in summer time).
 * Whole seconds: milliseconds are dropped.
 */
export function toAmsterdamIso(epochMs: number): string {
  requireInstant(epochMs);
  const seconds = Math.floor(epochMs / 1000) * 1000;
  const offset = amsterdamOffsetMs(seconds);
  const local = new Date(seconds + offset).toISOString();
  if (!/^\d{4}-/.test(local)) throw new RangeError(`instant outside years 0000-9999: ${epochMs}`);
  return `${local.slice(0, 19)}${formatOffset(offset)}`;
}

/** The calendar date `days` days after (or before, when negative) `date`. */
export function addIsoDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return utcIsoDate(utcDayStart(date) + days * DAY_MS);
}

/** ISO weekday of a date: 1 = Monday .. 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  return ((new Date(utcDayStart(date)).getUTCDay() + 6) % 7) + 1;
}

/**
 * Deadline "by date D" passes at 00:00 local on the day after D (docs/rules.md "Time and dates");
 * "by 31 January" passes at 00:00 on 1 February.
 */
export function deadlinePassesAt(byDate: IsoDate): number {
  return startOfAmsterdamDay(addIsoDays(byDate, 1));
}
