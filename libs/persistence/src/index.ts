export * from './data-source';
export { CALENDAR_FEED_SCOPES, CalendarFeedEntity, type CalendarFeedScope } from './entities/calendar-feed.entity';
export {
  DirectoryEventEntity,
  InvitationEntity,
  MemberEntity,
  MembershipEntity,
  NOTIFICATION_MODES,
  type NotificationMode,
} from './entities/directory.entities';
export { EscalationOutboxEntity } from './entities/escalation-outbox.entity';
export { MailOutboxEntity, type MailLanguage } from './entities/mail-outbox.entity';
export { MunicipalityEntity } from './entities/municipality.entity';
export { ProgrammeEntity } from './entities/programme.entity';
export { SessionEntity } from './entities/session.entity';
export { readReferenceCsv } from './reference-data';
export { applyReferenceYear, readReferenceYear, ReferenceYearError, revertReferenceYear } from './reference-years';
export {
  ProgrammeReadModel,
  type ProgrammeHead,
  type ProgrammePageQuery,
  type ProgrammeSort,
} from './programme.read-model';
export {
  NationalOverviewReadModel,
  type CountByKey,
  type MentorProgrammeRow,
  type NationalOverview,
  type QueuedEscalationRow,
} from './national-overview.read-model';
export { ERASED_NAME, grantOf, MemberDirectory, type InvitationProblem, type SignInIdentity } from './member-directory';
export { NotificationPreferences, type NotificationPreferencesView } from './notification-preferences';
export { inTransaction, sqliteBusy } from './transaction';
export { ReminderOffsetsEntity } from './entities/reminder-offsets.entity';
export { reminderOffsetsChangeOf, ReminderOffsetsStore } from './reminder-offsets';
export { PeerComparisonReadModel } from './peer-comparison.read-model';
// The rows the projection writes per programme (the bench's bulk fill writes the same, issue 18.3).
export {
  indicatorRows,
  missedSchoolYears,
  phaseStayRows,
  practiceAdoptionRows,
  programmeMunicipalityRows,
  startedQuarter,
} from './programme-projection';
