export { addIsoDays, amsterdamDate, isValidIsoDate, startOfAmsterdamDay, WEEK_MS } from './amsterdam-time';
export { isWithinSchoolYear, schoolYear } from './school-year';
export { isValidCalendarCutoff, trainingDeadlines, trainingTargetYear } from './training-deadlines';
export { SCHOOL_HOLIDAY_KINDS } from './school-holidays.data';
export { TRAINING_DEADLINE_KINDS, trainingCalendar } from './training-calendar';
export { isSchoolDay, notSchoolDaySentence, notSchoolDaySentenceEnglish, schoolDayCheck } from './school-days';
export { isPossibleElectionDay } from './elections.data';
