import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  err,
  MEMBER_ROLE_LABELS,
  MEMBER_ROLES,
  ok,
  PARTNER_DOMAINS,
  PARTNER_LEVELS,
  parseProgrammeId,
  type MemberRole,
  type PartnerDomain,
  type PartnerLevel,
  type Person,
  type ProgrammeState,
  type Result,
} from '../../../../libs/domain/src';
import { enqueueMail, outgoingMailProblem, renderInvitation, type MailConfig } from '../../../../libs/mail/src';
import {
  ERASED_NAME,
  grantOf,
  inTransaction,
  MemberDirectory,
  MemberEntity,
  MunicipalityEntity,
  NotificationPreferences,
  ProgrammeReadModel,
  type InvitationEntity,
  type MembershipEntity,
  type NotificationMode,
  type NotificationPreferencesView,
  type SignInIdentity,
} from '../../../../libs/persistence/src';
import type { Principal } from '../auth';
import type { GqlContext } from '../common/request-context';
import { MAIL_CONFIG } from '../mail/mail.module';
import { maySee, mayActNationally } from '../programmes/access';
import type { MembersFailure } from './members.failures';

/** Where invitation links point, and how long they stay valid (P2: 14 days unless configured). */
export interface MembersConfig {
  publicUrl: string;
  invitationValidDays: number;
}
export const MEMBERS_CONFIG = Symbol('MEMBERS_CONFIG');

/** The identity a local token without an `iss` would have had: tokens are issuer-checked, so rare. */
const UNKNOWN_ISSUER = 'unknown';

export const identityOf = (p: Principal): SignInIdentity => ({
  issuer: p.issuer ?? UNKNOWN_ISSUER,
  subject: p.subject,
  ...(p.name !== undefined ? { name: p.name } : {}),
  ...(p.email !== undefined ? { email: p.email } : {}),
});

export interface InviteInput {
  name: string;
  email: string;
  organisation?: string;
  role: MemberRole;
  partnerOrganisation?: string;
  partnerDomain?: PartnerDomain;
  partnerLevel?: PartnerLevel;
  language?: 'nl' | 'en';
  /** C2: an ADMINISTRATIVE_LEAD for this member municipality of the programme's collective. */
  municipalityCode?: string;
}

/** A member as a screen shows them: erased people only by pseudonym. */
export interface MemberRow {
  membership: MembershipEntity;
  member: MemberEntity;
}

const clean = (value: string | undefined): string | undefined => {
  const trimmed = value?.trim().replace(/\s+/g, ' ');
  return trimmed === '' ? undefined : trimmed;
};

