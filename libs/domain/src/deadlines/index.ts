export { calendarEventsOf, type CalendarEvent } from './calendar-events';
export {
  DEFAULT_REMINDER_POLICY,
  remindersDue,
  type Reminder,
  type ReminderKind,
  type ReminderPolicy,
} from './reminders';
