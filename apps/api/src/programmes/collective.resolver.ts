import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { CollectiveMember, CommandPayloads, CommandType } from '../../../../libs/domain/src';
import type { GqlContext } from '../common/request-context';
import { CollectiveMemberModel, CollectiveModel, CollectiveMunicipalityInput } from './collective.model';
import { StepArgs } from './lifecycle.inputs';
import { programmeError } from './programme.errors';
import { toMunicipalityModel, toProgrammeModel } from './programme.mapper';
import { MunicipalityModel, ProgrammeModel } from './programme.model';
import { ProgrammeService } from './programme.service';

/**
 * Regional collectives (docs/rules.md C1–C4): the collective of a programme, and the steps that let
 * a municipality join, leave and confirm its own commitment. Who may confirm for a member is decided
 * from the caller's memberships (an alderman membership for that municipality, P1).
 */
@Resolver(() => ProgrammeModel)
export class CollectiveResolver {
  constructor(private readonly programmes: ProgrammeService) {}

  @ResolveField(() => CollectiveModel, {
    nullable: true,
    description:
      'C1: het collectief dat dit programma voert (de penvoerder en de deelnemende gemeenten); leeg voor een programma van één gemeente.',
  })
  async collective(@Parent() programme: ProgrammeModel, @Context() ctx: GqlContext): Promise<CollectiveModel | null> {
    const members: readonly CollectiveMember[] = programme.collectiveMembers ?? [];
    if (members.length === 0) return null;
    const loader = this.programmes.municipalityLoader(ctx);
    const place = async (code: string): Promise<MunicipalityModel> => {
      const m = await loader.load(code);
      if (!m) throw new Error(`municipality ${code} missing from the reference data`);
      return toMunicipalityModel(m);
    };
    return {
      lead: programme.municipality ?? (await place(programme.municipalityCode)),
      members: await Promise.all(
        members.map(async (m): Promise<CollectiveMemberModel> => ({
          municipality: await place(m.municipalityCode),
          joinedOn: m.joinedAt,
          ...(m.confirmedAt ? { confirmedOn: m.confirmedAt } : {}),
          ...(m.leftAt ? { leftOn: m.leftAt } : {}),
        })),
      ),
    };
  }

  @ResolveField(() => [String], {
    description:
      'C4: de CBS-codes van de deelnemende gemeenten die nu meedoen (niet vertrokken); leeg voor een programma van één gemeente. Voor de kaart: elke deelnemende gemeente toont de fase van het collectief.',
  })
  memberMunicipalityCodes(@Parent() programme: ProgrammeModel): string[] {
    return (programme.collectiveMembers ?? []).filter((m) => !m.leftAt).map((m) => m.municipalityCode);
  }

  @Mutation(() => ProgrammeModel, {
    description:
      'C1: een gemeente sluit aan bij het collectief (ook later). Geweigerd als zij al meedoet aan een ander lopend programma, alleen of in een collectief. Daarna bevestigt haar eigen wethouder het commitment (C2).',
  })
  addCollectiveMember(
    @Args() step: StepArgs,
    @Args('input') input: CollectiveMunicipalityInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'addCollectiveMember', { municipalityCode: input.municipalityCode });
  }

  @Mutation(() => ProgrammeModel, {
    description:
      'C1/C4: een gemeente verlaat het collectief. Zij telt daarna niet meer mee; wat zij borgde, blijft vastgelegd.',
  })
  removeCollectiveMember(
    @Args() step: StepArgs,
    @Args('input') input: CollectiveMunicipalityInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'removeCollectiveMember', { municipalityCode: input.municipalityCode });
  }

  @Mutation(() => ProgrammeModel, {
    description:
      'C2: de wethouder van een deelnemende gemeente bevestigt het commitment voor de eigen gemeente. Alleen wie als bestuurlijk trekker voor die gemeente lid is van het programma.',
  })
  confirmMemberCommitment(
    @Args() step: StepArgs,
    @Args('input') input: CollectiveMunicipalityInput,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    return this.take(ctx, step, 'confirmMemberCommitment', { municipalityCode: input.municipalityCode });
  }

  private async take<T extends CommandType>(
    ctx: GqlContext,
    step: StepArgs,
    type: T,
    payload: CommandPayloads[T],
  ): Promise<ProgrammeModel> {
    const result = await this.programmes.step(
      await ctx.authenticate(),
      step.programmeId,
      type,
      payload,
      step.actingAs ? { actingAs: step.actingAs } : {},
      ctx.idempotencyKey,
    );
    if (!result.ok) throw programmeError(result.error);
    return toProgrammeModel(result.value.state);
  }
}
