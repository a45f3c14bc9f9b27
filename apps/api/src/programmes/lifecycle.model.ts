import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import {
  ACKNOWLEDGE_DECISIONS,
  ACTION_STATUSES,
  ACTOR_ROLES,
  DELIVERY_STATUSES,
  ESCALATION_KINDS,
  PARTNER_DOMAINS,
  POLICY_INSTRUMENT_KINDS,
  PROJECT_LEAD_KINDS,
  RECOMMENDATIONS,
  RECOMMITMENT_REASONS,
  RISK_FLAGS,
  SUPPORT_LEVELS,
  THEMES,
  TRAINING_STAGES,
} from '../../../../libs/domain/src';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const PartnerDomainEnum = asEnum(PARTNER_DOMAINS);
registerEnumType(PartnerDomainEnum, {
  name: 'PartnerDomain',
  description:
    'Domein van een partnerorganisatie: CARE (zorg: Veilig Thuis, wijkteams, JGZ, jeugdhulp, GGD, huisartsen), EDUCATION (onderwijs: schoolbesturen, scholen, kinderopvang), JUSTICE (justitie: politie, OM, Raad voor de Kinderbescherming, reclassering, GI), MUNICIPALITY (gemeente), OTHER (overig).',
});
export const ThemeEnum = asEnum(THEMES);
registerEnumType(ThemeEnum, {
  name: 'Theme',
  description:
    "Thema's van de verbeteragenda (R2.2): SIGNALLING (signaleren, ook oudersignalen), EXPERTISE (deskundigheidsbevordering), COLLABORATION (samenwerking, ook de zorg-strafketen), INFORMATION_SHARING (informatie delen, privacy), PREVENTION (preventie, steun aan kwetsbare ouders).",
});
export const ProjectLeadKindEnum = asEnum(PROJECT_LEAD_KINDS);
registerEnumType(ProjectLeadKindEnum, {
  name: 'ProjectLeadKind',
  description:
    'INTERNAL: een ervaren gemeentelijk beleidsambtenaar (voorkeur); EXTERNAL: een externe projectleider (risico bij de borging, R4.3).',
});
export const ActionStatusEnum = asEnum(ACTION_STATUSES);
registerEnumType(ActionStatusEnum, {
  name: 'ActionStatus',
  description: 'Status van een actie (R3.2): PLANNED, IN_PROGRESS, DONE, DROPPED (met reden).',
});
export const SupportLevelEnum = asEnum(SUPPORT_LEVELS);
registerEnumType(SupportLevelEnum, {
  name: 'SupportLevel',
  description:
    'Niveau van de draagvlaktoets (R2.4): PROFESSIONAL (werkvloer) en MANAGEMENT (management/bestuur); beide zijn nodig.',
});
export const RecommendationEnum = asEnum(RECOMMENDATIONS);
registerEnumType(RecommendationEnum, {
  name: 'Recommendation',
  description:
    'Aanbevolen punten (niet blokkerend): ALDERMEN_ALIGNED en MAYOR_CONSULTED (R1.4), VEILIG_THUIS_COMMISSIONING (opdrachtgeversrol naar Veilig Thuis, R1.5).',
});
export const PolicyInstrumentKindEnum = asEnum(POLICY_INSTRUMENT_KINDS);
registerEnumType(PolicyInstrumentKindEnum, {
  name: 'PolicyInstrumentKind',
  description:
    'Bestaand beleidsinstrument voor de borging (R4.1), zoals een regioaanpak, Sociale Ontwikkelagenda, actieplan huiselijk geweld en kindermishandeling of het scholingsprogramma van schoolbesturen. STAND_ALONE_PROJECT wordt geweigerd: borgen gebeurt niet als losstaand project.',
});
export const ActorRoleEnum = asEnum(ACTOR_ROLES);
registerEnumType(ActorRoleEnum, {
  name: 'ActorRole',
  description:
    'Rol waarin iemand een stap zet: projectleider, bestuurlijk trekker (wethouder), programmamanager, kwartiermaker, partnerorganisatie of het systeem.',
});
export const EscalationKindEnum = asEnum(ESCALATION_KINDS);
registerEnumType(EscalationKindEnum, {
  name: 'EscalationKind',
  description:
    'Aanleiding: STALL (geen voortgang), TRAINING_WINDOW_OPEN, TRAINING_NOT_STARTED, SCHOOL_YEAR_MISSED, CALENDAR_NOT_FIXED (schooljaarplanning, R3.1), LEAD_DEPARTED (vertrek externe projectleider, R4.3).',
});
export const DeliveryStatusEnum = asEnum(DELIVERY_STATUSES);
registerEnumType(DeliveryStatusEnum, {
  name: 'DeliveryStatus',
  description:
    'Bezorging via de outbox: PENDING, DELIVERED, FAILING (wordt opnieuw geprobeerd), NO_CHANNEL (geen webhook ingesteld; gaat zodra er een is).',
});
export const AcknowledgeDecisionEnum = asEnum(ACKNOWLEDGE_DECISIONS);
registerEnumType(AcknowledgeDecisionEnum, {
  name: 'AcknowledgeDecision',
  description:
    'Besluit bij een escalatie: EXTEND (verlengen met N weken), PAUSE (programma pauzeren), NOTE (alleen notitie).',
});
export const TrainingStageEnum = asEnum(TRAINING_STAGES);
registerEnumType(TrainingStageEnum, {
  name: 'TrainingStage',
  description:
    'Stand van het scholingstraject (R3.1): WAITING_FOR_WINDOW (wacht op januari), WINDOW_OPEN, BOARD_TALKS (gesprek met schoolbesturen loopt), CALENDAR_FIXED (op de activiteitenkalender).',
});
export const RiskFlagEnum = asEnum(RISK_FLAGS);
registerEnumType(RiskFlagEnum, {
  name: 'RiskFlag',
  description:
    'Risicosignalen: EXTERNAL_LEAD, LEAD_DEPARTED, SCHOOL_YEAR_MISSED, RECOMMITMENT_DUE (R1.6: de (nieuwe) bestuurlijk trekker moet het commitment opnieuw bevestigen).',
});
export const RecommitmentReasonEnum = asEnum(RECOMMITMENT_REASONS);
registerEnumType(RecommitmentReasonEnum, {
  name: 'RecommitmentReason',
  description:
    'Waarom het commitment opnieuw bevestigd moet worden (R1.6): NEW_LEAD (een nieuwe bestuurlijk trekker is aangewezen) of ELECTION (16 weken na de gemeenteraadsverkiezingen geen nieuwe aanwijzing of bevestiging).',
});
export const EscalationStatusEnum = asEnum(['OPEN', 'ACKNOWLEDGED', 'RESOLVED'] as const);
registerEnumType(EscalationStatusEnum, {
  name: 'EscalationStatus',
  description: 'OPEN, ACKNOWLEDGED (afgehandeld met een besluit, nog niet opgelost) of RESOLVED.',
});

