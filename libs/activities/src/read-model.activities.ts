import type { DataSource } from 'typeorm';
import type { ProgrammeState } from '../../domain/src';
import { ProgrammeReadModel } from '../../persistence/src';
import { EscalationMailer, type EscalationMailOptions } from './escalation-mail';
import { SessionInvitationMailer } from './session-invitation-mail';

export interface ReadModelActivityDeps {
  dataSource: DataSource;
  /** Escalation e-mail (P3) and session invitations (R3.1); without it escalations go by webhook only. */
  escalationMail?: EscalationMailOptions;
  /** Today for the session invitations (sessions already past are not mailed); tests set it. */
  clock?: () => Date;
}

/** Activities that keep the read model in step with the workflows. All are idempotent. */
export function createReadModelActivities({ dataSource, escalationMail, clock }: ReadModelActivityDeps) {
  const programmes = new ProgrammeReadModel(dataSource);
  const mailer = escalationMail ? new EscalationMailer(dataSource, escalationMail) : undefined;
  const sessionMailer = escalationMail ? new SessionInvitationMailer(dataSource, escalationMail) : undefined;
  return {
    /**
     * Upserts the programme and its escalation outbox; an older or repeated version changes nothing.
     * Then makes sure the escalations' e-mails and the planned sessions' invitations are queued
     * (once each, by Message-ID): retried with
     * the projection until both succeed, so none is lost and none doubled.
     */
    async projectProgramme(state: ProgrammeState): Promise<void> {
      await programmes.upsert(state);
      await mailer?.ensure(state);
      await sessionMailer?.ensure(state, clock?.());
    },
  };
}
