import type { SchoolHolidayRegion } from '../municipality';
import { addIsoDays, type IsoDate } from './amsterdam-time';
import { schoolHolidaysOf } from './school-days';
import { schoolYear, type SchoolYear } from './school-year';
import {
  OFFICIAL_SCHOOL_HOLIDAYS,
  SCHOOL_HOLIDAY_KINDS,
  type SchoolHolidayKind,
  type SchoolHolidayStatus,
} from './school-holidays.data';
import { DEFAULT_CALENDAR_CUTOFF, trainingDeadlines } from './training-deadlines';

/** R3.1 the dated moments of a target year, in the order they come. */
export const TRAINING_DEADLINE_KINDS = ['WINDOW_OPENS', 'NOT_STARTED', 'END_OF_FEBRUARY', 'CALENDAR_CUTOFF'] as const;
type TrainingDeadlineKind = (typeof TRAINING_DEADLINE_KINDS)[number];

interface TrainingCalendarDeadline {
  kind: TrainingDeadlineKind;
  /** The day as the rule names it ("by 1 February", "end of February", "31 May"). */
  date: IsoDate;
  /** When it acts (epoch ms, Amsterdam midnight), as trainingDeadlines says. */
  actsAtMs: number;
}

interface SchoolHoliday {
  kind: SchoolHolidayKind;
  /** Calendar year the holiday's school year starts in. */
  schoolYear: number;
  from: IsoDate;
  to: IsoDate;
  status: SchoolHolidayStatus;
  /** Not in the official data: the documented estimate (R3.3 marks such dates provisional). */
  provisional: boolean;
}

interface TrainingCalendar {
  targetYear: number;
  schoolYear: SchoolYear;
  deadlines: TrainingCalendarDeadline[];
  /** From 1 January Y to the summer holiday that ends school year Y/Y+1, oldest first. */
  holidays: SchoolHoliday[];
  /** False when a school year of the span is not in the data (its holidays are the estimate). */
  holidaysPublished: boolean;
}

const lastDayOfFebruary = (year: number): IsoDate => addIsoDays(`${year}-03-01`, -1);

function holidaysOfSchoolYear(region: SchoolHolidayRegion, startYear: number): SchoolHoliday[] | undefined {
  const year = OFFICIAL_SCHOOL_HOLIDAYS[startYear];
  if (!year) return undefined;
  return SCHOOL_HOLIDAY_KINDS.map((kind) => ({
    kind,
    schoolYear: startYear,
    from: year[kind].regions[region].start,
    to: year[kind].regions[region].end,
    status: year[kind].status,
    provisional: false,
  }));
}

/**
 * R3.1 and R3.3: the training calendar of target year Y for a school-holiday region — the school year
 * Y/Y+1, the deadlines (1 January window, 1 February, end of February, the calendar cut-off) and the
 * region's school holidays from 1 January Y up to and including the summer holiday after school year
 * Y/Y+1. A school year missing from the data contributes its estimated holidays (school-days.ts),
 * marked provisional.
 */
export function trainingCalendar(
  region: SchoolHolidayRegion,
  targetYear: number,
  calendarCutoff: string = DEFAULT_CALENDAR_CUTOFF,
): TrainingCalendar {
  const acts = trainingDeadlines(targetYear, calendarCutoff);
  const year = schoolYear(region, targetYear);
  const deadlines: TrainingCalendarDeadline[] = [
    { kind: 'WINDOW_OPENS', date: `${targetYear}-01-01`, actsAtMs: acts.windowOpensAt },
    { kind: 'NOT_STARTED', date: `${targetYear}-02-01`, actsAtMs: acts.notStartedEscalationAt },
    { kind: 'END_OF_FEBRUARY', date: lastDayOfFebruary(targetYear), actsAtMs: acts.schoolYearMissedAt },
    { kind: 'CALENDAR_CUTOFF', date: `${targetYear}-${calendarCutoff}`, actsAtMs: acts.calendarCutoffAt },
  ];
  const holidays: SchoolHoliday[] = [];
  let published = true;
  // School year Y-1/Y holds the spring, May and summer holidays after 1 January Y; Y/Y+1 the rest.
  for (const startYear of [targetYear - 1, targetYear]) {
    const official = holidaysOfSchoolYear(region, startYear);
    if (official) {
      holidays.push(...official);
      continue;
    }
    published = false;
    // R3.3 the documented estimate of every holiday (school-days.ts), the days planTrainingSession refuses.
    holidays.push(...schoolHolidaysOf(region, startYear));
  }
  return {
    targetYear,
    schoolYear: year,
    deadlines,
    holidays: holidays.filter((h) => h.to >= `${targetYear}-01-01`),
    holidaysPublished: published,
  };
}