@ObjectType('Actor', {
  description: 'Wie een stap zette: de rol, en de persoon uit de ledenlijst (naam via de ledenlijst, P4).',
})
export class ActorModel {
  @Field(() => ActorRoleEnum, { description: 'Rol.' }) role!: string;
  /** Resolved by ActorResolver (members module) from the directory. */
  name?: string;
  @Field(() => ID, { nullable: true, description: 'De persoon (ondoorzichtige sleutel in de ledenlijst).' })
  memberId?: string;
}

@ObjectType('AdministrativeLead', { description: 'De bestuurlijk trekker: een wethouder (R1.1).' })
export class AdministrativeLeadModel {
  /** Resolved by the members module: pseudonymised once the person is erased (P4). */
  name?: string;
  @Field(() => GraphQLDateTime, { description: 'Moment van aanwijzen.' }) designatedAt!: string;
}

@ObjectType('Partner', { description: 'Een partnerorganisatie die zich heeft gecommitteerd (R1.2).' })
export class PartnerModel {
  @Field({ description: 'Naam van de organisatie.' }) organisation!: string;
  @Field(() => PartnerDomainEnum, { description: 'Domein waar het vandaan komt (zorg, onderwijs, justitie, …).' })
  domain!: string;
  @Field(() => GraphQLDateTime, { description: 'Moment van committeren.' }) committedAt!: string;
}

