export { calendarEventsOf, type CalendarEvent } from './calendar-events';
export {
  checkReminderOffsets,
  REMINDER_OFFSET_BOUNDS,
  reminderOffsetsSentence,
  reminderPolicyOf,
  sameReminderOffsets,
  type ReminderOffsetsViolation,
} from './reminder-offsets';
export {
  DEFAULT_REMINDER_POLICY,
  remindersDue,
  type Reminder,
  type ReminderKind,
  type ReminderPolicy,
} from './reminders';
