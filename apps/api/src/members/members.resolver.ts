import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  MEMBER_ROLE_LABELS,
  timelineSummary,
  type Actor,
  type ActorRole,
  type MemberRole,
} from '../../../../libs/domain/src';
import type { DirectoryEventEntity, InvitationEntity } from '../../../../libs/persistence/src';
import type { GqlContext } from '../common/request-context';
import {
  ActorModel,
  AdministrativeLeadModel,
  EmbeddingOwnerModel,
  ProjectLeadModel,
  TimelineEntryModel,
} from '../programmes/lifecycle.model';
import { ProgrammeIdArgs } from '../programmes/lifecycle.inputs';
import { ProgrammeModel } from '../programmes/programme.model';
import { reminderOffsetsSummary } from '../reminders/reminder-offsets.timeline';
import { membersError } from './members.errors';
import {
  AcceptInvitationArgs,
  ErasePersonArgs,
  InvitationArgs,
  InvitationModel,
  InviteMemberInput,
  MembershipArgs,
  MembershipModel,
  MemberModel,
  MemberRefModel,
  MeModel,
  NotificationPreferencesArgs,
} from './members.model';
import { MembersService, type MemberRow } from './members.service';

const TIMELINE_LIMIT = 1000;

const toMember = ({ membership: m, member }: MemberRow): MemberModel => ({
  membershipId: m.id,
  memberId: member.id,
  name: member.name,
  email: member.email,
  ...(member.organisation ? { organisation: member.organisation } : {}),
  role: m.role,
  ...(m.partnerOrganisation ? { partnerOrganisation: m.partnerOrganisation } : {}),
  ...(m.partnerDomain ? { partnerDomain: m.partnerDomain } : {}),
  ...(m.partnerLevel ? { partnerLevel: m.partnerLevel } : {}),
  since: m.grantedAt,
});

const toInvitation = (i: InvitationEntity): InvitationModel => ({
  id: i.id,
  name: i.name,
  email: i.email,
  role: i.role,
  ...(i.partnerOrganisation ? { partnerOrganisation: i.partnerOrganisation } : {}),
  ...(i.partnerLevel ? { partnerLevel: i.partnerLevel } : {}),
  invitedAt: i.createdAt,
  expiresAt: i.expiresAt,
});

const toMembership = (m: {
  id: string;
  programmeId: string;
  role: MemberRole;
  partnerOrganisation: string | null;
  partnerLevel: MembershipModel['partnerLevel'] | null;
}): MembershipModel => ({
  membershipId: m.id,
  programmeId: m.programmeId,
  role: m.role,
  ...(m.partnerOrganisation ? { partnerOrganisation: m.partnerOrganisation } : {}),
  ...(m.partnerLevel ? { partnerLevel: m.partnerLevel } : {}),
});

const actorRoleOf = (role: string | null): ActorRole =>
  role === 'KWARTIERMAKER' || role === 'ADMINISTRATIVE_LEAD' || role === 'PROGRAMME_MANAGER'
    ? role
    : role === 'PARTNER_CONTACT'
      ? 'PARTNER'
      : 'PROJECT_LEAD';

/** Members, invitations and who-am-I (issue 14, DOMAIN Part 2 P1–P4). */
@Resolver(() => MeModel)
export class MembersResolver {
  constructor(private readonly members: MembersService) {}

  @Query(() => MeModel, { description: 'Wie u bent, en uw rollen per programma.' })
  async me(@Context() ctx: GqlContext): Promise<MeModel> {
    const principal = await ctx.authenticate();
    const { member, memberships } = await this.members.me(principal);
    return {
      ...(member ? { memberId: member.id, name: member.name, email: member.email } : {}),
      ...(!member && principal.name ? { name: principal.name } : {}),
      kwartiermaker: principal.role === 'KWARTIERMAKER',
      municipalities: principal.municipalities,
      memberships: memberships.map(toMembership),
      notificationMode: member?.notificationMode ?? 'BOTH',
      digestSubscribed: member ? member.digestUnsubscribedAt === null : true,
    };
  }

  @Mutation(() => MeModel, {
    description:
      'Kies welke berichten u krijgt: elk bericht meteen (IMMEDIATE), alleen het weekoverzicht (DIGEST) of allebei (BOTH), en of u het weekoverzicht krijgt. Escalaties (P3) kunt u niet afzeggen: die komen altijd.',
  })
  async setNotificationPreferences(
    @Args() { mode, digest }: NotificationPreferencesArgs,
    @Context() ctx: GqlContext,
  ): Promise<MeModel> {
    await this.members.setPreferences(await ctx.authenticate(), {
      ...(mode !== undefined && mode !== null ? { mode } : {}),
      ...(digest !== undefined && digest !== null ? { digest } : {}),
    });
    return this.me(ctx);
  }