@ObjectType('ProjectLead', { description: 'Projectleider of projectregisseur (R1.3).' })
export class ProjectLeadModel {
  @Field(() => ProjectLeadKindEnum, { description: 'Soort.' }) kind!: string;
  /** Resolved by the members module: pseudonymised once the person is erased (P4). */
  name?: string;
  @Field(() => GraphQLDateTime, { description: 'Moment van aanstellen.' }) appointedAt!: string;
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Moment van vertrek, als de projectleider vertrokken is.',
  })
  departedAt?: string;
}

@ObjectType('RecommendationItem', { description: 'Een aanbevolen punt (R1.4/R1.5) en wanneer het is opgevolgd.' })
export class RecommendationItemModel {
  @Field(() => RecommendationEnum, { description: 'Het aanbevolen punt.' }) item!: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Leeg zolang het punt openstaat.' }) doneAt?: string;
}

@ObjectType('Recommitment', {
  description:
    'R1.6: het commitment moet opnieuw worden bevestigd door de (nieuwe) bestuurlijk trekker, binnen 12 weken.',
})
export class RecommitmentModel {
  @Field(() => RecommitmentReasonEnum, { description: 'Waarom.' }) reason!: string;
  @Field(() => GraphQLDateTime, { description: 'Begin van de 12 weken (aanwijzing, of verkiezingsdag + 16 weken).' })
  since!: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'ELECTION: de dag van de gemeenteraadsverkiezingen.' })
  electionDay?: string;
  @Field(() => GraphQLDateTime, {
    description: 'Uiterlijk dan (12 weken, plus verlengingen, zonder gepauzeerde tijd); daarna de escalatieladder.',
  })
  dueAt!: string;
}

@ObjectType('Commitment', { description: 'Fase 1: bestuurlijk draagvlak en inrichting.' })
export class CommitmentModel {
  @Field(() => AdministrativeLeadModel, { nullable: true, description: 'De bestuurlijk trekker (R1.1).' })
  administrativeLead?: AdministrativeLeadModel;
  @Field(() => [PartnerModel], { description: 'Gecommitteerde partnerorganisaties (R1.2).' }) partners!: PartnerModel[];
  @Field(() => ProjectLeadModel, { nullable: true, description: 'De zittende projectleider.' })
  projectLead?: ProjectLeadModel;
  @Field(() => [ProjectLeadModel], { description: 'Vertrokken projectleiders.' }) pastProjectLeads!: ProjectLeadModel[];
  @Field(() => [RecommendationItemModel], { description: 'Aanbevolen punten (R1.4, R1.5) en of ze zijn opgevolgd.' })
  recommendations!: RecommendationItemModel[];
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Moment waarop de bestuurlijk trekker het commitment bevestigde.',
  })
  confirmedAt?: string;
  @Field(() => RecommitmentModel, {
    nullable: true,
    description: 'R1.6: open zolang de (nieuwe) bestuurlijk trekker het commitment niet opnieuw bevestigde.',
  })
  recommitment?: RecommitmentModel;
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'R1.6: moment van de laatste hernieuwde bevestiging door de bestuurlijk trekker.',
  })
  reconfirmedAt?: string;
}

@ObjectType('Bottleneck', { description: 'Een knelpunt, opgehaald bij professionals (R2.1).' })
export class BottleneckModel {
  @Field(() => ID, { description: 'Vaste sleutel binnen het programma.' }) id!: string;
  @Field({ description: 'Omschrijving van het knelpunt.' }) description!: string;
  @Field(() => PartnerDomainEnum, { description: 'Domein waar het vandaan komt (zorg, onderwijs, justitie, …).' })
  domain!: string;
  @Field(() => GraphQLDateTime, { description: 'Moment van vastleggen.' }) recordedAt!: string;
}

