import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { MunicipalityEntity } from '../../../../libs/persistence/src';
import { MunicipalityCodeArgs } from './programme.args';
import { programmeError } from './programme.errors';
import { MunicipalityModel, ProgrammeModel } from './programme.model';
import { ProgrammeService, type ProgrammeView } from './programme.service';

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

function toProgrammeModel({ snapshot: s, municipality }: ProgrammeView): ProgrammeModel {
  return {
    id: s.programmeId,
    municipalityCode: s.municipalityCode,
    municipality: toMunicipalityModel(municipality),
    sequence: s.sequence,
    phase: s.phase,
    status: s.status,
    startedAt: new Date(s.startedAt),
    updatedAt: new Date(s.updatedAt),
  };
}

@Resolver(() => ProgrammeModel)
export class ProgrammeResolver {
  constructor(private readonly programmes: ProgrammeService) {}

  @Mutation(() => ProgrammeModel, {
    description:
      'Start het programma van een gemeente. Het begint in de fase COMMITMENT (bestuurlijk draagvlak). Per gemeente loopt ten hoogste één programma tegelijk.',
  })
  async startProgramme(@Args() { municipalityCode }: MunicipalityCodeArgs): Promise<ProgrammeModel> {
    const result = await this.programmes.start(municipalityCode);
    if (!result.ok) throw programmeError(result.error);
    return toProgrammeModel(result.value);
  }

  @Query(() => ProgrammeModel, {
    nullable: true,
    description: 'Het meest recente programma van een gemeente, of null als de gemeente nog geen programma heeft.',
  })
  async programme(@Args() { municipalityCode }: MunicipalityCodeArgs): Promise<ProgrammeModel | null> {
    const result = await this.programmes.findLatest(municipalityCode);
    if (!result.ok) throw programmeError(result.error);
    return result.value && toProgrammeModel(result.value);
  }
}
