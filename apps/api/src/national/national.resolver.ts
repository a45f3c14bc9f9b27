import { Context, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PRACTICES } from '../../../../libs/domain/src';
import { NationalOverviewReadModel } from '../../../../libs/persistence/src';
import type { GqlContext } from '../common/request-context';
import { mayKnowMunicipality } from '../programmes/access';
import { NationalOverviewModel, PracticeAdoptionModel, PracticeModel, PracticeSpreadModel } from './national.model';

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

  @Query(() => [PracticeModel], { description: 'De praktijkbibliotheek: de producten van de Collectieven, per thema.' })
  async practices(@Context() ctx: GqlContext): Promise<PracticeModel[]> {
    await ctx.authenticate();
    return PRACTICES.map((p) => ({ ...p, originMunicipalityCodes: [...p.originMunicipalityCodes] }));
  }

  @Query(() => [PracticeSpreadModel], {
    description: 'Waar elke praktijk is overgenomen (in een actie van een programma), oudste overname eerst: de olievlek per praktijk.',
  })
  async practiceSpread(@Context() ctx: GqlContext): Promise<PracticeSpreadModel[]> {
    const principal = await ctx.authenticate();
    const adoptions = new Map<string, PracticeAdoptionModel[]>();
    for (const { practiceId, municipalityCode, adoptedAt } of await this.overview.practiceAdoptions()) {
      const list = adoptions.get(practiceId) ?? [];
      // Outside the national role the spread is anonymous, except for the caller's own municipality.
      const visible = mayKnowMunicipality(principal, municipalityCode);
      list.push({ municipalityCode: visible ? municipalityCode : null, adoptedAt });
      adoptions.set(practiceId, list);
    }
    return PRACTICES.map((p) => ({
      practice: { ...p, originMunicipalityCodes: [...p.originMunicipalityCodes] },
      adoptions: adoptions.get(p.id) ?? [],
    }));
  }
}