@ObjectType('InstrumentPeriod', {
  description: 'R4.5: looptijd van een beleidsinstrument in jaren, bijvoorbeeld 2015–2020.',
})
export class InstrumentPeriodModel {
  @Field(() => Int, { description: 'Eerste jaar.' }) from!: number;
  @Field(() => Int, { nullable: true, description: 'Laatste jaar (leeg: zonder einddatum).' }) to?: number;
}

export const InstrumentEndReasonEnum = asEnum(['PERIOD', 'CHECK_IN'] as const);
registerEnumType(InstrumentEndReasonEnum, {
  name: 'InstrumentEndReason',
  description:
    'R4.5: waarom een instrument niet meer geldt: PERIOD (de looptijd is verstreken), CHECK_IN (de check-in meldt het).',
});

@ObjectType('InstrumentEnded', {
  description: 'R4.5: het instrument geldt niet meer; een opvolger moet worden vastgelegd.',
})
export class InstrumentEndedModel {
  @Field(() => GraphQLDateTime, {
    description: 'Sinds wanneer (bij een verstreken looptijd: 1 januari na het laatste jaar).',
  })
  at!: string;
  @Field(() => InstrumentEndReasonEnum, { description: 'Waarom.' }) by!: string;
}

@ObjectType('PastInstrument', { description: 'R4.5: een eerder instrument van de borging, opgevolgd.' })
export class PastInstrumentModel {
  @Field(() => PolicyInstrumentKindEnum, { description: 'Soort beleidsinstrument.' }) instrument!: string;
  @Field({ description: 'Naam.' }) instrumentName!: string;
  @Field(() => InstrumentPeriodModel, { nullable: true, description: 'Looptijd.' }) period?: InstrumentPeriodModel;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Sinds wanneer het niet meer gold.' }) endedAt?: string;
  @Field(() => GraphQLDateTime, { description: 'Moment waarop de opvolger is vastgelegd.' }) succeededAt!: string;
}

@ObjectType('Embedding', { description: 'Borging van een actie in bestaand beleid (R4.1, R4.2).' })
export class EmbeddingModel {
  @Field(() => PolicyInstrumentKindEnum, { description: 'Soort bestaand beleidsinstrument.' }) instrument!: string;
  @Field({ description: 'Naam van het beleidsinstrument, bijvoorbeeld Regioaanpak 2025–2030.' })
  instrumentName!: string;
  @Field({ description: 'De organisatie die de actie overneemt.' }) takenOverBy!: string;
  @Field({ description: 'De verantwoordelijke rol bij die organisatie.' }) responsibleRole!: string;
  @Field(() => GraphQLDateTime, { description: 'Moment van vastleggen.' }) recordedAt!: string;
  @Field(() => InstrumentPeriodModel, {
    nullable: true,
    description: 'R4.5: looptijd van het instrument, als het die heeft.',
  })
  period?: InstrumentPeriodModel;
  @Field(() => InstrumentEndedModel, {
    nullable: true,
    description: 'R4.5: gezet als het instrument niet meer geldt en nog geen opvolger heeft (verlopen).',
  })
  ended?: InstrumentEndedModel;
  @Field(() => [Int], {
    nullable: true,
    description: 'R4.5: jaren waarin een check-in bevestigde dat het instrument nog geldt (leeg: nog geen).',
  })
  confirmedInForce?: number[];
  @Field(() => [PastInstrumentModel], { nullable: true, description: 'R4.5: eerdere instrumenten, oudste eerst.' })
  pastInstruments?: PastInstrumentModel[];
}

@ObjectType('MemberEmbedding', {
  description:
    'C3: de borging van een gedeelde actie door een deelnemende gemeente van het collectief, in eigen beleid of een regionaal instrument.',
})
export class MemberEmbeddingModel extends EmbeddingModel {
  @Field({ description: 'CBS-code van de deelnemende gemeente die borgt.' }) municipalityCode!: string;
}

