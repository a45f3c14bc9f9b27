import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import {
  checkReminderOffsets,
  DEFAULT_REMINDER_POLICY,
  err,
  ok,
  REMINDER_OFFSET_BOUNDS,
  sameReminderOffsets,
  type Result,
} from '../../../../libs/domain/src';
import {
  MemberDirectory,
  MembershipEntity,
  ProgrammeEntity,
  ReminderOffsetsStore,
} from '../../../../libs/persistence/src';
import type { Principal } from '../auth';
import { identityOf, MembersService } from '../members/members.service';
import { mayActNationally, maySee } from '../programmes/access';
import type { ReminderOffsetsFailure } from './reminder-offsets.failures';

/** A programme's reminder policy as the API shows it. */
export interface ReminderPolicyView {
  daysBefore: number[];
  isDefault: boolean;
  bounds: { min: number; max: number; maxCount: number };
}

const view = (own: number[] | undefined): ReminderPolicyView => ({
  daysBefore: own ?? [...DEFAULT_REMINDER_POLICY.daysBefore],
  isDefault: own === undefined,
  bounds: { ...REMINDER_OFFSET_BOUNDS },
});

/**
 * Per-programme reminder offsets (issue 16): read by whoever may see the programme, set by its
 * project lead or a kwartiermaker (P1, from their memberships), within national policy (P3,
 * libs/domain checkReminderOffsets). Stored in the read-model database; the worker's reminder scan
 * reads them there.
 */
@Injectable()
export class ReminderOffsetsService {
  private readonly store: ReminderOffsetsStore;
  private readonly directory: MemberDirectory;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly members: MembersService,
  ) {
    this.store = new ReminderOffsetsStore(dataSource);
    this.directory = new MemberDirectory(dataSource);
  }

  /** The policies of these programmes, in one query (a list of programmes asks for many). */
  async policiesOf(programmeIds: readonly string[]): Promise<ReminderPolicyView[]> {
    const own = await this.store.ownOf(programmeIds);
    return programmeIds.map((id) => view(own.get(id)));
  }

  async set(
    p: Principal,
    programmeId: string,
    daysBefore: readonly number[],
  ): Promise<Result<ReminderPolicyView, ReminderOffsetsFailure>> {
    if (!maySee(await this.members.withMemberships(p), programmeId))
      return err({ kind: 'PROGRAMME_NOT_FOUND', programmeId });
    // P1: from the person's memberships in this programme, read now; a refusal creates nothing.
    const { member, memberships } = await this.directory.activeMemberships(identityOf(p));
    const leadId =
      member && memberships.some((m) => m.programmeId === programmeId && m.role === 'PROJECT_LEAD')
        ? member.id
        : undefined;
    if (leadId === undefined && !mayActNationally(p)) return err({ kind: 'NOT_PROJECT_LEAD', programmeId });
    if (!(await this.exists(programmeId))) return err({ kind: 'PROGRAMME_NOT_FOUND', programmeId });
    const checked = checkReminderOffsets(daysBefore);
    if (!checked.ok) return err({ kind: 'OUTSIDE_POLICY', violation: checked.error });
    // Choosing exactly the national default follows the default again (also when it changes later).
    const own = sameReminderOffsets(checked.value, DEFAULT_REMINDER_POLICY.daysBefore) ? null : checked.value;
    // A kwartiermaker gets a directory entry on first need, as when they manage members.
    const actorMemberId = leadId ?? (await this.members.person(p, programmeId)).memberId;
    await this.store.set({
      programmeId,
      daysBefore: own,
      defaultDaysBefore: DEFAULT_REMINDER_POLICY.daysBefore,
      actorMemberId,
      actorRole: leadId !== undefined ? 'PROJECT_LEAD' : 'KWARTIERMAKER',
    });
    return ok(view(own ?? undefined));
  }

  /** Projected, or not yet projected but with members (just started). */
  private async exists(programmeId: string): Promise<boolean> {
    const manager = this.dataSource.manager;
    return (
      (await manager.existsBy(ProgrammeEntity, { id: programmeId })) ||
      (await manager.existsBy(MembershipEntity, { programmeId, endedAt: IsNull() }))
    );
  }
}
