export {
  addIsoDays,
  AMSTERDAM_TIME_ZONE,
  amsterdamDate,
  deadlinePassesAt,
  isValidIsoDate,
  startOfAmsterdamDay,
  toAmsterdamIso,
  WEEK_MS,
  type IsoDate,
} from './amsterdam-time';
export { isWithinSchoolYear, schoolYear, type SchoolYear } from './school-year';
export {
  DEFAULT_CALENDAR_CUTOFF,
  isValidCalendarCutoff,
  trainingDeadlines,
  trainingTargetYear,
  type TrainingDeadlines,
} from './training-deadlines';