@ObjectType('Action', { description: 'Een actie van de verbeteragenda, met een trekkende organisatie (R2.3).' })
export class ActionModel {
  @Field(() => ID, { description: 'Vaste sleutel binnen het programma.' }) id!: string;
  @Field({ description: 'Titel.' }) title!: string;
  @Field(() => ThemeEnum, { description: 'Thema van de verbeteragenda.' }) theme!: string;
  @Field({ description: 'Trekkende organisatie (eigenaar).' }) ownerOrganisation!: string;
  @Field({ description: 'Gericht op scholen: maakt een scholingstraject nodig (R3.1).' }) aimedAtSchools!: boolean;
  @Field({ nullable: true, description: 'Overgenomen praktijk uit de praktijkbibliotheek.' }) practiceId?: string;
  @Field(() => ActionStatusEnum, { description: 'Status.' }) status!: string;
  @Field({ nullable: true, description: 'Reden waarom de actie is gestopt.' }) droppedReason?: string;
  @Field(() => GraphQLDateTime, { description: 'Moment van toevoegen.' }) addedAt!: string;
  @Field({ description: 'Tijdens de uitvoering toegevoegd: haalt eerst de draagvlaktoets (R3.2).' })
  addedDuringExecution!: boolean;
  @Field(() => EmbeddingModel, { nullable: true, description: 'Borging in bestaand beleid (R4.1), als die er is.' })
  embedding?: EmbeddingModel;
  @Field(() => [MemberEmbeddingModel], {
    nullable: true,
    description:
      'C3: de borging door elke deelnemende gemeente van een collectief (die van de penvoerder is embedding).',
  })
  memberEmbeddings?: MemberEmbeddingModel[];
}

@ObjectType('SupportConfirmation', {
  description: 'Bevestiging van draagvlak door een organisatie op één niveau (R2.4).',
})
export class SupportConfirmationModel {
  @Field({ description: 'Naam van de organisatie.' }) organisation!: string;
  @Field(() => SupportLevelEnum, { description: 'Niveau.' }) level!: string;
  @Field(() => GraphQLDateTime, { description: 'Moment.' }) at!: string;
  @Field(() => ActorModel, { description: 'Wie.' }) by!: ActorModel;
}

@ObjectType('Agenda', { description: 'Fase 2: de verbeteragenda, van onderop opgesteld.' })
export class AgendaModel {
  @Field(() => [BottleneckModel], { description: 'Knelpunten van professionals (R2.1).' })
  bottlenecks!: BottleneckModel[];
  @Field(() => [ThemeEnum], { description: "Gekozen thema's (1 tot 3, R2.2)." }) themes!: string[];
  @Field(() => [ActionModel], { description: 'Acties (R2.3), met status en borging.' }) actions!: ActionModel[];
  @Field(() => [SupportConfirmationModel], { description: 'Bevestigingen van draagvlak (R2.4).' })
  support!: SupportConfirmationModel[];
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Bestuurlijk vastgesteld (R2.5).' }) adoptedAt?: string;
}

@ObjectType('TrainingDeadlines', { description: 'De vaste data van het doelschooljaar (R3.1), Nederlandse tijd.' })
export class TrainingDeadlinesModel {
  @Field(() => GraphQLDateTime, { description: '1 januari: het gesprek met de schoolbesturen kan beginnen.' })
  windowOpensAt!: string;
  @Field(() => GraphQLDateTime, { description: '1 februari: nog niet gestart → herinnering (niveau 1).' })
  notStartedEscalationAt!: string;
  @Field(() => GraphQLDateTime, { description: 'Eind februari: niet gestart → schooljaar gemist (niveau 2).' })
  schoolYearMissedAt!: string;
  @Field(() => GraphQLDateTime, {
    description: 'Na de uiterste datum (standaard 31 mei): niet op de kalender → gemist (niveau 3).',
  })
  calendarCutoffAt!: string;
}

