import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import {
  DeliveryStatusEnum,
  EscalationKindEnum,
  EscalationStatusEnum,
  MentorKindEnum,
  RiskFlagEnum,
  ThemeEnum,
} from '../programmes/lifecycle.model';
import { MunicipalityModel, ProgrammePhaseEnum } from '../programmes/programme.model';

@ObjectType('CountByKey', {
  description: 'Eén groep van een uitsplitsing (een fase, provincie, regio of kwartaal) met haar aantal programma’s.',
})
export class CountByKeyModel {
  @Field({ description: 'De groep, bijvoorbeeld AGENDA, Fryslân of 2027-Q2.' }) key!: string;
  @Field(() => Int, { description: 'Aantal programma’s.' }) count!: number;
}

@ObjectType('EscalationLevelCount', {
  description: 'Aantal niet-opgeloste escalaties van lopende programma’s op één niveau.',
})
export class EscalationLevelCountModel {
  @Field(() => Int, { description: 'Niveau: 1 herinnering, 2 bestuurlijk, 3 landelijk.' }) level!: number;
  @Field(() => Int, { description: 'Aantal escalaties.' }) count!: number;
}

@ObjectType('RiskFlagCount', { description: 'Aantal programma’s met een risicosignaal.' })
export class RiskFlagCountModel {
  @Field(() => RiskFlagEnum, { description: 'Het risicosignaal.' }) flag!: string;
  @Field(() => Int, { description: 'Aantal programma’s.' }) count!: number;
}

@ObjectType('PhaseDuration', {
  description: 'Hoe lang programma’s in een fase bleven voordat ze doorgingen naar de volgende.',
})
export class PhaseDurationModel {
  @Field(() => ProgrammePhaseEnum, { description: 'De fase.' }) phase!: string;
  @Field(() => Int, { description: 'Aantal programma’s dat deze fase heeft afgerond.' }) programmes!: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Mediaan in kalenderdagen (pauzes tellen mee), op 0,1 dag; leeg als nog geen programma de fase afrondde.',
  })
  medianDays!: number | null;
}

@ObjectType('IndicatorQuarter', {
  description: 'De indicatoren van één kwartaal, opgeteld over de programma’s die erover rapporteerden.',
})
export class IndicatorQuarterModel {
  @Field({ description: 'Kwartaal, bijvoorbeeld 2027-Q2.' }) quarter!: string;
  @Field(() => Int, { description: 'Aantal programma’s dat over dit kwartaal rapporteerde.' }) programmes!: number;
  @Field(() => Int, { description: 'Hermeldingen bij Veilig Thuis.' }) repeatReports!: number;
  @Field(() => Int, { description: 'Getrainde professionals.' }) professionalsTrained!: number;
  @Field(() => Int, { description: 'Bereikte scholen.' }) schoolsReached!: number;
}

@ObjectType('NationalOverview', {
  description:
    'Landelijk beeld voor de kwartiermakers: hoe de aanpak van de Collectieven zich als een olievlek over Nederland verspreidt. Alleen anonieme aantallen.',
})
export class NationalOverviewModel {
  @Field(() => Int, { description: 'Alle programma’s, lopend of beëindigd.' }) total!: number;
  @Field(() => Int, { description: 'Programma’s met minstens één niet-opgeloste escalatie (stilstand).' })
  stalled!: number;
  @Field(() => [CountByKeyModel], { description: 'Per fase.' }) byPhase!: CountByKeyModel[];
  @Field(() => [CountByKeyModel], { description: 'Per status.' }) byStatus!: CountByKeyModel[];
  @Field(() => [CountByKeyModel], { description: 'Per provincie.' }) byProvince!: CountByKeyModel[];
  @Field(() => [CountByKeyModel], { description: 'Per Veilig Thuis-regio.' }) byVeiligThuisRegion!: CountByKeyModel[];
  @Field(() => [CountByKeyModel], { description: 'Per jeugdregio.' }) byJeugdregio!: CountByKeyModel[];
  @Field(() => [CountByKeyModel], {
    description: 'Gestarte programma’s per kwartaal (YYYY-Qn, UTC): de verspreidingscurve.',
  })
  startedPerQuarter!: CountByKeyModel[];
  @Field(() => [EscalationLevelCountModel], {
    description: 'Niet-opgeloste escalaties van lopende programma’s per niveau (1–3).',
  })
  openEscalationsByLevel!: EscalationLevelCountModel[];
  @Field(() => [RiskFlagCountModel], { description: 'Programma’s per risicosignaal.' })
  riskFlags!: RiskFlagCountModel[];
  @Field(() => [PhaseDurationModel], {
    description:
      'Mediaan aantal dagen per fase (COMMITMENT t/m CONTINUATION), over de programma’s die de fase afrondden.',
  })
  medianDaysInPhase!: PhaseDurationModel[];
  @Field(() => Int, { description: 'Gemiste schooljaren voor de scholing (R3.1), opgeteld over alle programma’s.' })
  schoolYearsMissed!: number;
  @Field(() => Int, { description: 'Programma’s die minstens één schooljaar misten.' })
  programmesMissingSchoolYear!: number;
  @Field(() => [IndicatorQuarterModel], {
    description:
      'Kwartaalindicatoren (hermeldingen, getrainde professionals, bereikte scholen) per kwartaal, oudste eerst.',
  })
  indicatorsPerQuarter!: IndicatorQuarterModel[];
  @Field(() => Int, { description: 'Programma’s met een mentor.' }) mentorPairings!: number;
  @Field(() => Int, {
    description:
      'C4: bereikte gemeenten: elke gemeente die een programma voert (lopend of beëindigd) of eraan meedoet in een collectief en niet is vertrokken.',
  })
  municipalitiesReached!: number;
  @Field(() => [CountByKeyModel], {
    description:
      'C4: de verspreidingscurve in gemeenten: per kwartaal (YYYY-Qn, UTC) de gemeenten die toen voor het eerst meededen.',
  })
  municipalitiesPerQuarter!: CountByKeyModel[];
}

