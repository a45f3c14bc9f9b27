export { calendarEventsOf, type CalendarEvent, type SchoolYearDeadline } from './calendar-events';
export {
  DEFAULT_REMINDER_POLICY,
  reminderSchedule,
  remindersDue,
  type Reminder,
  type ReminderKind,
  type ReminderPolicy,
} from './reminders';
