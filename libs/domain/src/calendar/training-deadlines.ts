import { amsterdamDateParts, deadlinePassesAt, startOfAmsterdamDay } from './amsterdam-time';

/** R3.1 default: school boards fix their activity calendar by 31 May. */
export const DEFAULT_CALENDAR_CUTOFF = '05-31';

const CALENDAR_CUTOFF = /^(\d{2})-(\d{2})$/;
// Days per month in a common year: 02-29 is refused because it does not exist every year.
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * R3.1 calendar cut-off, `MM-DD`, that exists in every year and lies from 03-01 to 06-30: after
 * the end-of-February deadline (so the escalations stay in order) and before any region's summer
 * holiday can begin (the earliest starts on the Saturday of ISO week 27, never before 3 July).
 */
export function isValidCalendarCutoff(s: string): boolean {
  const match = typeof s === 'string' ? CALENDAR_CUTOFF.exec(s) : null;
  if (!match) return false;
  const [month, day] = [Number(match[1]), Number(match[2])];
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]) return false;
  return month >= 3 && month <= 6;
}

/**
 * R3.1 target year: Y = year(d) if d (the Amsterdam local date of `dueAtMs`) is on or before the
 * last day of February of year(d), else year(d) + 1. Leap years count (29 February is in).
 */
export function trainingTargetYear(dueAtMs: number): number {
  const { year, month } = amsterdamDateParts(dueAtMs);
  return month <= 2 ? year : year + 1;
}

/** R3.1 deadlines of a target year, as epoch ms (Amsterdam midnights). */
export interface TrainingDeadlines {
  /** 1 January Y 00:00: the window opens, the project lead is reminded. */
  windowOpensAt: number;
  /** 1 February Y 00:00: not started → level-1 escalation. */
  notStartedEscalationAt: number;
  /** 1 March Y 00:00: end of February passed → target slips to Y + 1, level-2 "school year missed". */
  schoolYearMissedAt: number;
  /** 00:00 on the day after the calendar cut-off in Y: calendar not fixed → level 3, replan for Y + 1. */
  calendarCutoffAt: number;
}

/**
 * R3.1 deadlines for target year Y. `calendarCutoff` is `MM-DD` (default `05-31`, configurable per
 * programme); an invalid one is a programming error (validate input with `isValidCalendarCutoff`).
 */
export function trainingDeadlines(
  targetYear: number,
  calendarCutoff: string = DEFAULT_CALENDAR_CUTOFF,
): TrainingDeadlines {
  if (!Number.isInteger(targetYear) || targetYear < 1000 || targetYear > 9999) {
    throw new RangeError(`target year must be a four-digit integer, got ${targetYear}`);
  }
  if (!isValidCalendarCutoff(calendarCutoff)) {
    throw new RangeError(`calendar cut-off must be MM-DD from 03-01 to 06-30, got '${calendarCutoff}'`);
  }
  return {
    windowOpensAt: startOfAmsterdamDay(`${targetYear}-01-01`),
    notStartedEscalationAt: startOfAmsterdamDay(`${targetYear}-02-01`),
    schoolYearMissedAt: startOfAmsterdamDay(`${targetYear}-03-01`),
    calendarCutoffAt: deadlinePassesAt(`${targetYear}-${calendarCutoff}`),
  };
}
