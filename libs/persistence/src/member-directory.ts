import { createHash, createHmac, randomBytes } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Grant, MemberRole, PartnerDomain, PartnerLevel } from '../../domain/src';
import {
  DirectoryEventEntity,
  ErasedNameEntity,
  InvitationEntity,
  MemberEntity,
  MembershipEntity,
  type DirectoryEventKind,
} from './entities/directory.entities';
import { PreparedSelect } from './prepared-select';
import { inTransaction } from './transaction';

/** A sign-in identity: who the identity provider says the person is (P2). */
export interface SignInIdentity {
  issuer: string;
  subject: string;
  /** What the identity provider says of the person; only used to fill a new directory entry. */
  name?: string;
  email?: string;
}

export interface NewInvitation {
  programmeId: string;
  name: string;
  email: string;
  organisation?: string;
  language: 'nl' | 'en';
  role: MemberRole;
  partner?: { organisation: string; domain: PartnerDomain; level: PartnerLevel };
  /** C2: ADMINISTRATIVE_LEAD for this member municipality of the programme's collective. */
  municipalityCode?: string;
  invitedBy: string;
  invitedByRole: string;
  validForMs: number;
}

/** Why an invitation link cannot be used (any of them: nothing is changed). */
export type InvitationProblem = 'UNKNOWN' | 'EXPIRED' | 'USED' | 'WITHDRAWN' | 'ALREADY_MEMBER';

/** What a person shows as where their name would be once erased (P4). */
export const ERASED_NAME = 'Verwijderde persoon';

const memberId = () => `mbr_${randomBytes(12).toString('base64url')}`;
const opaqueId = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url')}`;
let lastEventMs = 0;
let eventCounter = 0;
/** Event ids sort in the order they were made (within one process), after the time they record. */
function eventId(): string {
  const ms = Date.now();
  eventCounter = ms === lastEventMs ? eventCounter + 1 : 0;
  lastEventMs = ms;
  return `ev_${ms.toString(36).padStart(9, '0')}${eventCounter.toString(36).padStart(4, '0')}_${randomBytes(6).toString('base64url')}`;
}
const tokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');
const iso = (ms: number) => new Date(ms).toISOString();

const ERASED_NAMES = `SELECT name_hash AS "nameHash" FROM erased_name WHERE name_hash IN (:...hashes)`;
/** Hashes of recorded names kept in memory (a name is its own key; the set starts over when full). */
const NAME_HASHES_KEPT = 10_000;

export const grantOf = (m: MembershipEntity): Grant => ({
  membershipId: m.id,
  role: m.role,
  ...(m.role === 'PARTNER_CONTACT' && m.partnerOrganisation && m.partnerDomain && m.partnerLevel
    ? { partner: { organisation: m.partnerOrganisation, domain: m.partnerDomain, level: m.partnerLevel } }
    : {}),
  // C2: the alderman of one member municipality of a collective.
  ...(m.role === 'ADMINISTRATIVE_LEAD' && m.municipalityCode ? { municipalityCode: m.municipalityCode } : {}),
});

/**
 * The member directory (issue 14, DOMAIN Part 2 P1–P4) on the read-model database: people, their
 * roles per programme, invitations and the audit trail. Membership changes are directory changes,
 * not workflow steps: they take effect at once (also while the worker is down), and names and
 * addresses never enter Temporal history. Every change writes a `directory_event` in the same
 * transaction, which the programme's timeline shows.
 */
export class MemberDirectory {
  /** Keys the hashes of erased names (made by the migration, one per installation). */
  private erasureKey?: Promise<string>;
  private readonly nameHashes = new Map<string, string>();

