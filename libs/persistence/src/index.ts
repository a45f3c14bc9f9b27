export * from './data-source';
export { EscalationOutboxEntity } from './entities/escalation-outbox.entity';
export { MailOutboxEntity, type MailLanguage, type MailStatus } from './entities/mail-outbox.entity';
export { MunicipalityEntity } from './entities/municipality.entity';
export { ProgrammeEntity } from './entities/programme.entity';
export { readReferenceCsv } from './reference-data';
export { ProgrammeReadModel, type ProgrammePageQuery, type ProgrammeSort } from './programme.read-model';
export {
  NationalOverviewReadModel,
  type CountByKey,
  type MentorProgrammeRow,
  type NationalOverview,
  type QueuedEscalationRow,
} from './national-overview.read-model';