@ObjectType('SchoolYear', { description: 'Schooljaar van de vakantieregio van de gemeente.' })
export class SchoolYearModel {
  @Field(() => GraphQLLocalDate, { description: 'Eerste schooldag.' }) firstDay!: string;
  @Field(() => GraphQLLocalDate, { description: 'Laatste schooldag.' }) lastDay!: string;
  @Field({ description: 'Voorlopig: de zomervakantie is nog niet gepubliceerd en geschat.' }) provisional!: boolean;
}

@ObjectType('TrainingSessionDelivery', {
  description: 'Een gegeven bijeenkomst: bereikte scholen en getrainde medewerkers.',
})
export class TrainingSessionDeliveryModel {
  @Field(() => GraphQLDateTime, { description: 'Moment.' }) at!: string;
  @Field(() => Int, { description: 'Aantal bereikte scholen.' }) schoolsReached!: number;
  @Field(() => Int, { description: 'Aantal getrainde medewerkers.' }) staffTrained!: number;
}

@ObjectType('TrainingSession', { description: 'Een scholingsbijeenkomst binnen het schooljaar.' })
export class TrainingSessionModel {
  @Field(() => ID, { description: 'Vaste sleutel binnen het programma.' }) id!: string;
  @Field(() => GraphQLLocalDate, { description: 'Datum (JJJJ-MM-DD).' }) date!: string;
  @Field({ description: 'Titel.' }) title!: string;
  @Field(() => GraphQLDateTime, { description: 'Moment van plannen.' }) plannedAt!: string;
  @Field(() => TrainingSessionDeliveryModel, { nullable: true, description: 'Gegeven: bereik van de bijeenkomst.' })
  delivered?: TrainingSessionDeliveryModel;
}

@ObjectType('TrainingTrack', { description: 'Scholingstraject op de schooljaarkalender (R3.1).' })
export class TrainingTrackModel {
  @Field(() => GraphQLDateTime, { description: 'Moment waarop het scholingstraject nodig werd.' }) dueAt!: string;
  @Field(() => Int, { description: 'Jaar Y van het doelschooljaar Y/Y+1.' }) targetYear!: number;
  @Field(() => TrainingStageEnum, { description: 'Stand van het traject.' }) stage!: string;
  @Field(() => TrainingDeadlinesModel, { nullable: true, description: 'Vaste data van het doelschooljaar.' })
  deadlines?: TrainingDeadlinesModel;
  @Field(() => SchoolYearModel, { nullable: true, description: 'Schooljaar van de vakantieregio van de gemeente.' })
  schoolYear?: SchoolYearModel;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Start van het gesprek met de schoolbesturen.' })
  boardTalksStartedAt?: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Start van het gesprek met de scholen.' })
  schoolTalksStartedAt?: string;
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Moment waarop de scholing op de activiteitenkalender kwam.',
  })
  calendarFixedAt?: string;
  @Field(() => [Int], { description: 'Gemiste schooljaren (Y).' }) missedYears!: number[];
  @Field(() => [TrainingSessionModel], { description: 'Geplande en gegeven scholingsbijeenkomsten.' })
  sessions!: TrainingSessionModel[];
}

@ObjectType('EmbeddingOwner', { description: 'Interne eigenaar van de borging (R4.3).' })
export class EmbeddingOwnerModel {
  @Field({ description: 'Rol.' }) role!: string;
  /** Resolved by the members module: pseudonymised once the person is erased (P4). */
  name?: string;
  @Field(() => GraphQLDateTime, { description: 'Moment van benoemen.' }) namedAt!: string;
}

@ObjectType('EscalationDelivery', { description: 'Bezorging van een escalatie via de outbox.' })
export class EscalationDeliveryModel {
  @Field(() => DeliveryStatusEnum, { description: 'Status.' }) status!: string;
  @Field(() => Int, { description: 'Aantal bezorgpogingen.' }) attempts!: number;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Laatste bezorgpoging.' }) lastAttemptAt?: string;
  @Field({ nullable: true, description: 'Fout van de laatste mislukte poging.' }) lastError?: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Moment van bezorging.' }) deliveredAt?: string;
}

