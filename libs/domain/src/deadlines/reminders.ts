import { addIsoDays, amsterdamDate, startOfAmsterdamDay, type IsoDate } from '../calendar/amsterdam-time';
import type { ProgrammeState, StepKey } from '../lifecycle/types';
import { calendarEventsOf, type SchoolYearDeadline } from './calendar-events';

// Reminders before they are needed (issue 16; docs/rules.md "School-year deadlines"): before each
// R3.1 school-year date of the training track and before a stall clock reaches level 1 of the
// ladder (P3), a reminder falls due at 08:00 Europe/Amsterdam some days before the deadline's day.
// Pure: the deadlines are the calendar feed's (calendarEventsOf), so reminders, feed and time
// engine name the same dates; `now` and the policy are arguments.

/** What a reminder is about. */
export type ReminderKind =
  | 'STALL_LEVEL_1'
  | 'TRAINING_WINDOW_OPENS'
  | 'TRAINING_NOT_STARTED'
  | 'TRAINING_LAST_DAY_TO_START'
  | 'TRAINING_CALENDAR_CUTOFF';

const SCHOOL_YEAR_KIND: Record<SchoolYearDeadline, ReminderKind> = {
  WINDOW_OPENS: 'TRAINING_WINDOW_OPENS',
  NOT_STARTED: 'TRAINING_NOT_STARTED',
  LAST_DAY_TO_START: 'TRAINING_LAST_DAY_TO_START',
  CALENDAR_CUTOFF: 'TRAINING_CALENDAR_CUTOFF',
};

export interface ReminderPolicy {
  /** Whole days before the deadline's day (Europe/Amsterdam), e.g. `[14, 2]`. */
  daysBefore: readonly number[];
  /** The local hour (Europe/Amsterdam) on that day at which the reminder falls due. */
  hour: number;
}

/** Issue 16's default: two weeks and two days before, in the morning. */
export const DEFAULT_REMINDER_POLICY: ReminderPolicy = { daysBefore: [14, 2], hour: 8 };

export interface Reminder {
  programmeId: string;
  kind: ReminderKind;
  /** The step the deadline belongs to: the stall clock's, or `TRAINING` for R3.1. */
  step: StepKey;
  /** The day people are reminded of (Europe/Amsterdam), e.g. `2027-02-01`, or the last day of February. */
  deadlineDate: IsoDate;
  /** ISO instant at which the time engine acts (level 1 raised, the school-year escalation); the reminder is moot from then on. */
  deadlineAt: string;
  daysBefore: number;
  /** ISO instant: `hour`:00 Europe/Amsterdam, `daysBefore` days before `deadlineDate`. */
  dueAt: string;
  /** R3.1: the target year whose school year `targetYear/targetYear+1` the date belongs to. */
  targetYear?: number;
}

function checkPolicy(policy: ReminderPolicy): void {
  if (!Number.isInteger(policy.hour) || policy.hour < 0 || policy.hour > 23)
    throw new RangeError(`reminder hour must be 0-23, got ${policy.hour}`);
  for (const d of policy.daysBefore)
    if (!Number.isInteger(d) || d < 1 || d > 60) throw new RangeError(`days before must be 1-60, got ${d}`);
}

/** `hour`:00 in Amsterdam on a date; an hour the clock skips (02:00 in March) lands an hour later. */
function localHour(date: IsoDate, hour: number): number {
  const midnight = startOfAmsterdamDay(date);
  const nextMidnight = startOfAmsterdamDay(addIsoDays(date, 1));
  // On the two changeover days the day is 23 or 25 hours long; hours from 03:00 on count from the next midnight back.
  return hour < 3 ? midnight + hour * 3_600_000 : nextMidnight - (24 - hour) * 3_600_000;
}

/**
 * Every reminder of the programme's deadlines as they stand: one per deadline and per `daysBefore`.
 * None for a paused or ended programme (its workflow sets no timer, calendarEventsOf shows no
 * deadline). A stall reminder due before its clock last (re)started is left out: with a threshold
 * shorter than the offset it would only repeat the clock's start. Ordered by due time.
 */
export function reminderSchedule(state: ProgrammeState, policy: ReminderPolicy = DEFAULT_REMINDER_POLICY): Reminder[] {
  checkPolicy(policy);
  if (state.status !== 'ACTIVE') return [];
  const reminders: Reminder[] = [];
  for (const event of calendarEventsOf(state)) {
    let base: Omit<Reminder, 'daysBefore' | 'dueAt'>;
    let notBeforeMs = -Infinity;
    if (event.kind === 'STALL_LEVEL' && !event.allDay && event.stall?.level === 1) {
      const atMs = Date.parse(event.at);
      base = {
        programmeId: state.programmeId,
        kind: 'STALL_LEVEL_1',
        step: event.stall.step,
        deadlineDate: amsterdamDate(atMs),
        deadlineAt: event.at,
      };
      const since = state.clocks.find((c) => c.step === event.stall?.step)?.runningSince;
      if (since) notBeforeMs = Date.parse(since);
    } else if (event.kind === 'SCHOOL_YEAR_DEADLINE' && event.allDay && event.schoolYear) {
      base = {
        programmeId: state.programmeId,
        kind: SCHOOL_YEAR_KIND[event.schoolYear.deadline],
        step: 'TRAINING',
        deadlineDate: event.date,
        deadlineAt: event.schoolYear.actsAt,
        targetYear: event.schoolYear.targetYear,
      };
    } else continue;
    for (const daysBefore of policy.daysBefore) {
      const dueMs = localHour(addIsoDays(base.deadlineDate, -daysBefore), policy.hour);
      if (dueMs < notBeforeMs || dueMs >= Date.parse(base.deadlineAt)) continue;
      reminders.push({ ...base, daysBefore, dueAt: new Date(dueMs).toISOString() });
    }
  }
  return reminders.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.kind.localeCompare(b.kind));
}

/**
 * The reminders to send at `nowMs`: due (`dueAt <= now`) and not moot (`now < deadlineAt`). Of one
 * deadline only the latest due is answered, so a sender that was down for both the two-week and the
 * two-day moment sends the two-day one alone.
 */
export function remindersDue(
  state: ProgrammeState,
  nowMs: number,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): Reminder[] {
  const latest = new Map<string, Reminder>();
  for (const r of reminderSchedule(state, policy)) {
    if (Date.parse(r.dueAt) > nowMs || nowMs >= Date.parse(r.deadlineAt)) continue;
    const key = `${r.kind}\n${r.step}\n${r.deadlineAt}`;
    const seen = latest.get(key);
    if (!seen || r.dueAt > seen.dueAt) latest.set(key, r);
  }
  return [...latest.values()];
}
