import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PROGRAMME_PHASES, PROGRAMME_STATUSES, type ProgrammePhase, type ProgrammeStatus } from '../../../../libs/domain/src';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ProgrammePhaseEnum = asEnum(PROGRAMME_PHASES);
registerEnumType(ProgrammePhaseEnum, {
  name: 'ProgrammePhase',
  description:
    'Fase van het programma: COMMITMENT (bestuurlijk draagvlak, inrichten), AGENDA (verbeteragenda van onderop), EXECUTION (uitvoering), EMBEDDING (borging in bestaand beleid), CONTINUATION (voortzetting), CLOSED (afgesloten).',
});

export const ProgrammeStatusEnum = asEnum(PROGRAMME_STATUSES);
registerEnumType(ProgrammeStatusEnum, {
  name: 'ProgrammeStatus',
  description: 'Of het programma loopt (ACTIVE), gepauzeerd is (PAUSED), is afgesloten (CLOSED) of is afgebroken (ABORTED).',
});

export const SchoolHolidayRegionEnum = { NOORD: 'NOORD', MIDDEN: 'MIDDEN', ZUID: 'ZUID' } as const;
registerEnumType(SchoolHolidayRegionEnum, {
  name: 'SchoolHolidayRegion',
  description: 'Regio voor de schoolvakanties (noord, midden, zuid) volgens de indeling van het ministerie van OCW.',
});

@ObjectType('Municipality', { description: 'Een gemeente volgens de CBS-gebiedsindeling 2025, met haar regio’s.' })
export class MunicipalityModel {
  @Field({ description: 'CBS-gemeentecode, bijvoorbeeld GM0363.' })
  code!: string;

  @Field({ description: 'Officiële naam volgens het CBS.' })
  name!: string;

  @Field({ description: 'Provincie.' })
  province!: string;

  @Field({ description: 'Veilig Thuis-regio.' })
  veiligThuisRegion!: string;

  @Field({ description: 'Jeugdregio (jeugdzorgregio).' })
  jeugdregio!: string;

  @Field({ description: 'GGD-regio.' })
  ggdRegion!: string;

  @Field(() => SchoolHolidayRegionEnum, { description: 'Regio voor de schoolvakanties; bepaalt het schooljaar voor trainingen.' })
  schoolHolidayRegion!: keyof typeof SchoolHolidayRegionEnum;

  @Field(() => Float, { description: 'Breedtegraad van een punt binnen de gemeente (WGS84), voor de kaart.' })
  latitude!: number;

  @Field(() => Float, { description: 'Lengtegraad van een punt binnen de gemeente (WGS84), voor de kaart.' })
  longitude!: number;
}

@ObjectType('Programme', { description: 'Het programma van één gemeente tegen kindermishandeling (Collectief tegen Kindermishandeling).' })
export class ProgrammeModel {
  @Field(() => ID, { description: 'Vaste sleutel van het programma, bijvoorbeeld programme-GM0363-1.' })
  id!: string;

  @Field({ description: 'CBS-gemeentecode van de gemeente die het programma voert.' })
  municipalityCode!: string;

  @Field(() => MunicipalityModel, { description: 'De gemeente die het programma voert.' })
  municipality!: MunicipalityModel;

  @Field(() => Int, { description: 'Het hoeveelste programma van deze gemeente (1 voor het eerste).' })
  sequence!: number;

  @Field(() => ProgrammePhaseEnum, { description: 'Huidige fase.' })
  phase!: ProgrammePhase;

  @Field(() => ProgrammeStatusEnum, { description: 'Loopt, gepauzeerd, afgesloten of afgebroken.' })
  status!: ProgrammeStatus;

  @Field(() => GraphQLISODateTime, { description: 'Moment waarop het programma startte.' })
  startedAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'Moment van de laatste wijziging.' })
  updatedAt!: Date;
}
