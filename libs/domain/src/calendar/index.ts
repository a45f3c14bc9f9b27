export { addIsoDays, amsterdamDate, isValidIsoDate, startOfAmsterdamDay, WEEK_MS } from './amsterdam-time';
export { isWithinSchoolYear, schoolYear } from './school-year';
export { isValidCalendarCutoff, trainingDeadlines, trainingTargetYear } from './training-deadlines';