@ObjectType('EscalationAcknowledgement', {
  description: 'Een besluit van een wethouder of kwartiermaker bij een escalatie.',
})
export class EscalationAcknowledgementModel {
  @Field(() => GraphQLDateTime, { description: 'Moment.' }) at!: string;
  @Field(() => ActorModel, { description: 'Wie.' }) by!: ActorModel;
  @Field(() => AcknowledgeDecisionEnum, { description: 'Het besluit.' }) decision!: string;
  @Field(() => Int, { nullable: true, description: 'Bij verlengen: aantal weken.' }) weeks?: number;
  @Field({ nullable: true, description: 'Toelichting.' }) note?: string;
}

@ObjectType('Escalation', {
  description: 'Een herinnering of escalatie: niveau 1 projectleider, 2 wethouder, 3 kwartiermakers.',
})
export class EscalationModel {
  @Field(() => ID, { description: 'Vaste sleutel; ook de Idempotency-Key van de webhook.' }) id!: string;
  @Field(() => Int, { description: 'Niveau.' }) level!: number;
  @Field({ description: 'REMINDER, ADMINISTRATIVE of NATIONAL.' }) levelName!: string;
  @Field(() => ActorRoleEnum, { description: 'Ontvanger: projectleider (1), wethouder (2) of kwartiermakers (3).' })
  recipient!: string;
  @Field(() => EscalationKindEnum, { description: 'Soort.' }) kind!: string;
  @Field({ description: 'De stap: een fase, ACTION:<id> of TRAINING.' }) step!: string;
  @Field({ nullable: true, description: 'Regel uit het domein, bijvoorbeeld R3.1.' }) ruleId?: string;
  @Field({ description: 'Uitleg voor de ontvanger.' }) message!: string;
  @Field(() => GraphQLDateTime, { description: 'Het moment waarop de termijn verstreek.' }) dueAt!: string;
  @Field(() => GraphQLDateTime, { description: 'Moment waarop de escalatie ontstond.' }) raisedAt!: string;
  @Field(() => EscalationStatusEnum, { description: 'Status.' }) status!: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Moment van oplossen.' }) resolvedAt?: string;
  @Field({ nullable: true, description: 'Hoe de escalatie is opgelost.' }) resolution?: string;
  @Field(() => [EscalationAcknowledgementModel], { description: 'Besluiten bij deze escalatie.' })
  acknowledgements!: EscalationAcknowledgementModel[];
  @Field(() => EscalationDeliveryModel, { description: 'Bezorging via de outbox.' }) delivery!: EscalationDeliveryModel;
}

@ObjectType('ChecklistItem', {
  description: 'Wat de fase nog vraagt, met de tip uit de ervaringen van de Collectieven.',
})
export class ChecklistItemModel {
  @Field({ description: 'Regel uit het domein, bijvoorbeeld R1.2.' }) ruleId!: string;
  @Field({ description: 'Wat er moet gebeuren.' }) label!: string;
  @Field({ description: 'Of het is gedaan.' }) done!: boolean;
  @Field({ description: 'Blokkerend: nodig om de fase af te ronden. Aanbevolen punten (R1.4, R1.5) blokkeren niet.' })
  blocking!: boolean;
  @Field({ nullable: true, description: 'Wat nog ontbreekt.' }) missing?: string;
  @Field({ nullable: true, description: 'Tip uit de ervaringen van de Collectieven.' }) tip?: string;
  @Field({
    nullable: true,
    description: 'C2/C3: de deelnemende gemeente (CBS-code) waar deze regel van een collectief over gaat.',
  })
  municipalityCode?: string;
}

@ObjectType('TimelineEntry', { description: 'Auditspoor: wie deed wat, wanneer.' })
export class TimelineEntryModel {
  @Field(() => GraphQLDateTime, { description: 'Moment.' }) at!: string;
  @Field(() => ActorModel, { description: 'Wie.' }) by!: ActorModel;
  @Field({ description: 'De stap of gebeurtenis.' }) event!: string;
  @Field({ description: 'Samenvatting.' }) summary!: string;
}

