import { Context, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NationalOverviewReadModel } from '../../../../libs/persistence/src';
import type { GqlContext } from '../common/request-context';
import { NationalOverviewModel } from './national.model';

/** The national view (DOMAIN "National view"), answered from the read model in one query. */
@Resolver()
export class NationalResolver {
  private readonly overview: NationalOverviewReadModel;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.overview = new NationalOverviewReadModel(dataSource);
  }

  @Query(() => NationalOverviewModel, {
    description:
      'Landelijk overzicht: aantallen per fase, status, provincie en regio, stilstand, open escalaties per niveau, risicosignalen en de verspreidingscurve. Anonieme aantallen, voor iedereen met toegang.',
  })
  async nationalOverview(@Context() ctx: GqlContext): Promise<NationalOverviewModel> {
    await ctx.authenticate();
    return this.overview.overview();
  }
}