  @Mutation(() => InvitationModel, {
    description:
      'P2: de projectleider nodigt iemand per e-mail uit voor een rol. De link in de mail werkt één keer en verloopt (standaard na 14 dagen).',
  })
  async inviteMember(
    @Args() { programmeId }: ProgrammeIdArgs,
    @Args('input') input: InviteMemberInput,
    @Context() ctx: GqlContext,
  ): Promise<InvitationModel> {
    const result = await this.members.invite(await ctx.authenticate(), programmeId, input);
    if (!result.ok) throw membersError(result.error);
    return toInvitation(result.value);
  }

  @Mutation(() => MembershipModel, {
    description: 'P2: neem een uitnodiging aan: uw aanmelding wordt aan het lidmaatschap gekoppeld.',
  })
  async acceptInvitation(
    @Args() { token }: AcceptInvitationArgs,
    @Context() ctx: GqlContext,
  ): Promise<MembershipModel> {
    const result = await this.members.accept(await ctx.authenticate(), token);
    if (!result.ok) throw membersError(result.error);
    return toMembership(result.value.membership);
  }

  @Mutation(() => Boolean, {
    description: 'P2: beëindig een lidmaatschap. De toegang stopt meteen; de tijdlijn houdt wat de persoon deed.',
  })
  async removeMember(
    @Args() { programmeId, membershipId }: MembershipArgs,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    const result = await this.members.remove(await ctx.authenticate(), programmeId, membershipId);
    if (!result.ok) throw membersError(result.error);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Trek een openstaande uitnodiging in; de link werkt dan niet meer.' })
  async withdrawInvitation(
    @Args() { programmeId, invitationId }: InvitationArgs,
    @Context() ctx: GqlContext,
  ): Promise<boolean> {
    const result = await this.members.withdraw(await ctx.authenticate(), programmeId, invitationId);
    if (!result.ok) throw membersError(result.error);
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'P4, AVG: verwijder een persoon op diens verzoek. Naam en e-mailadres worden overal een pseudoniem; de geschiedenis blijft staan. Alleen voor kwartiermakers.',
  })
  async erasePerson(@Args() { memberId }: ErasePersonArgs, @Context() ctx: GqlContext): Promise<boolean> {
    const result = await this.members.erase(await ctx.authenticate(), memberId);
    if (!result.ok) throw membersError(result.error);
    return true;
  }
}

/** The members of a programme, and its timeline with the directory's audit trail merged in. */
@Resolver(() => ProgrammeModel)
export class ProgrammeMembersResolver {
  constructor(private readonly service: MembersService) {}

  @ResolveField(() => [MemberModel], { description: 'De huidige leden van het programma, met hun rol (P1).' })
  // Issue 18.1: members and timeline (on every programme page) take GraphQL's own arguments, as
  // ActorResolver's below: Nest hands them over without its per-call parameter and pipe wrapping.
  async members(programme: ProgrammeModel, _args: unknown, ctx: GqlContext): Promise<MemberModel[]> {
    const result = await this.service.members(await ctx.authenticate(), programme.id);
    if (!result.ok) throw membersError(result.error);
    return result.value.map(toMember);
  }

  @ResolveField(() => [InvitationModel], {
    description: 'Openstaande uitnodigingen (alleen voor de projectleider en kwartiermakers).',
  })
  async invitations(@Parent() programme: ProgrammeModel, @Context() ctx: GqlContext): Promise<InvitationModel[]> {
    const result = await this.service.invitations(await ctx.authenticate(), programme.id);
    if (!result.ok) throw membersError(result.error);
    return result.value.map(toInvitation);
  }