@ObjectType('QueuedEscalation', {
  description: 'Een niet-opgeloste escalatie van een lopend programma, in de wachtrij van de kwartiermakers.',
})
export class QueuedEscalationModel {
  @Field(() => ID, { description: 'Sleutel van de escalatie (ook de idempotentiesleutel van de webhook).' })
  id!: string;
  @Field(() => ID, { description: 'Het programma.' }) programmeId!: string;
  @Field({ description: 'CBS-gemeentecode van het programma.' }) municipalityCode!: string;
  @Field(() => MunicipalityModel, { description: 'De gemeente.' }) municipality?: MunicipalityModel;
  @Field(() => Int, { description: 'Niveau: 1 herinnering, 2 bestuurlijk, 3 landelijk.' }) level!: number;
  @Field({ description: 'Naam van het niveau.' }) levelName!: string;
  @Field(() => EscalationKindEnum, { description: 'Soort: stilstand, schooljaar, vertrek projectleider, …' })
  kind!: string;
  @Field({ description: 'De stap die stilstaat (fase, actie of scholing).' }) step!: string;
  @Field({ nullable: true, description: 'De regel uit het regelboek, bijvoorbeeld R3.1.' }) ruleId?: string;
  @Field({ description: 'Wat er aan de hand is (Nederlands).' }) message!: string;
  @Field(() => GraphQLDateTime, { description: 'Moment van ontstaan.' }) raisedAt!: string;
  @Field(() => EscalationStatusEnum, { description: 'OPEN of ACKNOWLEDGED.' }) status!: string;
  @Field(() => DeliveryStatusEnum, { description: 'Bezorging via de webhook.' }) deliveryStatus!: string;
}

@ObjectType('MentorSuggestion', {
  description:
    'Een mogelijke mentor: een van de zes Collectieven of een programma dat de borging afrondde; eerst uit dezelfde Veilig Thuis-regio, dan de dichtstbijzijnde.',
})
export class MentorSuggestionModel {
  @Field(() => MentorKindEnum, { description: 'Pioniersgemeente of programma.' }) kind!: string;
  @Field({ description: 'CBS-gemeentecode van de mentor.' }) municipalityCode!: string;
  @Field({ description: 'Naam: het Collectief of de gemeente.' }) name!: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Het programma van de mentor (bij PROGRAMME); geef het mee bij recordMentorPairing.',
  })
  programmeId?: string;
  @Field(() => Float, { description: 'Afstand tussen de middelpunten van de gemeenten in km.' }) distanceKm!: number;
  @Field({ description: 'Of de mentor in dezelfde Veilig Thuis-regio ligt.' }) sameRegion!: boolean;
}

@ObjectType('Practice', {
  description: 'Een praktijk uit de praktijkbibliotheek: een product van een van de zes Collectieven.',
})
export class PracticeModel {
  @Field(() => ID, {
    description: 'Vaste sleutel; geef hem als practiceId mee bij addAction om de praktijk over te nemen.',
  })
  id!: string;
  @Field({ description: 'Titel.' }) title!: string;
  @Field({ description: 'Korte omschrijving.' }) description!: string;
  @Field(() => ThemeEnum, { description: 'Thema van de verbeteragenda.' }) theme!: string;
  @Field({ description: 'Het Collectief waar de praktijk vandaan komt.' }) origin!: string;
  @Field(() => [String], { description: 'CBS-gemeentecodes van het Collectief van herkomst.' })
  originMunicipalityCodes!: string[];
  @Field({ description: 'Bron.' }) source!: string;
}

@ObjectType('PracticeAdoption', { description: 'Een programma dat de praktijk heeft overgenomen in een actie.' })
export class PracticeAdoptionModel {
  @Field(() => String, {
    nullable: true,
    description:
      'CBS-gemeentecode van het programma; leeg (anoniem) voor wie geen kwartiermaker is, behalve bij de eigen gemeente.',
  })
  municipalityCode!: string | null;
  @Field(() => GraphQLDateTime, { description: 'Moment waarop de actie met deze praktijk werd toegevoegd.' })
  adoptedAt!: string;
}

@ObjectType('PracticeSpread', { description: 'Waar een praktijk is overgenomen, in de tijd (olievlek).' })
export class PracticeSpreadModel {
  @Field(() => PracticeModel, { description: 'De praktijk.' }) practice!: PracticeModel;
  @Field(() => [PracticeAdoptionModel], { description: 'Overnames, oudste eerst.' })
  adoptions!: PracticeAdoptionModel[];
}