@ObjectType('IndicatorReport', {
  description: 'Eigen indicatoren per kwartaal (YYYY-Qn) of jaarlijkse check-in (YYYY).',
})
export class IndicatorReportModel {
  @Field({ description: 'Periode: YYYY-Qn (kwartaal) of YYYY (jaarlijkse check-in).' }) period!: string;
  @Field(() => Int, { nullable: true, description: 'Hermeldingen bij Veilig Thuis.' }) repeatReports?: number;
  @Field(() => Int, { nullable: true, description: 'Aantal getrainde professionals.' }) professionalsTrained?: number;
  @Field(() => Int, { nullable: true, description: 'Aantal bereikte scholen.' }) schoolsReached?: number;
  @Field({ nullable: true, description: 'Toelichting.' }) note?: string;
  @Field(() => GraphQLDateTime, { description: 'Moment.' }) at!: string;
}

@ObjectType('StallThresholds', { description: 'Drempels in weken zonder voortgang per stap.' })
export class StallThresholdsModel {
  @Field(() => Int, { description: 'Fase Commitment.' }) COMMITMENT!: number;
  @Field(() => Int, { description: 'Fase Verbeteragenda.' }) AGENDA!: number;
  @Field(() => Int, { description: 'Per actie.' }) EXECUTION!: number;
  @Field(() => Int, { description: 'Fase Borging.' }) EMBEDDING!: number;
  @Field(() => Int, { description: 'Tussen jaarlijkse check-ins.' }) CONTINUATION!: number;
}

@ObjectType('ProgrammeSettings', { description: 'Beleid van dit programma (overschrijfbaar).' })
export class ProgrammeSettingsModel {
  @Field(() => StallThresholdsModel, { description: 'Drempels per stap.' }) stallThresholdWeeks!: StallThresholdsModel;
  @Field(() => Int, { description: 'Weken tussen escalatieniveaus.' }) escalationIntervalWeeks!: number;
  @Field({ description: 'MM-DD: uiterste datum voor de activiteitenkalender van schoolbesturen.' })
  calendarCutoff!: string;
  @Field({
    description: 'Of dit programma een eigen webhook voor escalaties heeft (het adres zelf wordt niet getoond).',
  })
  hasOwnWebhook!: boolean;
}

@ObjectType('Pause', { description: 'Waarom en sinds wanneer het programma gepauzeerd is.' })
export class PauseModel {
  @Field(() => GraphQLDateTime, { description: 'Sinds wanneer.' }) since!: string;
  @Field({ description: 'Reden.' }) reason!: string;
  @Field(() => ActorModel, { description: 'Wie.' }) by!: ActorModel;
}

export const MentorKindEnum = asEnum(['PIONEER', 'PROGRAMME'] as const);
registerEnumType(MentorKindEnum, {
  name: 'MentorKind',
  description:
    'PIONEER: een van de zes Collectieven (2015–2016); PROGRAMME: een gemeente waarvan het programma de borging heeft afgerond.',
});

@ObjectType('MentorPairing', { description: 'De mentor van dit programma, gekoppeld door een kwartiermaker.' })
export class MentorPairingModel {
  @Field(() => MentorKindEnum, { description: 'Pioniersgemeente of programma.' }) kind!: string;
  @Field({ description: 'CBS-gemeentecode van de mentor.' }) municipalityCode!: string;
  @Field(() => ID, { nullable: true, description: 'Het programma van de mentor (bij PROGRAMME).' })
  programmeId?: string;
  @Field({ description: 'Naam: het Collectief of de gemeente.' }) name!: string;
  @Field({ nullable: true, description: 'Toelichting.' }) note?: string;
  @Field(() => GraphQLDateTime, { description: 'Moment van koppelen.' }) pairedAt!: string;
  @Field(() => ActorModel, { description: 'Wie koppelde.' }) by!: ActorModel;
}
