import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { MunicipalityEntity } from '../../../../libs/persistence/src';
import { ProgrammeReadModel, type ProgrammeSort } from '../../../../libs/persistence/src';
import { UserFacingError } from '../common/graphql-errors';
import type { GqlContext } from '../common/request-context';
import { ProgrammeLookupArgs, ProgrammesArgs, StartProgrammeArgs } from './programme.args';
import { programmeError } from './programme.errors';
import { toProgrammeModel } from './programme.mapper';
import { MunicipalityModel, ProgrammeConnectionModel, ProgrammeModel } from './programme.model';
import { ProgrammeService } from './programme.service';

export function toMunicipalityModel(m: MunicipalityEntity): MunicipalityModel {
  return {
    code: m.code,
    name: m.name,
    province: m.province,
    veiligThuisRegion: m.veiligThuisRegion,
    jeugdregio: m.jeugdregio,
    ggdRegion: m.ggdRegion,
    schoolHolidayRegion: m.schoolHolidayRegion.toUpperCase() as MunicipalityModel['schoolHolidayRegion'],
    latitude: m.labelLat,
    longitude: m.labelLon,
  };
}

const encodeCursor = (value: string | number, id: string) => Buffer.from(JSON.stringify([value, id])).toString('base64url');
function decodeCursor(cursor: string): { value: string | number; id: string } {
  try {
    const [value, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if ((typeof value === 'string' || typeof value === 'number') && typeof id === 'string') return { value, id };
  } catch {
    // fall through
  }
  throw new UserFacingError('VALIDATION_FAILED', {
    nl: 'De cursor is ongeldig: gebruik pageInfo.endCursor van de vorige pagina.',
    en: 'The cursor is invalid: use pageInfo.endCursor of the previous page.',
  });
}

@Resolver(() => ProgrammeModel)
export class ProgrammeResolver {
  constructor(private readonly service: ProgrammeService) {}

  @Mutation(() => ProgrammeModel, {
    description:
      'Start het programma van een gemeente. Het begint in de fase COMMITMENT (bestuurlijk draagvlak). Per gemeente loopt ten hoogste één programma tegelijk.',
  })
  async startProgramme(@Args() { municipalityCode, startedOn }: StartProgrammeArgs, @Context() ctx: GqlContext): Promise<ProgrammeModel> {
    const principal = await ctx.authenticate();
    const result = await this.service.start(principal, municipalityCode, startedOn);
    if (!result.ok) throw programmeError(result.error);
    return toProgrammeModel(result.value.state, result.value.municipality);
  }

  @Query(() => ProgrammeModel, {
    nullable: true,
    description:
      'Eén programma: het meest recente van een gemeente (municipalityCode) of een bepaald programma (id). Null als er geen is (of u er geen toegang toe heeft).',
  })
  async programme(@Args() args: ProgrammeLookupArgs, @Context() ctx: GqlContext): Promise<ProgrammeModel | null> {
    const principal = await ctx.authenticate();
    if ((args.municipalityCode === undefined) === (args.id === undefined)) {
      throw new UserFacingError('VALIDATION_FAILED', {
        nl: 'Geef precies één van municipalityCode of id op.',
        en: 'Give exactly one of municipalityCode or id.',
      });
    }
    if (args.id !== undefined) {
      const record = await this.service.findById(principal, args.id);
      return record && toProgrammeModel(record.state, record.municipality);
    }
    const result = await this.service.findLatest(principal, args.municipalityCode!);
    if (!result.ok) throw programmeError(result.error);
    return result.value && toProgrammeModel(result.value.state, result.value.municipality);
  }

  @Query(() => ProgrammeConnectionModel, {
    description: 'De programma’s waar u toegang toe heeft: te filteren op fase, status, provincie, regio, risico en escalatieniveau, gesorteerd en in pagina’s.',
  })
  async programmes(@Args() args: ProgrammesArgs, @Context() ctx: GqlContext): Promise<ProgrammeConnectionModel> {
    const principal = await ctx.authenticate();
    const sort = (args.orderBy?.field ?? 'STARTED_AT') as ProgrammeSort;
    const direction = args.orderBy?.direction ?? 'DESC';
    const f = args.filter ?? {};
    const page = await this.service.page(principal, {
      filter: {
        ...(f.phases ? { phases: f.phases } : {}),
        ...(f.statuses ? { statuses: f.statuses } : {}),
        ...(f.province ? { province: f.province } : {}),
        ...(f.schoolHolidayRegion ? { schoolHolidayRegion: f.schoolHolidayRegion.toLowerCase() } : {}),
        ...(f.veiligThuisRegion ? { veiligThuisRegion: f.veiligThuisRegion } : {}),
        ...(f.municipalityCode ? { municipalityCode: f.municipalityCode } : {}),
        ...(f.riskFlag ? { riskFlag: f.riskFlag } : {}),
        ...(f.minOpenEscalationLevel !== undefined ? { minOpenEscalationLevel: f.minOpenEscalationLevel } : {}),
      },
      sort,
      direction,
      first: args.first,
      ...(args.after ? { after: decodeCursor(args.after) } : {}),
    });
    const names =
      sort === 'MUNICIPALITY_NAME'
        ? new Map((await this.service.municipalityLoader(ctx).loadMany(page.records.map((r) => r.row.municipalityCode))).map((m) => [(m as MunicipalityEntity)?.code, (m as MunicipalityEntity)?.name]))
        : undefined;
    const edges = page.records.map(({ row, state }) => ({
      cursor: encodeCursor(ProgrammeReadModel.sortValue(row, sort, names?.get(row.municipalityCode)), row.id),
      node: toProgrammeModel(state),
    }));
    return {
      edges,
      pageInfo: { hasNextPage: page.hasNextPage, ...(edges.length ? { endCursor: edges[edges.length - 1]!.cursor } : {}) },
      totalCount: page.totalCount,
    };
  }

  /** Loaded in one batch per request for a whole page (no query per programme). */
  @ResolveField(() => MunicipalityModel)
  async municipality(@Parent() programme: ProgrammeModel, @Context() ctx: GqlContext): Promise<MunicipalityModel> {
    if (programme.municipality) return programme.municipality;
    const municipality = await this.service.municipalityLoader(ctx).load(programme.municipalityCode);
    if (!municipality) throw new Error(`municipality ${programme.municipalityCode} missing from the reference data`);
    return toMunicipalityModel(municipality);
  }
}
