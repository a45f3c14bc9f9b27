import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RiskFlagEnum } from '../programmes/lifecycle.model';

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