  @ResolveField(() => [TimelineEntryModel], {
    description:
      'Auditspoor: wie deed wat, wanneer (de laatste 1000 gebeurtenissen), met wie wie toevoegde of verwijderde.',
  })
  async timeline(programme: ProgrammeModel, _args: unknown, ctx: GqlContext): Promise<TimelineEntryModel[]> {
    // The workflow's lines are stored in Dutch with codes inside; they are worded when read (issue 15).
    const context = { actions: programme.agenda?.actions ?? [], escalations: programme.escalations };
    const workflow = programme.timeline.map((e) => ({ ...e, summary: timelineSummary(e, ctx.lang, context) }));
    const events = await this.service.events(programme.id);
    if (events.length === 0) return workflow;
    const names = this.service.nameLoader(ctx);
    const directory = await Promise.all(events.map((e) => this.entry(e, names, ctx.lang)));
    return [...workflow, ...directory].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)).slice(-TIMELINE_LIMIT);
  }

  private async entry(
    e: DirectoryEventEntity,
    names: ReturnType<MembersService['nameLoader']>,
    lang: 'nl' | 'en',
  ): Promise<TimelineEntryModel> {
    const who = e.subjectMemberId ? ((await names.load(e.subjectMemberId)) ?? '') : '';
    const role = e.role ? MEMBER_ROLE_LABELS[e.role][lang] : '';
    const partner = e.partnerOrganisation ? ` (${e.partnerOrganisation})` : '';
    const summaries: Record<DirectoryEventEntity['event'], string> =
      lang === 'nl'
        ? {
            memberAdded: `${who} is lid als ${role}${partner}.`,
            memberInvited: `Uitnodiging verstuurd voor de rol ${role}${partner}.`,
            invitationAccepted: `${who} nam de uitnodiging aan en is lid als ${role}${partner}.`,
            invitationWithdrawn: 'Uitnodiging ingetrokken.',
            memberRemoved: `${who} is geen ${role}${partner} meer.`,
            memberErased: `${who} is op verzoek verwijderd (AVG).`,
            reminderOffsetsChanged: reminderOffsetsSummary(e, lang),
          }
        : {
            memberAdded: `${who} is a member as ${role}${partner}.`,
            memberInvited: `Invitation sent for the role of ${role}${partner}.`,
            invitationAccepted: `${who} accepted the invitation and is a member as ${role}${partner}.`,
            invitationWithdrawn: 'Invitation withdrawn.',
            memberRemoved: `${who} is no longer ${role}${partner}.`,
            memberErased: `${who} was erased on request (GDPR).`,
            reminderOffsetsChanged: reminderOffsetsSummary(e, lang),
          };
    return {
      at: e.at,
      by: { role: actorRoleOf(e.actorRole), ...(e.actorMemberId ? { memberId: e.actorMemberId } : {}) } as ActorModel,
      event: e.event,
      summary: summaries[e.event],
    };
  }
}

/** Who took a step, by name from the directory: the name is never in the workflow's history (P4). */
@Resolver(() => ActorModel)
export class ActorResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => String, {
    nullable: true,
    description:
      'Naam uit de ledenlijst (een pseudoniem na verwijdering op verzoek). Bij stappen van vóór de ledenlijst: de toen vastgelegde naam.',
  })
  // Issue 18.1: no parameter decorators on these two (GraphQL's own arguments: parent, args,
  // context), so Nest hands them to GraphQL as they are instead of wrapping every call with its
  // parameter and pipe handling; they run for every entry of a timeline.
  async name(actor: Actor, _args: unknown, ctx: GqlContext): Promise<string | undefined> {
    if (actor.memberId) return this.members.nameLoader(ctx).load(actor.memberId);
    return actor.name === undefined ? undefined : this.members.legacyNameLoader(ctx).load(actor.name);
  }

  @ResolveField(() => MemberRefModel, {
    nullable: true,
    description: 'P1: de wethouder namens wie een programmamanager dit besluit vastlegde.',
  })
  async onBehalfOf(actor: Actor, _args: unknown, ctx: GqlContext): Promise<MemberRefModel | undefined> {
    if (!actor.onBehalfOf) return undefined;
    const name = await this.members.nameLoader(ctx).load(actor.onBehalfOf);
    return { memberId: actor.onBehalfOf, ...(name !== undefined ? { name } : {}) };
  }
}

const RECORDED_NAME = {
  nullable: true,
  description:
    'Naam zoals vastgelegd (optioneel; een rol volstaat). Is de persoon op verzoek verwijderd (AVG), dan een pseudoniem.',
};

/** A name typed into a step (before or beside the directory), shown pseudonymised once its person is erased (P4). The resolvers below take GraphQL's own arguments (Nest's fast path, issue 18.1). */
async function recordedName(
  members: MembersService,
  ctx: GqlContext,
  name: string | undefined,
): Promise<string | undefined> {
  return name === undefined ? undefined : members.legacyNameLoader(ctx).load(name);
}

@Resolver(() => AdministrativeLeadModel)
export class AdministrativeLeadNameResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => String, RECORDED_NAME)
  name(lead: { name?: string }, _args: unknown, ctx: GqlContext): Promise<string | undefined> {
    return recordedName(this.members, ctx, lead.name);
  }
}

@Resolver(() => ProjectLeadModel)
export class ProjectLeadNameResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => String, RECORDED_NAME)
  name(lead: { name?: string }, _args: unknown, ctx: GqlContext): Promise<string | undefined> {
    return recordedName(this.members, ctx, lead.name);
  }
}

@Resolver(() => EmbeddingOwnerModel)
export class EmbeddingOwnerNameResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => String, RECORDED_NAME)
  name(owner: { name?: string }, _args: unknown, ctx: GqlContext): Promise<string | undefined> {
    return recordedName(this.members, ctx, owner.name);
  }
}
