import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { CollectiveMember } from '../../../../libs/domain/src';
import {
  AgendaModel,
  ChecklistItemModel,
  CommitmentModel,
  EmbeddingOwnerModel,
  EscalationModel,
  IndicatorReportModel,
  MentorPairingModel,
  PauseModel,
  ProgrammeSettingsModel,
  RiskFlagEnum,
  TimelineEntryModel,
  TrainingTrackModel,
} from './lifecycle.model';
import {
  PROGRAMME_PHASES,
  PROGRAMME_STATUSES,
  type ProgrammePhase,
  type ProgrammeStatus,
} from '../../../../libs/domain/src';

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
  description:
    'Of het programma loopt (ACTIVE), gepauzeerd is (PAUSED), is afgesloten (CLOSED) of is afgebroken (ABORTED).',
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

  @Field(() => SchoolHolidayRegionEnum, {
    description: 'Regio voor de schoolvakanties; bepaalt het schooljaar voor trainingen.',
  })
  schoolHolidayRegion!: keyof typeof SchoolHolidayRegionEnum;

  @Field(() => Float, { description: 'Breedtegraad van een punt binnen de gemeente (WGS84), voor de kaart.' })
  latitude!: number;

  @Field(() => Float, { description: 'Lengtegraad van een punt binnen de gemeente (WGS84), voor de kaart.' })
  longitude!: number;
}

@ObjectType('PhaseStay', {
  description: 'Een fase waarin het programma was of is: wanneer het erin kwam en eruit ging.',
})
export class PhaseStayModel {
  @Field(() => ProgrammePhaseEnum, { description: 'De fase.' }) phase!: string;
  @Field(() => GraphQLDateTime, { description: 'Begin van de fase.' }) enteredAt!: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Einde van de fase; leeg voor de huidige fase.' })
  leftAt?: string;
}

@ObjectType('Programme', {
  description:
    'Het programma van één gemeente tegen kindermishandeling (naar de Collectieven tegen Kindermishandeling): van commitment via verbeteragenda, uitvoering en borging naar continuering.',
})
export class ProgrammeModel {
  @Field(() => ID, { description: 'Vaste sleutel van het programma, bijvoorbeeld programme-GM0363-1.' })
  id!: string;

  @Field({ description: 'CBS-gemeentecode van de gemeente die het programma voert.' })
  municipalityCode!: string;

  @Field(() => MunicipalityModel, { description: 'De gemeente die het programma voert.' })
  municipality?: MunicipalityModel;

  @Field(() => Int, { description: 'Het hoeveelste programma van deze gemeente (1 voor het eerste).' })
  sequence!: number;

  @Field(() => ProgrammePhaseEnum, { description: 'Huidige fase.' })
  phase!: ProgrammePhase;

  @Field(() => ProgrammeStatusEnum, { description: 'Loopt, gepauzeerd, afgesloten of afgebroken.' })
  status!: ProgrammeStatus;

  @Field(() => GraphQLDateTime, { description: 'Moment waarop het programma startte.' })
  startedAt!: string;

  @Field(() => GraphQLDateTime, { description: 'Moment van de laatste wijziging.' })
  updatedAt!: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Moment waarop de huidige fase begon.' })
  phaseEnteredAt?: string;

  @Field(() => Int, { description: 'Versie: groeit bij elke wijziging.' })
  version!: number;

  @Field(() => PauseModel, {
    nullable: true,
    description: 'Gezet zolang het programma gepauzeerd is (klokken staan stil).',
  })
  pause?: PauseModel;

  @Field({ nullable: true, description: 'Reden waarom het programma is afgebroken.' })
  abortReason?: string;

  @Field(() => ProgrammeSettingsModel, {
    nullable: true,
    description: 'Beleid van dit programma: drempels, escalatie-interval, uiterste kalenderdatum.',
  })
  settings?: ProgrammeSettingsModel;

