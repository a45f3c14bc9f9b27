import { Args, ArgsType, Context, Field, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { taskSentences } from '../../../../libs/domain/src';
import type { GqlContext } from '../common/request-context';
import { MeModel } from '../members/members.model';
import { toMunicipalityModel, toProgrammeModel } from '../programmes/programme.mapper';
import { ProgrammeModel } from '../programmes/programme.model';
import { ProgrammeService } from '../programmes/programme.service';
import { MyInvitationModel, TaskModel } from './tasks.model';
import { MAX_TASK_PAGE, TasksService } from './tasks.service';

@ArgsType()
class TasksArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Alleen de dringendste taken, zoveel (1–${MAX_TASK_PAGE}); zonder: alle taken.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TASK_PAGE)
  first?: number;
}

/** "Mijn taken" (issue 15) and the invitations waiting for the signed-in person. */
@Resolver(() => MeModel)
export class MyTasksResolver {
  constructor(private readonly service: TasksService) {}

  @ResolveField(() => [TaskModel], {
    description:
      'Mijn taken: wat in uw programma’s op u wacht volgens uw rollen en de checklist, met termijnen en de escalaties aan u; het dringendste eerst (open escalaties, hoogste niveau eerst; dan de termijn; dan de fase).',
  })
  async tasks(@Parent() me: MeModel, @Args() args: TasksArgs, @Context() ctx: GqlContext): Promise<TaskModel[]> {
    // The memberships `me` has just read for this request: read fresh, and not twice.
    const records = await this.service.tasks(
      await ctx.authenticate(),
      me.memberships,
      Date.now(),
      args.first ?? undefined,
    );
    const programmes = new Map<string, ProgrammeModel>();
    return records.map(({ task: t, state, municipality }) => {
      let programme = programmes.get(t.programmeId);
      if (!programme) {
        programme = toProgrammeModel(state, municipality);
        programmes.set(t.programmeId, programme);
      }
      const { label, reason } = taskSentences(t, ctx.lang);
      return {
        programme,
        step: t.step,
        kind: t.kind,
        labelKey: t.label,
        label,
        reason,
        urgency: t.urgency,
        ...(t.ruleId ? { ruleId: t.ruleId } : {}),
        ...(t.dueAt ? { dueAt: t.dueAt } : {}),
        ...(t.escalationLevel ? { escalationLevel: t.escalationLevel } : {}),
        ...(t.escalationId ? { escalationId: t.escalationId } : {}),
        ...(t.escalationKind ? { escalationKind: t.escalationKind } : {}),
        ...(t.waitingFor ? { waitingFor: t.waitingFor } : {}),
        ...(t.actionId ? { actionId: t.actionId } : {}),
        ...(t.actionTitle ? { actionTitle: t.actionTitle } : {}),
        ...(t.organisation ? { organisation: t.organisation } : {}),
        ...(t.level ? { level: t.level } : {}),
        ...(t.period ? { period: t.period } : {}),
        ...(t.year !== undefined ? { year: t.year } : {}),
      };
    });
  }

  @ResolveField(() => [MyInvitationModel], {
    description:
      'P2: openstaande uitnodigingen aan uw e-mailadres (alleen als de inlogdienst dat adres heeft geverifieerd), niet verlopen, oudste eerst. Aannemen gaat met de link in de mail.',
  })
  async invitations(@Context() ctx: GqlContext): Promise<MyInvitationModel[]> {
    const records = await this.service.invitations(await ctx.authenticate());
    return records.flatMap(({ invitation: i, municipality }) =>
      municipality
        ? [
            {
              id: i.id,
              programmeId: i.programmeId,
              municipality: toMunicipalityModel(municipality),
              role: i.role,
              ...(i.partnerOrganisation ? { partnerOrganisation: i.partnerOrganisation } : {}),
              ...(i.partnerLevel ? { partnerLevel: i.partnerLevel } : {}),
              invitedAt: i.createdAt,
              expiresAt: i.expiresAt,
            },
          ]
        : [],
    );
  }
}

/** The programme's name as people say it: the collective of its municipality. */
@Resolver(() => ProgrammeModel)
export class ProgrammeNameResolver {
  constructor(private readonly programmes: ProgrammeService) {}

  @ResolveField(() => String, {
    description:
      'Naam van het programma, in uw taal: "Collectief tegen kindermishandeling <gemeente>" (en: "Collective against child abuse <municipality>").',
  })
  async name(@Parent() programme: ProgrammeModel, @Context() ctx: GqlContext): Promise<string> {
    const municipality =
      programme.municipality?.name ??
      (await this.programmes.municipalityLoader(ctx).load(programme.municipalityCode))?.name ??
      programme.municipalityCode;
    return ctx.lang === 'en'
      ? `Collective against child abuse ${municipality}`
      : `Collectief tegen kindermishandeling ${municipality}`;
  }
}