  // Issue 18.1: the programme page's reads (members, timeline) built once, as PreparedSelect does.
  private readonly activeOf: PreparedSelect<MembershipEntity>;
  private readonly eventsOf: PreparedSelect<DirectoryEventEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.activeOf = new PreparedSelect(
      dataSource,
      () =>
        dataSource
          .getRepository(MembershipEntity)
          .createQueryBuilder('ms')
          .where('ms.programmeId = :programmeId')
          .andWhere('ms.endedAt IS NULL')
          .orderBy('ms.grantedAt', 'ASC')
          .addOrderBy('ms.id', 'ASC'),
      ['programmeId'],
    );
    this.eventsOf = new PreparedSelect(
      dataSource,
      () =>
        dataSource
          .getRepository(DirectoryEventEntity)
          .createQueryBuilder('de')
          .where('de.programmeId = :programmeId')
          .orderBy('de.at', 'ASC')
          .addOrderBy('de.id', 'ASC'),
      ['programmeId'],
    );
  }

  /** The person bound to this sign-in identity, if any. */
  async findByIdentity(identity: Pick<SignInIdentity, 'issuer' | 'subject'>, manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).findOneBy(MemberEntity, {
      issuer: identity.issuer,
      subject: identity.subject,
    });
  }

  /** The person bound to this identity, created from what the identity provider says when new. */
  async ensureMember(identity: SignInIdentity, manager: EntityManager, now = Date.now()): Promise<MemberEntity> {
    const known = await this.findByIdentity(identity, manager);
    if (known) return known;
    const member = manager.create(MemberEntity, {
      id: memberId(),
      name: (identity.name ?? identity.subject).slice(0, 200),
      email: (identity.email ?? '').slice(0, 320).toLowerCase(),
      organisation: null,
      language: 'nl',
      issuer: identity.issuer,
      subject: identity.subject,
      createdAt: iso(now),
      erasedAt: null,
    });
    await manager.insert(MemberEntity, member);
    return member;
  }

  /** Every role the identity holds, in every programme, now (removal ends access at once: no cache). */
  async activeMemberships(identity: Pick<SignInIdentity, 'issuer' | 'subject'>): Promise<{
    member: MemberEntity | null;
    memberships: MembershipEntity[];
  }> {
    const member = await this.findByIdentity(identity);
    if (!member || member.erasedAt) return { member: member ?? null, memberships: [] };
    const memberships = await this.dataSource.manager.findBy(MembershipEntity, {
      memberId: member.id,
      endedAt: IsNull(),
    });
    return { member, memberships };
  }

  async activeMembershipsOf(programmeId: string, manager?: EntityManager): Promise<MembershipEntity[]> {
    if (!manager) return this.activeOf.many({ programmeId });
    return manager.find(MembershipEntity, {
      where: { programmeId, endedAt: IsNull() },
      order: { grantedAt: 'ASC', id: 'ASC' },
    });
  }

  /** The member designated administrative lead (the alderman) of the programme, if any (P1). */
  async administrativeLeadOf(programmeId: string): Promise<string | undefined> {
    const row = await this.dataSource.manager.findOneBy(MembershipEntity, {
      programmeId,
      role: 'ADMINISTRATIVE_LEAD',
      // C2: a member municipality's alderman is not the programme's administrative lead.
      municipalityCode: IsNull(),
      endedAt: IsNull(),
    });
    return row?.memberId;
  }

  async membersByIds(ids: readonly string[]): Promise<Map<string, MemberEntity>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(MemberEntity, 'm')
      .where('m.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
    return new Map(rows.map((m) => [m.id, m]));
  }

  /** Grants a role directly (the person who starts a programme becomes its project lead). */
  async grant(
    manager: EntityManager,
    input: {
      programmeId: string;
      memberId: string;
      role: MemberRole;
      partner?: NewInvitation['partner'];
      /** C2: an ADMINISTRATIVE_LEAD for this member municipality of the collective. */
      municipalityCode?: string;
      grantedBy?: string;
      /** The role the granting person acted in (the timeline names it). */
      grantedByRole?: string;
      event?: DirectoryEventKind;
    },
    now = Date.now(),
  ): Promise<MembershipEntity> {
    const membership = manager.create(MembershipEntity, {
      id: opaqueId('ms'),
      programmeId: input.programmeId,
      memberId: input.memberId,
      role: input.role,
      partnerOrganisation: input.partner?.organisation ?? null,
      partnerDomain: input.partner?.domain ?? null,
      partnerLevel: input.partner?.level ?? null,
      municipalityCode: input.role === 'ADMINISTRATIVE_LEAD' ? (input.municipalityCode ?? null) : null,
      grantedAt: iso(now),
      grantedBy: input.grantedBy ?? null,
      endedAt: null,
      endedBy: null,
    });
    await manager.insert(MembershipEntity, membership);
    await this.record(manager, {
      programmeId: input.programmeId,
      event: input.event ?? 'memberAdded',
      actorMemberId: input.grantedBy ?? input.memberId,
      actorRole: input.grantedByRole ?? input.role,
      subjectMemberId: input.memberId,
      role: input.role,
      partnerOrganisation: input.partner?.organisation ?? null,
      at: now,
    });
    return membership;
  }

  /** Records an invitation; answers the link's secret token, which only the e-mail carries. */
  async invite(
    manager: EntityManager,
    input: NewInvitation,
    now = Date.now(),
  ): Promise<{ invitation: InvitationEntity; token: string }> {
    const token = randomBytes(32).toString('base64url');
    const invitation = manager.create(InvitationEntity, {
      id: opaqueId('inv'),
      programmeId: input.programmeId,
      tokenHash: tokenHash(token),
      name: input.name,
      email: input.email.toLowerCase(),
      organisation: input.organisation ?? null,
      language: input.language,
      role: input.role,
      partnerOrganisation: input.partner?.organisation ?? null,
      partnerDomain: input.partner?.domain ?? null,
      partnerLevel: input.partner?.level ?? null,
      municipalityCode: input.role === 'ADMINISTRATIVE_LEAD' ? (input.municipalityCode ?? null) : null,
      invitedBy: input.invitedBy,
      createdAt: iso(now),
      expiresAt: iso(now + input.validForMs),
      acceptedAt: null,
      acceptedBy: null,
      membershipId: null,
      withdrawnAt: null,
    });
    await manager.insert(InvitationEntity, invitation);
    await this.record(manager, {
      programmeId: input.programmeId,
      event: 'memberInvited',
      actorMemberId: input.invitedBy,
      actorRole: input.invitedByRole,
      subjectMemberId: null,
      role: input.role,
      partnerOrganisation: input.partner?.organisation ?? null,
      at: now,
    });
    return { invitation, token };
  }

  /** The invitation a link's token names, and whether it can still be used. */
  async invitationByToken(
    token: string,
    now = Date.now(),
  ): Promise<{ invitation: InvitationEntity | null; problem?: InvitationProblem }> {
    if (typeof token !== 'string' || token.length < 20 || token.length > 200)
      return { invitation: null, problem: 'UNKNOWN' };
    const invitation = await this.dataSource.manager.findOneBy(InvitationEntity, { tokenHash: tokenHash(token) });
    if (!invitation) return { invitation: null, problem: 'UNKNOWN' };
    const problem = invitation.withdrawnAt
      ? 'WITHDRAWN'
      : invitation.acceptedAt
        ? 'USED'
        : Date.parse(invitation.expiresAt) <= now
          ? 'EXPIRED'
          : undefined;
    return { invitation, ...(problem ? { problem } : {}) };
  }

  /**
   * Accepts an invitation for the signed-in identity (P2): binds the identity to a directory entry
   * (the invitation's name and address for a new one), grants the role, and uses the link up. The
   * claim on the invitation is one conditional update, so two tabs accepting at once yield one
   * membership.
   */
  async accept(
    token: string,
    identity: SignInIdentity,
    now = Date.now(),
  ): Promise<
    { ok: true; membership: MembershipEntity; invitation: InvitationEntity } | { ok: false; problem: InvitationProblem }
  > {
    const found = await this.invitationByToken(token, now);
    if (!found.invitation || found.problem) return { ok: false, problem: found.problem ?? 'UNKNOWN' };
    const invitation = found.invitation;
    return inTransaction(this.dataSource, async (manager) => {
      let member = await this.findByIdentity(identity, manager);
      if (!member) {
        member = manager.create(MemberEntity, {
          id: memberId(),
          name: invitation.name,
          email: invitation.email,
          organisation: invitation.organisation,
          language: invitation.language,
          issuer: identity.issuer,
          subject: identity.subject,
          createdAt: iso(now),
          erasedAt: null,
        });
        await manager.insert(MemberEntity, member);
      } else if (member.erasedAt) {
        return { ok: false as const, problem: 'UNKNOWN' as const };
      }
      const holds = await manager.findOneBy(MembershipEntity, {
        programmeId: invitation.programmeId,
        memberId: member.id,
        role: invitation.role,
        partnerOrganisation: invitation.partnerOrganisation ?? IsNull(),
        partnerLevel: invitation.partnerLevel ?? IsNull(),
        municipalityCode: invitation.municipalityCode ?? IsNull(),
        endedAt: IsNull(),
      });
      if (holds) return { ok: false as const, problem: 'ALREADY_MEMBER' as const };
      const claimed = await manager
        .createQueryBuilder()
        .update(InvitationEntity)
        .set({ acceptedAt: iso(now), acceptedBy: member.id })
        .where('id = :id AND accepted_at IS NULL AND withdrawn_at IS NULL', { id: invitation.id })
        .execute();
      if (claimed.affected !== 1) return { ok: false as const, problem: 'USED' as const };
      const membership = await this.grant(
        manager,
        {
          programmeId: invitation.programmeId,
          memberId: member.id,
          role: invitation.role,
          ...(invitation.partnerOrganisation && invitation.partnerDomain && invitation.partnerLevel
            ? {
                partner: {
                  organisation: invitation.partnerOrganisation,
                  domain: invitation.partnerDomain,
                  level: invitation.partnerLevel,
                },
              }
            : {}),
          ...(invitation.municipalityCode ? { municipalityCode: invitation.municipalityCode } : {}),
          grantedBy: invitation.invitedBy,
          grantedByRole: 'PROJECT_LEAD',
          event: 'invitationAccepted',
        },
        now,
      );
      await manager.update(InvitationEntity, { id: invitation.id }, { membershipId: membership.id });
      return {
        ok: true as const,
        membership,
        invitation: { ...invitation, acceptedAt: iso(now), acceptedBy: member.id },
      };
    });
  }

  async pendingInvitations(programmeId: string, now = Date.now()): Promise<InvitationEntity[]> {
    const rows = await this.dataSource.manager.find(InvitationEntity, {
      where: { programmeId, acceptedAt: IsNull(), withdrawnAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    return rows.filter((r) => Date.parse(r.expiresAt) > now);
  }

  /** Withdraws a pending invitation; false when there is none by that id in the programme. */
  async withdraw(
    programmeId: string,
    invitationId: string,
    by: string,
    byRole: string,
    now = Date.now(),
  ): Promise<boolean> {
    return inTransaction(this.dataSource, async (manager) => {
      const done = await manager
        .createQueryBuilder()
        .update(InvitationEntity)
        .set({ withdrawnAt: iso(now) })
        .where('id = :id AND programme_id = :programmeId AND accepted_at IS NULL AND withdrawn_at IS NULL', {
          id: invitationId,
          programmeId,
        })
        .execute();
      if (done.affected !== 1) return false;
      await this.record(manager, {
        programmeId,
        event: 'invitationWithdrawn',
        actorMemberId: by,
        actorRole: byRole,
        subjectMemberId: null,
        role: null,
        partnerOrganisation: null,
        at: now,
      });
      return true;
    });
  }

  /** Ends a membership at once (P2); the timeline keeps what the person did. Null when there is none. */
  async end(
    programmeId: string,
    membershipId: string,
    by: string,
    byRole: string,
    now = Date.now(),
  ): Promise<MembershipEntity | null> {
    return inTransaction(this.dataSource, async (manager) => {
      const row = await manager.findOneBy(MembershipEntity, { id: membershipId, programmeId, endedAt: IsNull() });
      if (!row) return null;
      await manager.update(MembershipEntity, { id: row.id }, { endedAt: iso(now), endedBy: by });
      await this.record(manager, {
        programmeId,
        event: 'memberRemoved',
        actorMemberId: by,
        actorRole: byRole,
        subjectMemberId: row.memberId,
        role: row.role,
        partnerOrganisation: row.partnerOrganisation,
        at: now,
      });
      return { ...row, endedAt: iso(now), endedBy: by };
    });
  }

  /**
   * Erases a person (AVG/GDPR, P4): name and address become a pseudonym in place, the sign-in
   * binding and every membership end, the id stays, so history is not rewritten and every screen
   * that shows the person shows the pseudonym. A keyed hash of the former name is kept so names
   * that older history recorded as text are pseudonymised too.
   */
  async erase(id: string, by: string, byRole: string, now = Date.now()): Promise<boolean> {
    const before = await this.dataSource.manager.findOneBy(MemberEntity, { id });
    if (!before || before.erasedAt) return false;
    const nameHash = await this.nameHash(before.name);
    return inTransaction(this.dataSource, async (manager) => {
      const member = await manager.findOneBy(MemberEntity, { id });
      if (!member || member.erasedAt) return false;
      await manager.upsert(ErasedNameEntity, { nameHash, erasedAt: iso(now) }, ['nameHash']);
      await manager.update(
        MemberEntity,
        { id },
        {
          name: ERASED_NAME,
          email: `${id}@erased.invalid`,
          organisation: null,
          issuer: null,
          subject: null,
          erasedAt: iso(now),
        },
      );
      const ended = await manager.findBy(MembershipEntity, { memberId: id, endedAt: IsNull() });
      await manager.update(MembershipEntity, { memberId: id, endedAt: IsNull() }, { endedAt: iso(now), endedBy: by });
      // Pending invitations sent to the address are withdrawn: the link must not re-create the person.
      await manager.update(
        InvitationEntity,
        { email: member.email, acceptedAt: IsNull(), withdrawnAt: IsNull() },
        { withdrawnAt: iso(now), name: ERASED_NAME, email: `${id}@erased.invalid` },
      );
      await manager.update(InvitationEntity, { acceptedBy: id }, { name: ERASED_NAME, email: `${id}@erased.invalid` });
      await this.record(manager, {
        programmeId: null,
        event: 'memberErased',
        actorMemberId: by,
        actorRole: byRole,
        subjectMemberId: id,
        role: null,
        partnerOrganisation: null,
        at: now,
      });
      for (const m of ended)
        await this.record(manager, {
          programmeId: m.programmeId,
          event: 'memberRemoved',
          actorMemberId: by,
          actorRole: byRole,
          subjectMemberId: id,
          role: m.role,
          partnerOrganisation: m.partnerOrganisation,
          at: now,
        });
      return true;
    });
  }

  /** Whether a name recorded as text (before the directory) belongs to an erased person. */
  async erasedNames(names: readonly string[]): Promise<Set<string>> {
    const wanted = [...new Set(names.filter((n) => n.trim() !== ''))];
    if (wanted.length === 0) return new Set();
    const byHash = new Map(await Promise.all(wanted.map(async (n) => [await this.nameHash(n), n] as const)));
    // Asked by every programme page (its recorded names): plain SQL, no query builder per call (issue 18.1).
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(ERASED_NAMES, {
      hashes: [...byHash.keys()],
    });
    const rows = (await this.dataSource.query(sql, parameters)) as Array<{ nameHash: string }>;
    return new Set(rows.map((r) => byHash.get(r.nameHash)!));
  }

  async events(programmeId: string): Promise<DirectoryEventEntity[]> {
    return this.eventsOf.many({ programmeId });
  }

  private async nameHash(name: string): Promise<string> {
    this.erasureKey ??= this.dataSource
      .query(`SELECT value FROM directory_key WHERE name = 'erased-name'`)
      .then((rows: Array<{ value: string }>) => rows[0]!.value);
    const key = await this.erasureKey;
    // The key never changes, so a name's hash neither; kept for the names pages ask for again.
    let hash = this.nameHashes.get(name);
    if (hash === undefined) {
      hash = createHmac('sha256', key).update(name.trim().toLocaleLowerCase('nl-NL')).digest('hex');
      if (this.nameHashes.size >= NAME_HASHES_KEPT) this.nameHashes.clear();
      this.nameHashes.set(name, hash);
    }
    return hash;
  }

  private async record(
    manager: EntityManager,
    e: Omit<DirectoryEventEntity, 'id' | 'at'> & { at: number },
  ): Promise<void> {
    await manager.insert(DirectoryEventEntity, { ...e, id: eventId(), at: iso(e.at) });
  }
}
