import { Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../common/request-context';
import { toPracticeModel, toPracticeSpreadModel } from './national.mapper';
import { NationalOverviewModel, PracticeModel, PracticeSpreadModel } from './national.model';
import { NationalService } from './national.service';

/** The national view (docs/rules.md "National view"): anonymous figures and the practice library, for everyone. */
@Resolver()
export class NationalResolver {
  constructor(private readonly national: NationalService) {}

  @Query(() => NationalOverviewModel, {
    description:
      'Landelijk overzicht: aantallen per fase, status, provincie en regio, stilstand, open escalaties per niveau, risicosignalen en de verspreidingscurve. Anonieme aantallen, voor iedereen met toegang.',
  })
  async nationalOverview(@Context() ctx: GqlContext): Promise<NationalOverviewModel> {
    await ctx.authenticate();
    return this.national.overview();
  }

  @Query(() => [PracticeModel], { description: 'De praktijkbibliotheek: de producten van de Collectieven, per thema.' })
  async practices(@Context() ctx: GqlContext): Promise<PracticeModel[]> {
    await ctx.authenticate();
    return this.national.practices().map(toPracticeModel);
  }

  @Query(() => [PracticeSpreadModel], {
    description:
      'Waar elke praktijk is overgenomen (in een actie van een programma), oudste overname eerst: de olievlek per praktijk.',
  })
  async practiceSpread(@Context() ctx: GqlContext): Promise<PracticeSpreadModel[]> {
    return (await this.national.practiceSpread(await ctx.authenticate())).map(toPracticeSpreadModel);
  }
}