  @Field(() => CommitmentModel, { nullable: true, description: 'Fase 1: bestuurlijk draagvlak (R1.1–R1.5).' })
  commitment?: CommitmentModel;

  @Field(() => AgendaModel, { nullable: true, description: 'Fase 2: de verbeteragenda (R2.1–R2.5).' })
  agenda?: AgendaModel;

  @Field(() => TrainingTrackModel, {
    nullable: true,
    description: 'Scholingstraject op de schooljaarkalender (R3.1), als het programma er een heeft.',
  })
  training?: TrainingTrackModel;

  @Field(() => EmbeddingOwnerModel, { nullable: true, description: 'Interne eigenaar van de borging (R4.3).' })
  embeddingOwner?: EmbeddingOwnerModel;

  /** C1: the collective's members as the state holds them; `collective` (collective.resolver.ts) shows them. */
  collectiveMembers?: CollectiveMember[];

  @Field(() => [RiskFlagEnum], { description: 'Risicosignalen.' })
  riskFlags!: string[];

  @Field(() => [ChecklistItemModel], {
    description: 'Checklist van de huidige fase: wat nog ontbreekt en de tip ervoor.',
  })
  checklist!: ChecklistItemModel[];

  @Field(() => [EscalationModel], { description: 'Openstaande en eerdere escalaties, in volgorde van ontstaan.' })
  escalations!: EscalationModel[];

  @Field(() => Int, {
    description: 'Hoogste niveau (1–3) onder de niet-opgeloste escalaties; 0 als er geen openstaat.',
  })
  openEscalationLevel!: number;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Eerstvolgende termijn (stilstand of schooljaar).' })
  nextDeadlineAt?: string;

  @Field(() => [IndicatorReportModel], { description: 'Gerapporteerde indicatoren en jaarlijkse check-ins.' })
  indicators!: IndicatorReportModel[];

  @Field(() => [TimelineEntryModel], {
    description: 'Auditspoor: wie deed wat, wanneer (de laatste 1000 gebeurtenissen).',
  })
  timeline!: TimelineEntryModel[];

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'Moment van registratie in Olievlek, als het programma daarvoor al liep (startedAt is dan de werkelijke startdag).',
  })
  registeredAt?: string;

  @Field(() => [PhaseStayModel], { description: 'De fasen tot nu toe, oudste eerst; de laatste is de huidige.' })
  phaseHistory!: PhaseStayModel[];

  @Field(() => MentorPairingModel, {
    nullable: true,
    description: 'De mentor van dit programma, als een kwartiermaker er een koppelde.',
  })
  mentor?: MentorPairingModel;
}

@ObjectType('ProgrammeEdge', { description: 'Een programma in een pagina, met zijn cursor.' })
export class ProgrammeEdgeModel {
  @Field({ description: 'Ondoorzichtige cursor: geef hem als `after` mee voor de volgende pagina.' })
  cursor!: string;

  @Field(() => ProgrammeModel, { description: 'Het programma.' })
  node!: ProgrammeModel;
}

@ObjectType('PageInfo', { description: 'Of er nog een pagina volgt, en waar die begint.' })
export class PageInfoModel {
  @Field({ description: 'Of er na deze pagina nog programma’s volgen.' })
  hasNextPage!: boolean;

  @Field({ nullable: true, description: 'Cursor van het laatste programma op deze pagina.' })
  endCursor?: string;
}

@ObjectType('ProgrammeConnection', { description: 'Een pagina programma’s (Relay-stijl).' })
export class ProgrammeConnectionModel {
  @Field(() => [ProgrammeEdgeModel], { description: 'De programma’s op deze pagina.' })
  edges!: ProgrammeEdgeModel[];

  @Field(() => PageInfoModel, { description: 'Paginering.' })
  pageInfo!: PageInfoModel;

  @Field(() => Int, { description: 'Aantal programma’s dat aan de filters voldoet (binnen uw toegang).' })
  totalCount!: number;
}
