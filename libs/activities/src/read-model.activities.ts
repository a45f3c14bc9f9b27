import { ApplicationFailure } from '@temporalio/common';
import type { DataSource } from 'typeorm';
import type { ProgrammeState } from '../../domain/src';
import { ProgrammeEntity, ProgrammeReadModel } from '../../persistence/src';
import {
  applyProjectionDelta,
  isProjectionDelta,
  PROJECTION_BASE_MISSING,
  type ProjectionInput,
} from '../../contracts/src';
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

  /**
   * Issue 18.2: the whole state a projection input stands for. A whole state (histories and
   * tasks from before the delta) is itself; a delta is applied to the stored state of its base
   * version. Undefined when the read model already holds a newer version: that projection ran
   * after this one's last attempt completed, so there is nothing left to do.
   */
  async function wholeState(input: ProjectionInput): Promise<ProgrammeState | undefined> {
    if (!isProjectionDelta(input)) return input;
    const row = await dataSource
      .getRepository(ProgrammeEntity)
      .findOne({ where: { id: input.programmeId }, select: { id: true, version: true, state: true } });
    const storedVersion = row ? Number(row.version) : undefined;
    if (row && storedVersion !== undefined && storedVersion > input.version) return undefined;
    const stored = row ? (JSON.parse(row.state) as ProgrammeState) : undefined;
    // A retry after the upsert went through (the mails failed): the stored state is this version's.
    if (stored && storedVersion === input.version) return stored;
    const whole = stored && storedVersion === input.baseVersion ? applyProjectionDelta(stored, input) : undefined;
    if (whole) return whole;
    // The read model does not hold the base (restored, rebuilt or lost): the workflow sends the whole state.
    throw ApplicationFailure.nonRetryable(
      `programme ${input.programmeId}: the read model holds version ${storedVersion ?? 'none'}, the delta is on ${input.baseVersion}`,
      PROJECTION_BASE_MISSING,
    );
  }

  return {
    /**
     * Upserts the programme and its escalation outbox; an older or repeated version changes nothing.
     * Then makes sure the escalations' e-mails and the planned sessions' invitations are queued
     * (once each, by Message-ID): retried with
     * the projection until both succeed, so none is lost and none doubled.
     * Accepts the whole state or a delta on the last projected version (issue 18.2).
     */
    async projectProgramme(input: ProjectionInput): Promise<void> {
      const state = await wholeState(input);
      if (!state) return;
      await programmes.upsert(state);
      await mailer?.ensure(state);
      await sessionMailer?.ensure(state, clock?.());
    },
  };
}
