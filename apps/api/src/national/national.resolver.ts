import { Context, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PRACTICES, type ProgrammeState } from '../../../../libs/domain/src';
import { NationalOverviewReadModel } from '../../../../libs/persistence/src';
import type { GqlContext } from '../common/request-context';
import { NationalOverviewModel, PracticeAdoptionModel, PracticeModel, PracticeSpreadModel } from './national.model';

/** The national view (DOMAIN "National view"), answered from the read model in one query. */
@Resolver()
export class NationalResolver {
  private readonly overview: NationalOverviewReadModel;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
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
    await ctx.authenticate();
    // Reads the actions from the projected states. Fine for hundreds of programmes; at national
    // scale this becomes a practice_adoption table fed by the projection.
    const rows = (await this.dataSource.query('SELECT municipality_code, state FROM programme')) as { municipality_code: string; state: string }[];
    const adoptions = new Map<string, PracticeAdoptionModel[]>();
    for (const row of rows) {
      const state = JSON.parse(row.state) as Partial<ProgrammeState>;
      for (const action of state.agenda?.actions ?? []) {
        if (!action.practiceId) continue;
        const list = adoptions.get(action.practiceId) ?? [];
        list.push({ municipalityCode: row.municipality_code, adoptedAt: action.addedAt });
        adoptions.set(action.practiceId, list);
      }
    }
    return PRACTICES.map((p) => ({
      practice: { ...p, originMunicipalityCodes: [...p.originMunicipalityCodes] },
      adoptions: (adoptions.get(p.id) ?? []).sort((a, b) => (a.adoptedAt < b.adoptedAt ? -1 : 1)),
    }));
  }
}
