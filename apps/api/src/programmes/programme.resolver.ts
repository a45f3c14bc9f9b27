import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/request-context';
import { ProgrammeLookupArgs, ProgrammesArgs, StartProgrammeArgs } from './programme.args';
import { programmeError } from './programme.errors';
import { toMunicipalityModel, toProgrammeModel } from './programme.mapper';
import { MunicipalityModel, ProgrammeConnectionModel, ProgrammeModel } from './programme.model';
import { ProgrammeService } from './programme.service';

@Resolver(() => ProgrammeModel)
export class ProgrammeResolver {
  constructor(private readonly service: ProgrammeService) {}

  @Mutation(() => ProgrammeModel, {
    description:
      'Start het programma van een gemeente. Het begint in de fase COMMITMENT (bestuurlijk draagvlak). Per gemeente loopt ten hoogste één programma tegelijk.',
  })
  async startProgramme(
    @Args() { municipalityCode, startedOn, pastPhases, members }: StartProgrammeArgs,
    @Context() ctx: GqlContext,
  ): Promise<ProgrammeModel> {
    const result = await this.service.start(
      await ctx.authenticate(),
      municipalityCode,
      startedOn,
      pastPhases,
      members ?? [],
    );
    if (!result.ok) throw programmeError(result.error);
    return toProgrammeModel(result.value.state, result.value.municipality);
  }

  @Query(() => ProgrammeModel, {
    nullable: true,
    description:
      'Eén programma: het meest recente van een gemeente (municipalityCode) of een bepaald programma (id). Null als er geen is (of u er geen toegang toe heeft).',
  })
  async programme(@Args() args: ProgrammeLookupArgs, @Context() ctx: GqlContext): Promise<ProgrammeModel | null> {
    const result = await this.service.lookup(await ctx.authenticate(), args);
    if (!result.ok) throw programmeError(result.error);
    const record = result.value;
    if (!record) return null;
    if (!record.cached) return toProgrammeModel(record.state, record.municipality);
    // Issue 18.1: mapped once per version (the checklist, escalations and timeline follow from the
    // state alone); each answer gets its own copy with the municipality the row joined.
    const model = (record.cached.model ??= toProgrammeModel(record.cached.state));
    return record.municipality ? { ...model, municipality: toMunicipalityModel(record.municipality) } : { ...model };
  }

  @Query(() => ProgrammeConnectionModel, {
    description:
      'De programma’s waar u toegang toe heeft: te filteren op fase, status, provincie, regio, risico en escalatieniveau, gesorteerd en in pagina’s.',
  })
  async programmes(@Args() args: ProgrammesArgs, @Context() ctx: GqlContext): Promise<ProgrammeConnectionModel> {
    const result = await this.service.connection(await ctx.authenticate(), args, ctx);
    if (!result.ok) throw programmeError(result.error);
    const { edges, hasNextPage, totalCount } = result.value;
    return {
      edges: edges.map(({ cursor, state }) => ({ cursor, node: toProgrammeModel(state) })),
      pageInfo: { hasNextPage, ...(edges.length ? { endCursor: edges[edges.length - 1]!.cursor } : {}) },
      totalCount,
    };
  }

  /**
   * Loaded in one batch per request for a whole page (no query per programme). GraphQL's own
   * arguments, no parameter decorators: Nest hands it over without its per-call wrapping (issue 18.1).
   */
  @ResolveField(() => MunicipalityModel)
  async municipality(programme: ProgrammeModel, _args: unknown, ctx: GqlContext): Promise<MunicipalityModel> {
    if (programme.municipality) return programme.municipality;
    const municipality = await this.service.municipalityLoader(ctx).load(programme.municipalityCode);
    if (!municipality) throw new Error(`municipality ${programme.municipalityCode} missing from the reference data`);
    return toMunicipalityModel(municipality);
  }
}
