import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { RiskFlagEnum, ThemeEnum } from '../programmes/lifecycle.model';

@ObjectType('CountByKey', { description: 'Eén groep van een uitsplitsing (een fase, provincie, regio of kwartaal) met haar aantal programma’s.' })
export class CountByKeyModel {
  @Field({ description: 'De groep, bijvoorbeeld AGENDA, Fryslân of 2027-Q2.' }) key!: string;
  @Field(() => Int, { description: 'Aantal programma’s.' }) count!: number;
}

@ObjectType('EscalationLevelCount', { description: 'Aantal niet-opgeloste escalaties van lopende programma’s op één niveau.' })
export class EscalationLevelCountModel {
  @Field(() => Int, { description: 'Niveau: 1 herinnering, 2 bestuurlijk, 3 landelijk.' }) level!: number;
  @Field(() => Int, { description: 'Aantal escalaties.' }) count!: number;
}

@ObjectType('RiskFlagCount', { description: 'Aantal programma’s met een risicosignaal.' })
export class RiskFlagCountModel {
  @Field(() => RiskFlagEnum, { description: 'Het risicosignaal.' }) flag!: string;
  @Field(() => Int, { description: 'Aantal programma’s.' }) count!: number;
}

@ObjectType('NationalOverview', {
  description:
    'Landelijk beeld voor de kwartiermakers: hoe de aanpak van de Collectieven zich als een olievlek over Nederland verspreidt. Alleen anonieme aantallen.',
})
export class NationalOverviewModel {
  @Field(() => Int, { description: 'Alle programma’s, lopend of beëindigd.' }) total!: number;
  @Field(() => Int, { description: 'Programma’s met minstens één niet-opgeloste escalatie (stilstand).' }) stalled!: number;
  @Field(() => [CountByKeyModel], { description: 'Per fase.' }) byPhase!: CountByKeyModel[];
  @Field(() => [CountByKeyModel], { description: 'Per status.' }) byStatus!: CountByKeyModel[];
  @Field(() => [CountByKeyModel], { description: 'Per provincie.' }) byProvince!: CountByKeyModel[];
  @Field(() => [CountByKeyModel], { description: 'Per Veilig Thuis-regio.' }) byVeiligThuisRegion!: CountByKeyModel[];
  @Field(() => [CountByKeyModel], { description: 'Per jeugdregio.' }) byJeugdregio!: CountByKeyModel[];
  @Field(() => [CountByKeyModel], { description: 'Gestarte programma’s per kwartaal (YYYY-Qn, UTC): de verspreidingscurve.' })
  startedPerQuarter!: CountByKeyModel[];
  @Field(() => [EscalationLevelCountModel], { description: 'Niet-opgeloste escalaties van lopende programma’s per niveau (1–3).' })
  openEscalationsByLevel!: EscalationLevelCountModel[];
  @Field(() => [RiskFlagCountModel], { description: 'Programma’s per risicosignaal.' }) riskFlags!: RiskFlagCountModel[];
}

@ObjectType('Practice', { description: 'Een praktijk uit de praktijkbibliotheek: een product van een van de zes Collectieven.' })
export class PracticeModel {
  @Field(() => ID, { description: 'Vaste sleutel; geef hem als practiceId mee bij addAction om de praktijk over te nemen.' }) id!: string;
  @Field({ description: 'Titel.' }) title!: string;
  @Field({ description: 'Korte omschrijving.' }) description!: string;
  @Field(() => ThemeEnum, { description: 'Thema van de verbeteragenda.' }) theme!: string;
  @Field({ description: 'Het Collectief waar de praktijk vandaan komt.' }) origin!: string;
  @Field(() => [String], { description: 'CBS-gemeentecodes van het Collectief van herkomst.' }) originMunicipalityCodes!: string[];
  @Field({ description: 'Bron.' }) source!: string;
}

@ObjectType('PracticeAdoption', { description: 'Een programma dat de praktijk heeft overgenomen in een actie.' })
export class PracticeAdoptionModel {
  @Field({ description: 'CBS-gemeentecode van het programma.' }) municipalityCode!: string;
  @Field(() => GraphQLDateTime, { description: 'Moment waarop de actie met deze praktijk werd toegevoegd.' }) adoptedAt!: string;
}

@ObjectType('PracticeSpread', { description: 'Waar een praktijk is overgenomen, in de tijd (olievlek).' })
export class PracticeSpreadModel {
  @Field(() => PracticeModel, { description: 'De praktijk.' }) practice!: PracticeModel;
  @Field(() => [PracticeAdoptionModel], { description: 'Overnames, oudste eerst.' }) adoptions!: PracticeAdoptionModel[];
}
