export { addIsoDays, amsterdamDate, isValidIsoDate, startOfAmsterdamDay, WEEK_MS } from './amsterdam-time';
export { isWithinSchoolYear, schoolYear } from './school-year';
export { isValidCalendarCutoff, trainingDeadlines, trainingTargetYear } from './training-deadlines';
export { SCHOOL_HOLIDAY_KINDS } from './school-holidays.data';
export { TRAINING_DEADLINE_KINDS, trainingCalendar } from './training-calendar';
export {
  dutchDate,
  isSchoolDay,
  notSchoolDaySentence,
  notSchoolDaySentenceEnglish,
  schoolDayCheck,
  schoolHolidaysOf,
} from './school-days';
export { DEFAULT_NEXT_ELECTION_DAY, electionDays, FIXED_ELECTION_DAYS, isPossibleElectionDay } from './elections.data';
export type { ElectionDay } from './elections.data';
