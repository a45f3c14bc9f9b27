import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/request-context';
import { toProgrammeModel } from '../programmes/programme.mapper';
import { ProgrammeModel } from '../programmes/programme.model';
import { nationalError } from './national.errors';
import { PeerComparisonService } from './peer-comparison.service';
import { PeerComparisonModel, SlowerThanPeersArgs, SlowerThanPeersPageModel } from './peer-comparison.model';

/** Peer comparison (docs/rules.md "Peer comparison"): a signal for kwartiermakers, not an escalation. */
@Resolver(() => ProgrammeModel)
export class PeerComparisonResolver {
  constructor(private readonly peers: PeerComparisonService) {}

  @Query(() => SlowerThanPeersPageModel, {
    description:
      'Lopende programma’s die trager zijn dan 80 % van vergelijkbare: langer in hun fase dan 80 % van de afgeronde verblijven in die fase (minstens 5). Hoogste percentiel eerst, in pagina’s. Alleen voor kwartiermakers.',
  })
  async slowerThanPeers(
    @Args() { first, offset }: SlowerThanPeersArgs,
    @Context() ctx: GqlContext,
  ): Promise<SlowerThanPeersPageModel> {
    const result = await this.peers.slowerThanPeers(await ctx.authenticate(), first, offset);
    if (!result.ok) throw nationalError(result.error);
    return {
      totalCount: result.value.total,
      entries: result.value.entries.map(({ record, comparison }) => ({
        programme: toProgrammeModel(record.state, record.municipality),
        peerComparison: comparison,
      })),
    };
  }

  @ResolveField(() => PeerComparisonModel, {
    nullable: true,
    description:
      'Hoe lang het programma al in zijn fase zit, vergeleken met alle programma’s die deze fase afrondden. Leeg als het niet loopt of is afgesloten; alleen voor kwartiermakers en wie het programma mag zien.',
  })
  async peerComparison(
    @Parent() programme: ProgrammeModel,
    @Context() ctx: GqlContext,
  ): Promise<PeerComparisonModel | null> {
    return this.peers.forProgramme(await ctx.authenticate(), programme);
  }
}