/**
 * The member directory behind the API (issue 14, DOMAIN Part 2): who holds which role in which
 * programme, invitations by e-mail, removal and erasure. Access is decided here from the signed-in
 * identity's memberships, read fresh on every request, so a removal ends access at once.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly directory: MemberDirectory,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly programmes: ProgrammeReadModel,
    @Inject(MAIL_CONFIG) private readonly mail: MailConfig,
    @Inject(MEMBERS_CONFIG) private readonly config: MembersConfig,
    private readonly notifications: NotificationPreferences,
  ) {}

  /**
   * The principal with the programmes its memberships open added to `programmes`, so every
   * visibility check (access.ts) counts them. Read on each request: no cache, removal is immediate.
   */
  async withMemberships(p: Principal): Promise<Principal> {
    // A kwartiermaker sees every programme already: no lookup needed.
    if (mayActNationally(p)) return p;
    const { memberships } = await this.directory.activeMemberships(identityOf(p));
    if (memberships.length === 0) return p;
    return { ...p, programmes: [...new Set([...p.programmes, ...memberships.map((m) => m.programmeId)])] };
  }

  /**
   * The programmes in which the person holds `role` (P1), e.g. a programme manager's portfolio; for
   * PROGRAMME_MANAGER also those their sign-in assigns them as programme manager.
   */
  async programmesWithRole(p: Principal, role: MemberRole): Promise<string[]> {
    const { memberships } = await this.directory.activeMemberships(identityOf(p));
    const ids = memberships.filter((m) => m.role === role).map((m) => m.programmeId);
    if (role === 'PROGRAMME_MANAGER' && p.role === 'PROGRAMME_MANAGER') ids.push(...p.programmes);
    return [...new Set(ids)];
  }

  /** The person asking, in one programme: their directory id (made on first need) and roles there. */
  async person(p: Principal, programmeId: string): Promise<Person> {
    const member = await inTransaction(this.dataSource, (m) => this.directory.ensureMember(identityOf(p), m));
    const { memberships } = await this.directory.activeMemberships(identityOf(p));
    return {
      memberId: member.id,
      grants: memberships.filter((m) => m.programmeId === programmeId).map(grantOf),
      kwartiermaker: mayActNationally(p),
    };
  }

  administrativeLeadOf(programmeId: string): Promise<string | undefined> {
    return this.directory.administrativeLeadOf(programmeId);
  }

  /** The person who starts a programme becomes its first project lead (P2: they invite the others). */
  async addFounder(p: Principal, programmeId: string): Promise<void> {
    await inTransaction(this.dataSource, async (m) => {
      const member = await this.directory.ensureMember(identityOf(p), m);
      await this.directory.grant(m, { programmeId, memberId: member.id, role: 'PROJECT_LEAD' });
    });
  }

  /** P2: the project lead invites a member by e-mail; the mail is queued in the same transaction. */
  async invite(
    p: Principal,
    programmeId: string,
    input: InviteInput,
  ): Promise<Result<InvitationEntity, MembersFailure>> {
    const access = await this.leadAccess(p, programmeId, 'invite');
    if (!access.ok) return access;
    const checked = this.checkInvitation(input);
    if (!checked.ok) return checked;
    const i = checked.value;
    // C2: the alderman of a member municipality that takes part in the programme's collective now.
    const forMember = i.role === 'ADMINISTRATIVE_LEAD' ? input.municipalityCode?.trim().toUpperCase() : undefined;
    if (forMember) {
      const state = await this.programmes.findById(programmeId);
      const members = state ? ((JSON.parse(state.state) as ProgrammeState).collectiveMembers ?? []) : [];
      if (!members.some((m) => m.municipalityCode === forMember && !m.leftAt))
        return err({
          kind: 'INVALID_INVITATION_INPUT',
          field: 'municipalityCode',
          nl: `${forMember} doet niet (meer) mee aan het collectief van dit programma (C2).`,
          en: `${forMember} does not (or no longer) take part in this programme's collective (C2).`,
        });
    }
    if (i.role === 'ADMINISTRATIVE_LEAD' && !forMember) {
      const taken =
        (await this.directory.administrativeLeadOf(programmeId)) !== undefined ||
        (await this.directory.pendingInvitations(programmeId)).some(
          (x) => x.role === 'ADMINISTRATIVE_LEAD' && x.municipalityCode === null,
        );
      if (taken) return err({ kind: 'ADMINISTRATIVE_LEAD_TAKEN' });
    }
    const row = await this.programmes.findById(programmeId);
    const parsed = parseProgrammeId(programmeId);
    // A programme the projection has not written yet: its municipality from the id.
    const municipality =
      row?.municipality ??
      (parsed.ok
        ? await this.dataSource.getRepository(MunicipalityEntity).findOneBy({ code: parsed.value.municipalityCode })
        : null);
    const municipalityName = municipality?.name ?? programmeId;
    const language = i.language ?? 'nl';
    const invitation = await inTransaction(this.dataSource, async (m) => {
      const { invitation, token } = await this.directory.invite(m, {
        programmeId,
        name: i.name,
        email: i.email,
        ...(i.organisation ? { organisation: i.organisation } : {}),
        language,
        role: i.role,
        ...(i.partner ? { partner: i.partner } : {}),
        ...(forMember ? { municipalityCode: forMember } : {}),
        invitedBy: access.value.memberId,
        invitedByRole: access.value.role,
        validForMs: this.config.invitationValidDays * 86_400_000,
      });
      const inviter = await m.findOneBy(MemberEntity, { id: access.value.memberId });
      const rendered = renderInvitation({
        language,
        programmeName: `Collectief tegen kindermishandeling ${municipalityName}`,
        municipalityName,
        inviterName: inviter?.name ?? MEMBER_ROLE_LABELS.PROJECT_LEAD[language],
        roleLabel: i.partner
          ? `${MEMBER_ROLE_LABELS.PARTNER_CONTACT[language]}: ${i.partner.organisation}`
          : MEMBER_ROLE_LABELS[i.role][language],
        acceptUrl: `${this.config.publicUrl}/uitnodiging?token=${encodeURIComponent(token)}`,
        expiresAt: invitation.expiresAt,
      });
      await enqueueMail(
        m,
        { kind: 'INVITATION', programmeId, to: invitation.email, language, ...rendered },
        this.mail.messageIdDomain,
      );
      return invitation;
    });
    return ok(invitation);
  }

  /** P2: binds the signed-in identity to the membership the link names; the link is then used up. */
  async accept(
    p: Principal,
    token: string,
  ): Promise<Result<{ membership: MembershipEntity; invitation: InvitationEntity }, MembersFailure>> {
    const accepted = await this.directory.accept(token, identityOf(p));
    if (!accepted.ok) return err({ kind: 'INVITATION_UNUSABLE', problem: accepted.problem });
    return ok({ membership: accepted.membership, invitation: accepted.invitation });
  }

  /** What an invitation link would give, for the page that asks to accept it (nothing changes). */
  async preview(token: string) {
    return this.directory.invitationByToken(token);
  }

  /** P2: removal ends access at once; the project lead may not remove the last project lead. */
  async remove(
    p: Principal,
    programmeId: string,
    membershipId: string,
  ): Promise<Result<MembershipEntity, MembersFailure>> {
    const access = await this.leadAccess(p, programmeId, 'remove');
    if (!access.ok) return access;
    const active = await this.directory.activeMembershipsOf(programmeId);
    const target = active.find((m) => m.id === membershipId);
    if (!target) return err({ kind: 'MEMBERSHIP_NOT_FOUND', membershipId });
    if (target.role === 'PROJECT_LEAD' && active.filter((m) => m.role === 'PROJECT_LEAD').length === 1)
      return err({ kind: 'LAST_PROJECT_LEAD' });
    const ended = await this.directory.end(programmeId, membershipId, access.value.memberId, access.value.role);
    return ended ? ok(ended) : err({ kind: 'MEMBERSHIP_NOT_FOUND', membershipId });
  }

  async withdraw(p: Principal, programmeId: string, invitationId: string): Promise<Result<true, MembersFailure>> {
    const access = await this.leadAccess(p, programmeId, 'withdraw');
    if (!access.ok) return access;
    const done = await this.directory.withdraw(programmeId, invitationId, access.value.memberId, access.value.role);
    return done ? ok(true) : err({ kind: 'INVITATION_NOT_FOUND', invitationId });
  }

  /** The programme's current members, for anyone who may see the programme. */
  async members(p: Principal, programmeId: string): Promise<Result<MemberRow[], MembersFailure>> {
    if (!(await this.maySeeProgramme(p, programmeId))) return err({ kind: 'PROGRAMME_NOT_FOUND', programmeId });
    const memberships = await this.directory.activeMembershipsOf(programmeId);
    const people = await this.directory.membersByIds(memberships.map((m) => m.memberId));
    return ok(
      memberships.flatMap((membership) => {
        const member = people.get(membership.memberId);
        return member ? [{ membership, member }] : [];
      }),
    );
  }

  /** Pending invitations: the project lead's (and a kwartiermaker's) to see. */
  async invitations(p: Principal, programmeId: string): Promise<Result<InvitationEntity[], MembersFailure>> {
    const access = await this.leadAccess(p, programmeId, 'invitations');
    if (!access.ok) return access;
    return ok(await this.directory.pendingInvitations(programmeId));
  }

  /** P4, AVG/GDPR: a kwartiermaker pseudonymises a person everywhere a screen shows them. */
  async erase(p: Principal, memberId: string): Promise<Result<true, MembersFailure>> {
    if (!mayActNationally(p)) return err({ kind: 'NOT_KWARTIERMAKER' });
    const by = await inTransaction(this.dataSource, (m) => this.directory.ensureMember(identityOf(p), m));
    return (await this.directory.erase(memberId, by.id, 'KWARTIERMAKER'))
      ? ok(true)
      : err({ kind: 'MEMBER_NOT_FOUND', memberId });
  }

  /** Who the signed-in person is in the directory, and their current roles. */
  async me(p: Principal): Promise<{ member: MemberEntity | null; memberships: MembershipEntity[] }> {
    return this.directory.activeMemberships(identityOf(p));
  }

  /** Sets the signed-in person's mail preferences; escalations (P3) are not among them. */
  async setPreferences(
    p: Principal,
    change: { mode?: NotificationMode; digest?: boolean },
  ): Promise<NotificationPreferencesView> {
    const member = await inTransaction(this.dataSource, (m) => this.directory.ensureMember(identityOf(p), m));
    return (await this.notifications.set(member.id, change))!;
  }

  /** The request's loader of shown names by member id (one query per request for a whole page). */
  nameLoader(ctx: GqlContext): DataLoader<string, string | undefined> {
    ctx.loaders.memberName ??= new DataLoader(async (ids: readonly string[]) => {
      const found = await this.directory.membersByIds(ids);
      // The directory's name: a pseudonym once the person is erased (P4).
      return ids.map((id) => found.get(id)?.name);
    });
    return ctx.loaders.memberName;
  }

  /** Names recorded as text in older history, pseudonymised when they belong to an erased person. */
  legacyNameLoader(ctx: GqlContext): DataLoader<string, string> {
    ctx.loaders.legacyName ??= new DataLoader(async (names: readonly string[]) => {
      const erased = await this.directory.erasedNames(names);
      return names.map((n) => (erased.has(n) ? ERASED_NAME : n));
    });
    return ctx.loaders.legacyName;
  }

  events(programmeId: string) {
    return this.directory.events(programmeId);
  }

  private async maySeeProgramme(p: Principal, programmeId: string): Promise<boolean> {
    return maySee(await this.withMemberships(p), programmeId);
  }

  /** The project lead of this programme, or a kwartiermaker: who manages its members (P2). */
  private async leadAccess(
    p: Principal,
    programmeId: string,
    to: 'invite' | 'remove' | 'withdraw' | 'invitations',
  ): Promise<Result<{ memberId: string; role: 'PROJECT_LEAD' | 'KWARTIERMAKER' }, MembersFailure>> {
    if (!(await this.maySeeProgramme(p, programmeId))) return err({ kind: 'PROGRAMME_NOT_FOUND', programmeId });
    const person = await this.person(p, programmeId);
    if (person.grants.some((g) => g.role === 'PROJECT_LEAD'))
      return ok({ memberId: person.memberId, role: 'PROJECT_LEAD' });
    if (person.kwartiermaker) return ok({ memberId: person.memberId, role: 'KWARTIERMAKER' });
    return err({ kind: 'NOT_PROJECT_LEAD', to });
  }

  private checkInvitation(input: InviteInput): Result<
    {
      name: string;
      email: string;
      organisation?: string;
      role: MemberRole;
      language?: 'nl' | 'en';
      partner?: { organisation: string; domain: PartnerDomain; level: PartnerLevel };
    },
    MembersFailure
  > {
    const invalid = (field: string, nl: string, en: string) =>
      err({ kind: 'INVALID_INVITATION_INPUT' as const, field, nl, en });
    const name = clean(input.name);
    if (!name || name.length > 200)
      return invalid('name', 'Vul de naam in (ten hoogste 200 tekens).', 'Fill in the name (at most 200 characters).');
    const email = input.email?.trim().toLowerCase() ?? '';
    if (outgoingMailProblem({ kind: 'INVITATION', to: email, language: 'nl', subject: 's', text: 't', html: 'h' }))
      return invalid(
        'email',
        `"${email.slice(0, 80)}" is geen geldig e-mailadres.`,
        `"${email.slice(0, 80)}" is not a valid e-mail address.`,
      );
    if (!(MEMBER_ROLES as readonly string[]).includes(input.role))
      return invalid('role', 'Kies een rol in het programma.', 'Choose a role in the programme.');
    const organisation = clean(input.organisation);
    if (organisation && organisation.length > 200)
      return invalid(
        'organisation',
        'De organisatie is te lang (ten hoogste 200 tekens).',
        'The organisation is too long (at most 200 characters).',
      );
    let partner: { organisation: string; domain: PartnerDomain; level: PartnerLevel } | undefined;
    if (input.role === 'PARTNER_CONTACT') {
      const partnerOrganisation = clean(input.partnerOrganisation) ?? organisation;
      if (!partnerOrganisation || partnerOrganisation.length > 200)
        return invalid(
          'partnerOrganisation',
          'Een contactpersoon hoort bij één partnerorganisatie: vul die in.',
          'A partner contact belongs to one partner organisation: fill it in.',
        );
      if (!input.partnerDomain || !(PARTNER_DOMAINS as readonly string[]).includes(input.partnerDomain))
        return invalid(
          'partnerDomain',
          'Kies het domein van de partnerorganisatie (zorg, onderwijs, justitie, …).',
          'Choose the partner organisation’s domain (care, education, justice, …).',
        );
      if (!input.partnerLevel || !(PARTNER_LEVELS as readonly string[]).includes(input.partnerLevel))
        return invalid(
          'partnerLevel',
          'Kies het niveau: uitvoerend (PROFESSIONAL) of management (MANAGEMENT).',
          'Choose the level: PROFESSIONAL or MANAGEMENT.',
        );
      partner = { organisation: partnerOrganisation, domain: input.partnerDomain, level: input.partnerLevel };
    } else if (input.partnerOrganisation || input.partnerDomain || input.partnerLevel) {
      return invalid(
        'partnerOrganisation',
        'Alleen een contactpersoon van een partner hoort bij een partnerorganisatie.',
        'Only a partner contact belongs to a partner organisation.',
      );
    }
    return ok({
      name,
      email,
      role: input.role,
      ...(organisation ? { organisation } : partner ? { organisation: partner.organisation } : {}),
      ...(input.language ? { language: input.language } : {}),
      ...(partner ? { partner } : {}),
    });
  }
}
