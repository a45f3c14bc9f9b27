import type { DataSource } from 'typeorm';
import type { ProgrammeState } from '../../domain/src';
import { ProgrammeReadModel } from '../../persistence/src';
import { EscalationMailer, type EscalationMailOptions } from './escalation-mail';

export interface ReadModelActivityDeps {
  dataSource: DataSource;
  /** Escalation e-mail (P3); without it escalations go by webhook only. */
  escalationMail?: EscalationMailOptions;
}

/** Activities that keep the read model in step with the workflows. All are idempotent. */
export function createReadModelActivities({ dataSource, escalationMail }: ReadModelActivityDeps) {
  const programmes = new ProgrammeReadModel(dataSource);
  const mailer = escalationMail ? new EscalationMailer(dataSource, escalationMail) : undefined;
  return {
    /**
     * Upserts the programme and its escalation outbox; an older or repeated version changes nothing.
     * Then makes sure the escalations' e-mails are queued (once each, by Message-ID): retried with
     * the projection until both succeed, so none is lost and none doubled.
     */
    async projectProgramme(state: ProgrammeState): Promise<void> {
      await programmes.upsert(state);
      await mailer?.ensure(state);
    },
  };
}
