/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Besluit bij een escalatie: EXTEND (verlengen met N weken), PAUSE (programma pauzeren), NOTE (alleen notitie). */
export type AcknowledgeDecision =
  | 'EXTEND'
  | 'NOTE'
  | 'PAUSE';

/** Een escalatie afhandelen met een besluit (wethouder of kwartiermaker). */
export type AcknowledgeEscalationInput = {
  /** Het besluit. */
  decision: AcknowledgeDecision;
  /** De escalatie (id uit escalations). */
  escalationId: string | number;
  /** Toelichting. */
  note?: string | null | undefined;
  /** Bij EXTEND: aantal weken (1–52). */
  weeks?: number | null | undefined;
};

/** Status van een actie (R3.2): PLANNED, IN_PROGRESS, DONE, DROPPED (met reden). */
export type ActionStatus =
  | 'DONE'
  | 'DROPPED'
  | 'IN_PROGRESS'
  | 'PLANNED';

/** Rol waarin iemand een stap zet: projectleider, bestuurlijk trekker (wethouder), programmamanager, kwartiermaker, partnerorganisatie of het systeem. */
export type ActorRole =
  | 'ADMINISTRATIVE_LEAD'
  | 'KWARTIERMAKER'
  | 'PARTNER'
  | 'PROGRAMME_MANAGER'
  | 'PROJECT_LEAD'
  | 'SYSTEM';

/** Een actie toevoegen aan een gekozen thema, met een trekkende organisatie (R2.3). */
export type AddActionInput = {
  /** Gericht op scholen: maakt een scholingstraject nodig (R3.1). */
  aimedAtSchools?: boolean | null | undefined;
  /** Trekkende organisatie (eigenaar). */
  ownerOrganisation: string;
  /** Overgenomen praktijk uit de praktijkbibliotheek. */
  practiceId?: string | null | undefined;
  /** Thema. */
  theme: Theme;
  /** Titel. */
  title: string;
};

/** Projectleider aanstellen (R1.3). */
export type AppointProjectLeadInput = {
  /** INTERNAL of EXTERNAL. */
  kind: ProjectLeadKind;
  /** Naam (optioneel; een rol volstaat). */
  name?: string | null | undefined;
};

/** Beleid van dit programma wijzigen. */
export type ChangeSettingsInput = {
  /** MM-DD, tussen 03-01 en 06-30. */
  calendarCutoff?: string | null | undefined;
  /** Weken tussen escalatieniveaus. */
  escalationIntervalWeeks?: number | null | undefined;
  /** Drempels in weken per stap. */
  stallThresholdWeeks?: StallThresholdsInput | null | undefined;
  /** Eigen webhook voor escalaties (http/https); lege tekst verwijdert hem. */
  webhookUrl?: string | null | undefined;
};

/** Afsluiten van het programma. */
export type CloseProgrammeInput = {
  /** Toelichting. */
  note?: string | null | undefined;
};

/** Een partnerorganisatie committeert zich (R1.2). */
export type CommitPartnerInput = {
  /** Domein (zorg, onderwijs, justitie, gemeente, overig). */
  domain: PartnerDomain;
  /** Naam van de organisatie. */
  organisation: string;
};

/** Een organisatie bevestigt het draagvlak op één niveau (R2.4). */
export type ConfirmSupportInput = {
  /** PROFESSIONAL of MANAGEMENT. */
  level: SupportLevel;
  /** Naam van de organisatie. */
  organisation: string;
};

/** Een fase die als afgerond kan worden opgegeven: COMMITMENT, AGENDA, EXECUTION of EMBEDDING (de continuering eindigt pas bij het afsluiten). */
export type DeclarablePhase =
  | 'AGENDA'
  | 'COMMITMENT'
  | 'EMBEDDING'
  | 'EXECUTION';

/** Bezorging via de outbox: PENDING, DELIVERED, FAILING (wordt opnieuw geprobeerd), NO_CHANNEL (geen webhook ingesteld; gaat zodra er een is). */
export type DeliveryStatus =
  | 'DELIVERED'
  | 'FAILING'
  | 'NO_CHANNEL'
  | 'PENDING';

/** Wethouder aanwijzen als bestuurlijk trekker (R1.1). */
export type DesignateAdministrativeLeadInput = {
  /** Naam (optioneel; een rol volstaat). */
  name?: string | null | undefined;
};

/** R4.5: per borging in de check-in: geldt het instrument nog, of wat volgt het op. */
export type EmbeddingCheckInput = {
  /** De geborgde actie. */
  actionId: string | number;
  /** Het instrument geldt nog. */
  inForce: boolean;
  /** Het opvolgende instrument, als dat er is. */
  successor?: SuccessorInstrumentInput | null | undefined;
};

/** Aanleiding: STALL (geen voortgang), TRAINING_WINDOW_OPEN, TRAINING_NOT_STARTED, SCHOOL_YEAR_MISSED, CALENDAR_NOT_FIXED (schooljaarplanning, R3.1), LEAD_DEPARTED (vertrek externe projectleider, R4.3). */
export type EscalationKind =
  | 'CALENDAR_NOT_FIXED'
  | 'LEAD_DEPARTED'
  | 'SCHOOL_YEAR_MISSED'
  | 'STALL'
  | 'TRAINING_NOT_STARTED'
  | 'TRAINING_WINDOW_OPEN';

/** OPEN, ACKNOWLEDGED (afgehandeld met een besluit, nog niet opgelost) of RESOLVED. */
export type EscalationStatus =
  | 'ACKNOWLEDGED'
  | 'OPEN'
  | 'RESOLVED';

/** R4.5: waarom een instrument niet meer geldt: PERIOD (de looptijd is verstreken), CHECK_IN (de check-in meldt het). */
export type InstrumentEndReason =
  | 'CHECK_IN'
  | 'PERIOD';

/** R4.5: looptijd van een beleidsinstrument in jaren, bijvoorbeeld 2015–2020. */
export type InstrumentPeriodInput = {
  /** Eerste jaar. */
  from: number;
  /** Laatste jaar (leeg: zonder einddatum). */
  to?: number | null | undefined;
};

/** Iemand uitnodigen voor een rol in het programma (P2). */
export type InviteMemberInput = {
  /** E-mailadres; de uitnodiging gaat hierheen. */
  email: string;
  /** Taal van de uitnodiging en latere berichten (standaard nl). */
  language?: Language | null | undefined;
  /** C2: alleen bij ADMINISTRATIVE_LEAD in een collectief: de CBS-code van de deelnemende gemeente waarvan dit de eigen wethouder is (die bevestigt het commitment voor die gemeente). Leeg: de wethouder van de penvoerder. */
  municipalityCode?: string | null | undefined;
  /** Naam. */
  name: string;
  /** Organisatie. */
  organisation?: string | null | undefined;
  /** Domein (verplicht bij PARTNER_CONTACT). */
  partnerDomain?: PartnerDomain | null | undefined;
  /** Niveau (verplicht bij PARTNER_CONTACT). */
  partnerLevel?: SupportLevel | null | undefined;
  /** Partnerorganisatie (verplicht bij PARTNER_CONTACT). */
  partnerOrganisation?: string | null | undefined;
  /** Rol in dit programma. */
  role: MemberRole;
};

/** Taal van berichten: nl (standaard) of en. */
export type Language =
  | 'en'
  | 'nl';

/** Rol van een persoon in één programma (P1): PROJECT_LEAD (projectleider), ADMINISTRATIVE_LEAD (bestuurlijk trekker, de wethouder), PARTNER_CONTACT (contactpersoon van één partnerorganisatie, op uitvoerend of managementniveau), PROGRAMME_MANAGER (programmamanager), OBSERVER (meelezer, zet geen stappen). */
export type MemberRole =
  | 'ADMINISTRATIVE_LEAD'
  | 'OBSERVER'
  | 'PARTNER_CONTACT'
  | 'PROGRAMME_MANAGER'
  | 'PROJECT_LEAD';

/** PIONEER: een van de zes Collectieven (2015–2016); PROGRAMME: een gemeente waarvan het programma de borging heeft afgerond. */
export type MentorKind =
  | 'PIONEER'
  | 'PROGRAMME';

/** De mentor: een pioniersgemeente, of een gemeente waarvan het programma de borging afrondde. */
export type MentorPairingInput = {
  /** CBS-gemeentecode van de mentor, bijvoorbeeld GM0917 (Heerlen). */
  mentorMunicipalityCode: string;
  /** Het programma van de mentor; standaard het nieuwste van die gemeente als het de borging afrondde. */
  mentorProgrammeId?: string | number | null | undefined;
  /** Toelichting, bijvoorbeeld waarom deze mentor. */
  note?: string | null | undefined;
};

/** Interne eigenaar van de borging benoemen (R4.3). */
export type NameEmbeddingOwnerInput = {
  /** Naam (optioneel; een rol volstaat). */
  name?: string | null | undefined;
  /** Rol, bijvoorbeeld beleidsambtenaar jeugd. */
  role: string;
};

/** Domein van een partnerorganisatie: CARE (zorg: Veilig Thuis, wijkteams, JGZ, jeugdhulp, GGD, huisartsen), EDUCATION (onderwijs: schoolbesturen, scholen, kinderopvang), JUSTICE (justitie: politie, OM, Raad voor de Kinderbescherming, reclassering, GI), MUNICIPALITY (gemeente), OTHER (overig). */
export type PartnerDomain =
  | 'CARE'
  | 'EDUCATION'
  | 'JUSTICE'
  | 'MUNICIPALITY'
  | 'OTHER';

/** Een fase die al vóór de registratie in Olievlek was afgerond, en de dag waarop zij eindigde (en de volgende begon). */
export type PastPhaseInput = {
  /** De dag waarop de fase eindigde (JJJJ-MM-DD, Europe/Amsterdam). */
  endedOn: string;
  /** De fase. */
  phase: DeclarablePhase;
};

/** Een scholingsbijeenkomst plannen binnen het schooljaar van de regio (R3.1). */
export type PlanTrainingSessionInput = {
  /** Datum (JJJJ-MM-DD), een schooldag van de regio (R3.3). */
  date: string;
  /** Titel. */
  title: string;
};

/** Bestaand beleidsinstrument voor de borging (R4.1), zoals een regioaanpak, Sociale Ontwikkelagenda, actieplan huiselijk geweld en kindermishandeling of het scholingsprogramma van schoolbesturen. STAND_ALONE_PROJECT wordt geweigerd: borgen gebeurt niet als losstaand project. */
export type PolicyInstrumentKind =
  | 'DOMESTIC_VIOLENCE_ACTION_PLAN'
  | 'OTHER_EXISTING_POLICY'
  | 'REGIONAL_APPROACH_PLAN'
  | 'SCHOOL_BOARD_TRAINING_PROGRAMME'
  | 'SOCIAL_DEVELOPMENT_AGENDA'
  | 'STAND_ALONE_PROJECT';

/** Filters voor de programmalijst; alle opgegeven filters gelden samen. */
export type ProgrammeFilterInput = {
  /** Alleen het laatste programma van elke gemeente (het hoogste volgnummer), zoals de landelijke kaart het toont. */
  latestPerMunicipality?: boolean | null | undefined;
  /** Alleen programma’s met een open escalatie van minstens dit niveau (1–3). */
  minOpenEscalationLevel?: number | null | undefined;
  /** Alleen deze gemeente. */
  municipalityCode?: string | null | undefined;
  /** Alleen programma’s waarin u zelf deze rol heeft (P1), bijvoorbeeld PROGRAMME_MANAGER: uw portefeuille. Bij PROGRAMME_MANAGER tellen ook de programma’s die uw inlog als programmamanager noemt. */
  myRole?: MemberRole | null | undefined;
  /** Alleen deze fasen. */
  phases?: Array<ProgrammePhase> | null | undefined;
  /** Provincie (CBS-naam, bijv. Fryslân). */
  province?: string | null | undefined;
  /** Alleen programma’s met dit risicosignaal. */
  riskFlag?: RiskFlag | null | undefined;
  /** Alleen deze schoolvakantieregio. */
  schoolHolidayRegion?: SchoolHolidayRegion | null | undefined;
  /** Alleen deze statussen. */
  statuses?: Array<ProgrammeStatus> | null | undefined;
  /** Veilig Thuis-regio (CBS-naam). */
  veiligThuisRegion?: string | null | undefined;
};

/** Sortering van de programmalijst. */
export type ProgrammeOrderInput = {
  /** Richting. */
  direction?: SortDirection;
  /** Sorteerveld. */
  field: ProgrammeSortField;
};

/** Fase van het programma: COMMITMENT (bestuurlijk draagvlak, inrichten), AGENDA (verbeteragenda van onderop), EXECUTION (uitvoering), EMBEDDING (borging in bestaand beleid), CONTINUATION (voortzetting), CLOSED (afgesloten). */
export type ProgrammePhase =
  | 'AGENDA'
  | 'CLOSED'
  | 'COMMITMENT'
  | 'CONTINUATION'
  | 'EMBEDDING'
  | 'EXECUTION';

/** Sorteren op startmoment, laatste wijziging, hoogste open escalatie of gemeentenaam. */
export type ProgrammeSortField =
  | 'MUNICIPALITY_NAME'
  | 'OPEN_ESCALATION_LEVEL'
  | 'STARTED_AT'
  | 'UPDATED_AT';

/** Of het programma loopt (ACTIVE), gepauzeerd is (PAUSED), is afgesloten (CLOSED) of is afgebroken (ABORTED). */
export type ProgrammeStatus =
  | 'ABORTED'
  | 'ACTIVE'
  | 'CLOSED'
  | 'PAUSED';

/** INTERNAL: een ervaren gemeentelijk beleidsambtenaar (voorkeur); EXTERNAL: een externe projectleider (risico bij de borging, R4.3). */
export type ProjectLeadKind =
  | 'EXTERNAL'
  | 'INTERNAL';

/** Een reden (pauzeren, afbreken, afsluiten). */
export type ReasonInput = {
  /** Reden. */
  reason: string;
};

/** Aanbevolen punten (niet blokkerend): ALDERMEN_ALIGNED en MAYOR_CONSULTED (R1.4), VEILIG_THUIS_COMMISSIONING (opdrachtgeversrol naar Veilig Thuis, R1.5). */
export type Recommendation =
  | 'ALDERMEN_ALIGNED'
  | 'MAYOR_CONSULTED'
  | 'VEILIG_THUIS_COMMISSIONING';

/** Waarom het commitment opnieuw bevestigd moet worden (R1.6): NEW_LEAD (een nieuwe bestuurlijk trekker is aangewezen) of ELECTION (16 weken na de gemeenteraadsverkiezingen geen nieuwe aanwijzing of bevestiging). */
export type RecommitmentReason =
  | 'ELECTION'
  | 'NEW_LEAD';

/** Een knelpunt van professionals vastleggen, met het domein waar het vandaan komt (R2.1). */
export type RecordBottleneckInput = {
  /** Omschrijving van het knelpunt. */
  description: string;
  /** Domein (zorg, onderwijs, justitie, gemeente, overig). */
  domain: PartnerDomain;
};

/** Jaarlijkse check-in in de fase Continuering, met indicatoren. */
export type RecordCheckInInput = {
  /** R4.5: per borging of het instrument nog geldt (of het opvolgende instrument). */
  embeddings?: Array<EmbeddingCheckInput> | null | undefined;
  /** Toelichting. */
  note?: string | null | undefined;
  /** Aantal getrainde professionals. */
  professionalsTrained?: number | null | undefined;
  /** Hermeldingen bij Veilig Thuis. */
  repeatReports?: number | null | undefined;
  /** Aantal bereikte scholen. */
  schoolsReached?: number | null | undefined;
  /** Jaar van de check-in. */
  year: number;
};

/** Een afgeronde actie borgen in een bestaand beleidsinstrument (R4.1, R4.2). */
export type RecordEmbeddingInput = {
  /** De actie (id uit agenda.actions). */
  actionId: string | number;
  /** Soort bestaand beleidsinstrument. */
  instrument: PolicyInstrumentKind;
  /** Naam van het beleidsinstrument. */
  instrumentName: string;
  /** C3: de deelnemende gemeente van het collectief die borgt (CBS-code); leeg: de penvoerder. */
  municipalityCode?: string | null | undefined;
  /** R4.5: looptijd van het instrument, als het die heeft. */
  period?: InstrumentPeriodInput | null | undefined;
  /** De verantwoordelijke rol bij die organisatie. */
  responsibleRole: string;
  /** De organisatie die de actie overneemt. */
  takenOverBy: string;
};

/** Een aanbevolen punt is opgevolgd (R1.4, R1.5). */
export type RecordRecommendationInput = {
  /** Het aanbevolen punt. */
  item: Recommendation;
};

/** R4.5: het opvolgende instrument van de borging van een actie vastleggen. */
export type RecordSuccessorInstrumentInput = {
  /** De geborgde actie (id uit agenda.actions). */
  actionId: string | number;
  /** Soort (leeg: dezelfde als het vorige). */
  instrument?: PolicyInstrumentKind | null | undefined;
  /** Naam van het opvolgende beleidsinstrument. */
  instrumentName: string;
  /** Looptijd, als het die heeft. */
  period?: InstrumentPeriodInput | null | undefined;
};

/** Een gegeven bijeenkomst vastleggen: bereikte scholen en getrainde medewerkers. */
export type RecordTrainingDeliveredInput = {
  /** Aantal bereikte scholen. */
  schoolsReached: number;
  /** De bijeenkomst (id uit training.sessions). */
  sessionId: string | number;
  /** Aantal getrainde medewerkers. */
  staffTrained: number;
};

/** Eigen indicatoren over een kwartaal. */
export type ReportIndicatorsInput = {
  /** Kwartaal, bijvoorbeeld '2027-Q2'. */
  period: string;
  /** Aantal getrainde professionals. */
  professionalsTrained?: number | null | undefined;
  /** Hermeldingen bij Veilig Thuis. */
  repeatReports?: number | null | undefined;
  /** Aantal bereikte scholen. */
  schoolsReached?: number | null | undefined;
};

/** Risicosignalen: EXTERNAL_LEAD, LEAD_DEPARTED, SCHOOL_YEAR_MISSED, RECOMMITMENT_DUE (R1.6: de (nieuwe) bestuurlijk trekker moet het commitment opnieuw bevestigen). */
export type RiskFlag =
  | 'EXTERNAL_LEAD'
  | 'LEAD_DEPARTED'
  | 'RECOMMITMENT_DUE'
  | 'SCHOOL_YEAR_MISSED';

/** Schoolvakantie (R3.3): herfst-, kerst-, voorjaars-, mei- en zomervakantie. */
export type SchoolHolidayKind =
  | 'AUTUMN'
  | 'CHRISTMAS'
  | 'MAY'
  | 'SPRING'
  | 'SUMMER';

/** Regio voor de schoolvakanties (noord, midden, zuid) volgens de indeling van het ministerie van OCW. */
export type SchoolHolidayRegion =
  | 'MIDDEN'
  | 'NOORD'
  | 'ZUID';

/** Oplopend (ASC) of aflopend (DESC). */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Drempels in weken (1–520) per stap; alleen de opgegeven stappen veranderen. */
export type StallThresholdsInput = {
  /** Weken voor de verbeteragenda. */
  AGENDA?: number | null | undefined;
  /** Weken voor de fase Commitment. */
  COMMITMENT?: number | null | undefined;
  /** Weken tussen jaarlijkse check-ins. */
  CONTINUATION?: number | null | undefined;
  /** Weken voor de borging. */
  EMBEDDING?: number | null | undefined;
  /** Weken per actie in de uitvoering. */
  EXECUTION?: number | null | undefined;
};

/** Een stap in het programma: de naam van de mutatie die hem zet (bijvoorbeeld confirmCommitment, adoptAgenda, confirmSupport). */
export type StepName =
  | 'abortProgramme'
  | 'acknowledgeEscalation'
  | 'addAction'
  | 'addCollectiveMember'
  | 'adoptAgenda'
  | 'appointProjectLead'
  | 'changeSettings'
  | 'closeProgramme'
  | 'commitPartner'
  | 'completeEmbedding'
  | 'completeExecution'
  | 'confirmCommitment'
  | 'confirmMemberCommitment'
  | 'confirmSupport'
  | 'deselectTheme'
  | 'designateAdministrativeLead'
  | 'fixTrainingCalendar'
  | 'nameEmbeddingOwner'
  | 'pauseProgramme'
  | 'planTrainingSession'
  | 'reconfirmCommitment'
  | 'recordBottleneck'
  | 'recordCheckIn'
  | 'recordEmbedding'
  | 'recordLeadDeparture'
  | 'recordMentorPairing'
  | 'recordRecommendation'
  | 'recordSuccessorInstrument'
  | 'recordTrainingDelivered'
  | 'removeCollectiveMember'
  | 'reportIndicators'
  | 'resumeProgramme'
  | 'selectTheme'
  | 'startSchoolBoardTalks'
  | 'startSchoolTalks'
  | 'updateActionStatus';

/** R4.5: het instrument dat een verlopen instrument opvolgt. */
export type SuccessorInstrumentInput = {
  /** Soort (leeg: dezelfde als het vorige). */
  instrument?: PolicyInstrumentKind | null | undefined;
  /** Naam van het opvolgende beleidsinstrument. */
  instrumentName: string;
  /** Looptijd, als het die heeft. */
  period?: InstrumentPeriodInput | null | undefined;
};

/** Niveau van de draagvlaktoets (R2.4): PROFESSIONAL (werkvloer) en MANAGEMENT (management/bestuur); beide zijn nodig. */
export type SupportLevel =
  | 'MANAGEMENT'
  | 'PROFESSIONAL';

/** STEP (een stap die u zet), DECISION (een besluit van de wethouder of kwartiermaker: commitment bevestigen, agenda vaststellen, mentor koppelen), ESCALATION (een escalatie aan u: erover besluiten, of opvolgen als het programma op een ander wacht). */
export type TaskKind =
  | 'DECISION'
  | 'ESCALATION'
  | 'STEP';

/** ESCALATED (er loopt een escalatie op), OVERDUE (de termijn is verstreken), DUE_SOON (binnen twee weken), OPEN (geen termijn dichtbij). */
export type TaskUrgency =
  | 'DUE_SOON'
  | 'ESCALATED'
  | 'OPEN'
  | 'OVERDUE';

/** Thema's van de verbeteragenda (R2.2): SIGNALLING (signaleren, ook oudersignalen), EXPERTISE (deskundigheidsbevordering), COLLABORATION (samenwerking, ook de zorg-strafketen), INFORMATION_SHARING (informatie delen, privacy), PREVENTION (preventie, steun aan kwetsbare ouders). */
export type Theme =
  | 'COLLABORATION'
  | 'EXPERTISE'
  | 'INFORMATION_SHARING'
  | 'PREVENTION'
  | 'SIGNALLING';

/** Een thema kiezen of schrappen (R2.2). */
export type ThemeInput = {
  /** Thema. */
  theme: Theme;
};

/** Vaste data van R3.1: WINDOW_OPENS (1 januari, het gesprek met de schoolbesturen kan beginnen), NOT_STARTED (1 februari: niet gestart → niveau 1), END_OF_FEBRUARY (eind februari: niet gestart → schooljaar gemist, niveau 2), CALENDAR_CUTOFF (uiterste datum, standaard 31 mei: niet op de activiteitenkalender → niveau 3). */
export type TrainingDeadlineKind =
  | 'CALENDAR_CUTOFF'
  | 'END_OF_FEBRUARY'
  | 'NOT_STARTED'
  | 'WINDOW_OPENS';

/** Stand van het scholingstraject (R3.1): WAITING_FOR_WINDOW (wacht op januari), WINDOW_OPEN, BOARD_TALKS (gesprek met schoolbesturen loopt), CALENDAR_FIXED (op de activiteitenkalender). */
export type TrainingStage =
  | 'BOARD_TALKS'
  | 'CALENDAR_FIXED'
  | 'WAITING_FOR_WINDOW'
  | 'WINDOW_OPEN';

/** Status van een actie wijzigen (R3.2); stoppen vraagt een reden. */
export type UpdateActionStatusInput = {
  /** De actie (id uit agenda.actions). */
  actionId: string | number;
  /** Reden. */
  reason?: string | null | undefined;
  /** Nieuwe status. */
  status: ActionStatus;
};

export type ShellQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellQuery = { me: { name: string | null, kwartiermaker: boolean, memberships: Array<{ membershipId: string, role: MemberRole }> } };

export type DecisionPageQueryVariables = Exact<{
  id: string | number;
}>;


export type DecisionPageQuery = { me: { kwartiermaker: boolean, memberships: Array<{ programmeId: string, role: MemberRole }> }, programme: { id: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, municipality: { name: string }, checklist: Array<{ ruleId: string, label: string, done: boolean, blocking: boolean, missing: string | null }>, commitment: { confirmedAt: string | null, reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason, since: string, electionDay: string | null, dueAt: string } | null } | null, agenda: { adoptedAt: string | null, actions: Array<{ id: string, title: string, theme: Theme, ownerOrganisation: string, status: ActionStatus }>, support: Array<{ organisation: string, level: SupportLevel, at: string }> } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, message: string, dueAt: string, raisedAt: string, status: EscalationStatus, resolvedAt: string | null, ruleId: string | null, acknowledgements: Array<{ at: string, decision: AcknowledgeDecision, weeks: number | null, by: { name: string | null, onBehalfOf: { name: string | null } | null } }> }>, members: Array<{ memberId: string, name: string, role: MemberRole }> } | null };

export type DecisionPageChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type DecisionPageChangedSubscription = { programmeChanged: { id: string, version: number } };

export type DecideConfirmCommitmentMutationVariables = Exact<{
  id: string | number;
  onBehalf?: boolean | null | undefined;
}>;


export type DecideConfirmCommitmentMutation = { confirmCommitment: { id: string, version: number } };

export type DecideAdoptAgendaMutationVariables = Exact<{
  id: string | number;
  onBehalf?: boolean | null | undefined;
}>;


export type DecideAdoptAgendaMutation = { adoptAgenda: { id: string, version: number } };

export type DecideReconfirmCommitmentMutationVariables = Exact<{
  id: string | number;
  onBehalf?: boolean | null | undefined;
}>;


export type DecideReconfirmCommitmentMutation = { reconfirmCommitment: { id: string, version: number } };

export type DecideAcknowledgeEscalationMutationVariables = Exact<{
  id: string | number;
  input: AcknowledgeEscalationInput;
  onBehalf?: boolean | null | undefined;
}>;


export type DecideAcknowledgeEscalationMutation = { acknowledgeEscalation: { id: string, version: number } };

export type MyTasksQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyTasksQuery = { me: { memberships: Array<{ membershipId: string, programmeId: string, role: MemberRole, partnerOrganisation: string | null, partnerLevel: SupportLevel | null }>, tasks: Array<{ kind: TaskKind, step: StepName, label: string, reason: string, ruleId: string | null, dueAt: string | null, urgency: TaskUrgency, escalationId: string | null, escalationLevel: number | null, programme: { id: string, municipality: { name: string } } }>, invitations: Array<{ id: string, role: MemberRole, partnerOrganisation: string | null, expiresAt: string, municipality: { name: string } }> }, programmes: { edges: Array<{ node: { id: string, phase: ProgrammePhase, status: ProgrammeStatus, municipality: { code: string, name: string } } }> } };

export type MyTasksChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyTasksChangedSubscription = { programmeChanged: { id: string, version: number } };

export type NationalSlowerThanPeersQueryVariables = Exact<{
  first: number;
  offset: number;
}>;


export type NationalSlowerThanPeersQuery = { slowerThanPeers: { totalCount: number, entries: Array<{ programme: { id: string, phase: ProgrammePhase, status: ProgrammeStatus, municipality: { code: string, name: string } }, peerComparison: { daysInPhase: number, percentile: number | null, completedStays: number } }> } };

export type NationalOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalOverviewQuery = { me: { kwartiermaker: boolean, memberships: Array<{ programmeId: string, role: MemberRole }> }, nationalOverview: { total: number, stalled: number, schoolYearsMissed: number, programmesMissingSchoolYear: number, mentorPairings: number, municipalitiesReached: number, byPhase: Array<{ key: string, count: number }>, startedPerQuarter: Array<{ key: string, count: number }>, openEscalationsByLevel: Array<{ level: number, count: number }>, riskFlags: Array<{ flag: RiskFlag, count: number }>, medianDaysInPhase: Array<{ phase: ProgrammePhase, programmes: number, medianDays: number | null }>, indicatorsPerQuarter: Array<{ quarter: string, programmes: number, repeatReports: number, professionalsTrained: number, schoolsReached: number }>, municipalitiesPerQuarter: Array<{ key: string, count: number }> } };

export type NationalQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalQueueQuery = { escalationQueue: Array<{ id: string, programmeId: string, municipalityCode: string, level: number, kind: EscalationKind, ruleId: string | null, message: string, raisedAt: string, status: EscalationStatus, deliveryStatus: DeliveryStatus }>, stalledProgrammes: Array<{ id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, openEscalationLevel: number, phaseEnteredAt: string | null }> };

export type NationalProgrammesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type NationalProgrammesQuery = { programmes: { edges: Array<{ node: { id: string, municipalityCode: string, sequence: number, phase: ProgrammePhase, status: ProgrammeStatus, openEscalationLevel: number, startedAt: string, memberMunicipalityCodes: Array<string> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type NationalProgrammeQueryVariables = Exact<{
  id: string | number;
}>;


export type NationalProgrammeQuery = { programme: { id: string, municipalityCode: string, sequence: number, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, settings: { stallThresholdWeeks: { COMMITMENT: number, AGENDA: number, EXECUTION: number, EMBEDDING: number, CONTINUATION: number } } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, ruleId: string | null, message: string, raisedAt: string, status: EscalationStatus }>, mentor: { name: string, kind: MentorKind, municipalityCode: string, pairedAt: string } | null } | null };

export type NationalMentorSuggestionsQueryVariables = Exact<{
  programmeId: string | number;
}>;


export type NationalMentorSuggestionsQuery = { mentorSuggestions: Array<{ kind: MentorKind, municipalityCode: string, programmeId: string | null, name: string, distanceKm: number, sameRegion: boolean }> };

export type NationalAcknowledgeEscalationMutationVariables = Exact<{
  programmeId: string | number;
  input: AcknowledgeEscalationInput;
}>;


export type NationalAcknowledgeEscalationMutation = { acknowledgeEscalation: { id: string, version: number } };

export type NationalRecordMentorPairingMutationVariables = Exact<{
  programmeId: string | number;
  input: MentorPairingInput;
}>;


export type NationalRecordMentorPairingMutation = { recordMentorPairing: { id: string, version: number } };

export type NationalPauseProgrammeMutationVariables = Exact<{
  programmeId: string | number;
  reason: string;
}>;


export type NationalPauseProgrammeMutation = { pauseProgramme: { id: string, version: number } };

export type NationalResumeProgrammeMutationVariables = Exact<{
  programmeId: string | number;
}>;


export type NationalResumeProgrammeMutation = { resumeProgramme: { id: string, version: number } };

export type NationalChangeThresholdsMutationVariables = Exact<{
  programmeId: string | number;
  thresholds: StallThresholdsInput;
}>;


export type NationalChangeThresholdsMutation = { changeSettings: { id: string, version: number } };

export type NationalProgrammeChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NationalProgrammeChangedSubscription = { programmeChanged: { id: string, version: number } };

export type NationalPanelChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type NationalPanelChangedSubscription = { programmeChanged: { id: string, version: number } };

export type PortfolioQueryVariables = Exact<{
  filter: ProgrammeFilterInput;
  orderBy: ProgrammeOrderInput;
  after?: string | null | undefined;
}>;


export type PortfolioQuery = { programmes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, phase: ProgrammePhase, status: ProgrammeStatus, openEscalationLevel: number, riskFlags: Array<RiskFlag>, nextDeadlineAt: string | null, startedAt: string, updatedAt: string, municipality: { name: string, province: string } } }> } };

export type ProgrammePageQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgrammePageQuery = { me: { kwartiermaker: boolean, memberships: Array<{ programmeId: string, role: MemberRole, partnerOrganisation: string | null, partnerLevel: SupportLevel | null }> }, programme: { id: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, municipality: { code: string, name: string, schoolHolidayRegion: SchoolHolidayRegion }, pause: { reason: string, since: string } | null, phaseHistory: Array<{ phase: ProgrammePhase, enteredAt: string, leftAt: string | null }>, checklist: Array<{ ruleId: string, label: string, done: boolean, blocking: boolean, missing: string | null, tip: string | null }>, commitment: { administrativeLead: { name: string | null } | null, recommitment: { reason: RecommitmentReason, dueAt: string } | null, projectLead: { name: string | null, kind: ProjectLeadKind } | null, partners: Array<{ organisation: string, domain: PartnerDomain }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, actions: Array<{ id: string, title: string, theme: Theme, status: ActionStatus, ownerOrganisation: string, embedding: { recordedAt: string, instrumentName: string, period: { from: number, to: number | null } | null, ended: { at: string } | null } | null }> } | null, training: { stage: TrainingStage, sessions: Array<{ id: string, title: string, date: string, delivered: { at: string } | null }> } | null, members: Array<{ memberId: string, membershipId: string, name: string, email: string, organisation: string | null, role: MemberRole, partnerOrganisation: string | null, partnerDomain: PartnerDomain | null, partnerLevel: SupportLevel | null, since: string }>, timeline: Array<{ at: string, event: string, summary: string, by: { role: ActorRole, name: string | null, onBehalfOf: { name: string | null } | null } }> } | null };

export type ProgrammePageChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ProgrammePageChangedSubscription = { programmeChanged: { id: string, version: number } };

export type ProgrammeInvitationsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgrammeInvitationsQuery = { programme: { id: string, invitations: Array<{ id: string, name: string, email: string, role: MemberRole, partnerOrganisation: string | null, partnerLevel: SupportLevel | null, invitedAt: string, expiresAt: string }> } | null };

export type InviteMemberMutationVariables = Exact<{
  id: string | number;
  input: InviteMemberInput;
}>;


export type InviteMemberMutation = { inviteMember: { id: string } };

export type WithdrawInvitationMutationVariables = Exact<{
  id: string | number;
  invitationId: string | number;
}>;


export type WithdrawInvitationMutation = { withdrawInvitation: boolean };

export type RemoveMemberMutationVariables = Exact<{
  id: string | number;
  membershipId: string | number;
}>;


export type RemoveMemberMutation = { removeMember: boolean };

export type CollectiveSectionQueryVariables = Exact<{
  id: string | number;
}>;


export type CollectiveSectionQuery = { programme: { id: string, collective: { lead: { code: string, name: string }, members: Array<{ joinedOn: string, confirmedOn: string | null, leftOn: string | null, municipality: { code: string, name: string } }> } | null } | null };

export type EmbeddingsSectionQueryVariables = Exact<{
  id: string | number;
}>;


export type EmbeddingsSectionQuery = { programme: { id: string, agenda: { actions: Array<{ id: string, title: string, embedding: { instrument: PolicyInstrumentKind, instrumentName: string, takenOverBy: string, confirmedInForce: Array<number> | null, period: { from: number, to: number | null } | null, ended: { at: string, by: InstrumentEndReason } | null, pastInstruments: Array<{ instrumentName: string, period: { from: number, to: number | null } | null }> | null } | null }> } | null } | null };

export type IndicatorsSectionQueryVariables = Exact<{
  id: string | number;
}>;


export type IndicatorsSectionQuery = { me: { memberships: Array<{ programmeId: string, role: MemberRole }> }, programme: { id: string, indicators: Array<{ period: string, at: string, note: string | null, repeatReports: number | null, professionalsTrained: number | null, schoolsReached: number | null }> } | null };

export type ReportIndicatorsSectionMutationVariables = Exact<{
  programmeId: string | number;
  input: ReportIndicatorsInput;
}>;


export type ReportIndicatorsSectionMutation = { reportIndicators: { id: string, version: number } };

export type MentorSectionQueryVariables = Exact<{
  id: string | number;
}>;


export type MentorSectionQuery = { me: { kwartiermaker: boolean }, programme: { id: string, mentor: { kind: MentorKind, municipalityCode: string, name: string, note: string | null, pairedAt: string, programmeId: string | null, by: { name: string | null } } | null } | null };

export type MentorSuggestionsSectionQueryVariables = Exact<{
  id: string | number;
}>;


export type MentorSuggestionsSectionQuery = { mentorSuggestions: Array<{ kind: MentorKind, municipalityCode: string, name: string, programmeId: string | null, sameRegion: boolean, distanceKm: number }> };

export type PartnerSectionQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerSectionQuery = { me: { memberships: Array<{ programmeId: string, role: MemberRole, partnerOrganisation: string | null, partnerLevel: SupportLevel | null }> }, programme: { id: string, phase: ProgrammePhase, version: number, commitment: { partners: Array<{ organisation: string, domain: PartnerDomain, committedAt: string }> } | null, agenda: { actions: Array<{ id: string, title: string, theme: Theme, ownerOrganisation: string, status: ActionStatus, droppedReason: string | null }>, support: Array<{ organisation: string, level: SupportLevel, at: string }> } | null } | null };

export type PartnerSectionChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type PartnerSectionChangedSubscription = { programmeChanged: { id: string, version: number } };

export type PartnerConfirmSupportMutationVariables = Exact<{
  id: string | number;
  input: ConfirmSupportInput;
}>;


export type PartnerConfirmSupportMutation = { confirmSupport: { id: string, version: number } };

export type PartnerUpdateActionStatusMutationVariables = Exact<{
  id: string | number;
  input: UpdateActionStatusInput;
}>;


export type PartnerUpdateActionStatusMutation = { updateActionStatus: { id: string, version: number } };

export type ProgrammePeerComparisonQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgrammePeerComparisonQuery = { programme: { id: string, peerComparison: { daysInPhase: number, percentile: number | null, slowerThanPeers: boolean, completedStays: number } | null } | null };

export type PracticesSectionQueryVariables = Exact<{
  id: string | number;
}>;


export type PracticesSectionQuery = { me: { memberships: Array<{ programmeId: string, role: MemberRole }> }, practices: Array<{ id: string, title: string, description: string, origin: string, originMunicipalityCodes: Array<string>, theme: Theme, source: string }>, programme: { id: string, status: ProgrammeStatus, agenda: { themes: Array<Theme>, actions: Array<{ id: string, title: string, practiceId: string | null }> } | null } | null };

export type AdoptPracticeSectionMutationVariables = Exact<{
  programmeId: string | number;
  input: AddActionInput;
}>;


export type AdoptPracticeSectionMutation = { addAction: { id: string, version: number } };

export type TrainingCalendarSectionQueryVariables = Exact<{
  id: string | number;
}>;


export type TrainingCalendarSectionQuery = { programme: { id: string, municipality: { schoolHolidayRegion: SchoolHolidayRegion }, trainingCalendar: { targetYear: number, holidaysPublished: boolean, schoolYear: { firstDay: string, lastDay: string, provisional: boolean }, deadlines: Array<{ kind: TrainingDeadlineKind, date: string, actsAt: string }>, holidays: Array<{ kind: SchoolHolidayKind, schoolYear: number, from: string, to: string, advisory: boolean, provisional: boolean }>, sessions: Array<{ id: string, date: string, title: string, provisional: boolean, delivered: { schoolsReached: number, staffTrained: number } | null }> } | null } | null };

export type StartProgrammePageQueryVariables = Exact<{ [key: string]: never; }>;


export type StartProgrammePageQuery = { me: { municipalities: Array<string> } };

export type StartProgrammeMutationVariables = Exact<{
  municipalityCode: string;
  startedOn?: string | null | undefined;
  pastPhases?: Array<PastPhaseInput> | PastPhaseInput | null | undefined;
}>;


export type StartProgrammeMutation = { startProgramme: { id: string } };

export type StepDesignateAdministrativeLeadMutationVariables = Exact<{
  id: string | number;
  input: DesignateAdministrativeLeadInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepDesignateAdministrativeLeadMutation = { designateAdministrativeLead: { id: string, version: number } };

export type StepCommitPartnerMutationVariables = Exact<{
  id: string | number;
  input: CommitPartnerInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepCommitPartnerMutation = { commitPartner: { id: string, version: number } };

export type StepAppointProjectLeadMutationVariables = Exact<{
  id: string | number;
  input: AppointProjectLeadInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepAppointProjectLeadMutation = { appointProjectLead: { id: string, version: number } };

export type StepRecordRecommendationMutationVariables = Exact<{
  id: string | number;
  input: RecordRecommendationInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepRecordRecommendationMutation = { recordRecommendation: { id: string, version: number } };

export type StepConfirmCommitmentMutationVariables = Exact<{
  id: string | number;
  onBehalf?: boolean | null | undefined;
}>;


export type StepConfirmCommitmentMutation = { confirmCommitment: { id: string, version: number } };

export type StepReconfirmCommitmentMutationVariables = Exact<{
  id: string | number;
  onBehalf?: boolean | null | undefined;
}>;


export type StepReconfirmCommitmentMutation = { reconfirmCommitment: { id: string, version: number } };

export type StepRecordBottleneckMutationVariables = Exact<{
  id: string | number;
  input: RecordBottleneckInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepRecordBottleneckMutation = { recordBottleneck: { id: string, version: number } };

export type StepSelectThemeMutationVariables = Exact<{
  id: string | number;
  input: ThemeInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepSelectThemeMutation = { selectTheme: { id: string, version: number } };

export type StepDeselectThemeMutationVariables = Exact<{
  id: string | number;
  input: ThemeInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepDeselectThemeMutation = { deselectTheme: { id: string, version: number } };

export type StepAddActionMutationVariables = Exact<{
  id: string | number;
  input: AddActionInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepAddActionMutation = { addAction: { id: string, version: number } };

export type StepConfirmSupportMutationVariables = Exact<{
  id: string | number;
  input: ConfirmSupportInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepConfirmSupportMutation = { confirmSupport: { id: string, version: number } };

export type StepAdoptAgendaMutationVariables = Exact<{
  id: string | number;
  onBehalf?: boolean | null | undefined;
}>;


export type StepAdoptAgendaMutation = { adoptAgenda: { id: string, version: number } };

export type StepUpdateActionStatusMutationVariables = Exact<{
  id: string | number;
  input: UpdateActionStatusInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepUpdateActionStatusMutation = { updateActionStatus: { id: string, version: number } };

export type StepStartSchoolBoardTalksMutationVariables = Exact<{
  id: string | number;
  onBehalf?: boolean | null | undefined;
}>;


export type StepStartSchoolBoardTalksMutation = { startSchoolBoardTalks: { id: string, version: number } };

export type StepStartSchoolTalksMutationVariables = Exact<{
  id: string | number;
  onBehalf?: boolean | null | undefined;
}>;


export type StepStartSchoolTalksMutation = { startSchoolTalks: { id: string, version: number } };

export type StepFixTrainingCalendarMutationVariables = Exact<{
  id: string | number;
  onBehalf?: boolean | null | undefined;
}>;


export type StepFixTrainingCalendarMutation = { fixTrainingCalendar: { id: string, version: number } };

export type StepPlanTrainingSessionMutationVariables = Exact<{
  id: string | number;
  input: PlanTrainingSessionInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepPlanTrainingSessionMutation = { planTrainingSession: { id: string, version: number } };

export type StepRecordTrainingDeliveredMutationVariables = Exact<{
  id: string | number;
  input: RecordTrainingDeliveredInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepRecordTrainingDeliveredMutation = { recordTrainingDelivered: { id: string, version: number } };

export type StepCompleteExecutionMutationVariables = Exact<{
  id: string | number;
  onBehalf?: boolean | null | undefined;
}>;


export type StepCompleteExecutionMutation = { completeExecution: { id: string, version: number } };

export type StepRecordEmbeddingMutationVariables = Exact<{
  id: string | number;
  input: RecordEmbeddingInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepRecordEmbeddingMutation = { recordEmbedding: { id: string, version: number } };

export type StepNameEmbeddingOwnerMutationVariables = Exact<{
  id: string | number;
  input: NameEmbeddingOwnerInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepNameEmbeddingOwnerMutation = { nameEmbeddingOwner: { id: string, version: number } };

export type StepRecordLeadDepartureMutationVariables = Exact<{
  id: string | number;
  onBehalf?: boolean | null | undefined;
}>;


export type StepRecordLeadDepartureMutation = { recordLeadDeparture: { id: string, version: number } };

export type StepCompleteEmbeddingMutationVariables = Exact<{
  id: string | number;
  onBehalf?: boolean | null | undefined;
}>;


export type StepCompleteEmbeddingMutation = { completeEmbedding: { id: string, version: number } };

export type StepRecordCheckInMutationVariables = Exact<{
  id: string | number;
  input: RecordCheckInInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepRecordCheckInMutation = { recordCheckIn: { id: string, version: number } };

export type StepRecordSuccessorInstrumentMutationVariables = Exact<{
  id: string | number;
  input: RecordSuccessorInstrumentInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepRecordSuccessorInstrumentMutation = { recordSuccessorInstrument: { id: string, version: number } };

export type StepCloseProgrammeMutationVariables = Exact<{
  id: string | number;
  input: CloseProgrammeInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepCloseProgrammeMutation = { closeProgramme: { id: string, version: number } };

export type StepReportIndicatorsMutationVariables = Exact<{
  id: string | number;
  input: ReportIndicatorsInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepReportIndicatorsMutation = { reportIndicators: { id: string, version: number } };

export type StepPauseProgrammeMutationVariables = Exact<{
  id: string | number;
  input: ReasonInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepPauseProgrammeMutation = { pauseProgramme: { id: string, version: number } };

export type StepResumeProgrammeMutationVariables = Exact<{
  id: string | number;
  onBehalf?: boolean | null | undefined;
}>;


export type StepResumeProgrammeMutation = { resumeProgramme: { id: string, version: number } };

export type StepAbortProgrammeMutationVariables = Exact<{
  id: string | number;
  input: ReasonInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepAbortProgrammeMutation = { abortProgramme: { id: string, version: number } };

export type StepChangeSettingsMutationVariables = Exact<{
  id: string | number;
  input: ChangeSettingsInput;
  onBehalf?: boolean | null | undefined;
}>;


export type StepChangeSettingsMutation = { changeSettings: { id: string, version: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ShellDocument = new TypedDocumentString(`
    query Shell {
  me {
    name
    kwartiermaker
    memberships {
      membershipId
      role
    }
  }
}
    `) as unknown as TypedDocumentString<ShellQuery, ShellQueryVariables>;
export const DecisionPageDocument = new TypedDocumentString(`
    query DecisionPage($id: ID!) {
  me {
    kwartiermaker
    memberships {
      programmeId
      role
    }
  }
  programme(id: $id) {
    id
    phase
    status
    version
    municipality {
      name
    }
    checklist {
      ruleId
      label
      done
      blocking
      missing
    }
    commitment {
      confirmedAt
      reconfirmedAt
      administrativeLead {
        designatedAt
      }
      recommitment {
        reason
        since
        electionDay
        dueAt
      }
    }
    agenda {
      adoptedAt
      actions {
        id
        title
        theme
        ownerOrganisation
        status
      }
      support {
        organisation
        level
        at
      }
    }
    escalations {
      id
      level
      kind
      message
      dueAt
      raisedAt
      status
      resolvedAt
      ruleId
      acknowledgements {
        at
        decision
        weeks
        by {
          name
          onBehalfOf {
            name
          }
        }
      }
    }
    members {
      memberId
      name
      role
    }
  }
}
    `) as unknown as TypedDocumentString<DecisionPageQuery, DecisionPageQueryVariables>;
export const DecisionPageChangedDocument = new TypedDocumentString(`
    subscription DecisionPageChanged($id: ID!) {
  programmeChanged(programmeId: $id) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DecisionPageChangedSubscription, DecisionPageChangedSubscriptionVariables>;
export const DecideConfirmCommitmentDocument = new TypedDocumentString(`
    mutation DecideConfirmCommitment($id: ID!, $onBehalf: Boolean) {
  confirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DecideConfirmCommitmentMutation, DecideConfirmCommitmentMutationVariables>;
export const DecideAdoptAgendaDocument = new TypedDocumentString(`
    mutation DecideAdoptAgenda($id: ID!, $onBehalf: Boolean) {
  adoptAgenda(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DecideAdoptAgendaMutation, DecideAdoptAgendaMutationVariables>;
export const DecideReconfirmCommitmentDocument = new TypedDocumentString(`
    mutation DecideReconfirmCommitment($id: ID!, $onBehalf: Boolean) {
  reconfirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DecideReconfirmCommitmentMutation, DecideReconfirmCommitmentMutationVariables>;
export const DecideAcknowledgeEscalationDocument = new TypedDocumentString(`
    mutation DecideAcknowledgeEscalation($id: ID!, $input: AcknowledgeEscalationInput!, $onBehalf: Boolean) {
  acknowledgeEscalation(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<DecideAcknowledgeEscalationMutation, DecideAcknowledgeEscalationMutationVariables>;
export const MyTasksDocument = new TypedDocumentString(`
    query MyTasks($first: Int) {
  me {
    memberships {
      membershipId
      programmeId
      role
      partnerOrganisation
      partnerLevel
    }
    tasks(first: $first) {
      kind
      step
      label
      reason
      ruleId
      dueAt
      urgency
      escalationId
      escalationLevel
      programme {
        id
        municipality {
          name
        }
      }
    }
    invitations {
      id
      role
      partnerOrganisation
      expiresAt
      municipality {
        name
      }
    }
  }
  programmes(first: 100) {
    edges {
      node {
        id
        phase
        status
        municipality {
          code
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyTasksQuery, MyTasksQueryVariables>;
export const MyTasksChangedDocument = new TypedDocumentString(`
    subscription MyTasksChanged {
  programmeChanged {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<MyTasksChangedSubscription, MyTasksChangedSubscriptionVariables>;
export const NationalSlowerThanPeersDocument = new TypedDocumentString(`
    query NationalSlowerThanPeers($first: Int!, $offset: Int!) {
  slowerThanPeers(first: $first, offset: $offset) {
    totalCount
    entries {
      programme {
        id
        phase
        status
        municipality {
          code
          name
        }
      }
      peerComparison {
        daysInPhase
        percentile
        completedStays
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NationalSlowerThanPeersQuery, NationalSlowerThanPeersQueryVariables>;
export const NationalOverviewDocument = new TypedDocumentString(`
    query NationalOverview {
  me {
    kwartiermaker
    memberships {
      programmeId
      role
    }
  }
  nationalOverview {
    total
    stalled
    byPhase {
      key
      count
    }
    startedPerQuarter {
      key
      count
    }
    openEscalationsByLevel {
      level
      count
    }
    riskFlags {
      flag
      count
    }
    medianDaysInPhase {
      phase
      programmes
      medianDays
    }
    schoolYearsMissed
    programmesMissingSchoolYear
    indicatorsPerQuarter {
      quarter
      programmes
      repeatReports
      professionalsTrained
      schoolsReached
    }
    mentorPairings
    municipalitiesReached
    municipalitiesPerQuarter {
      key
      count
    }
  }
}
    `) as unknown as TypedDocumentString<NationalOverviewQuery, NationalOverviewQueryVariables>;
export const NationalQueueDocument = new TypedDocumentString(`
    query NationalQueue {
  escalationQueue(first: 100) {
    id
    programmeId
    municipalityCode
    level
    kind
    ruleId
    message
    raisedAt
    status
    deliveryStatus
  }
  stalledProgrammes(first: 50) {
    id
    municipalityCode
    phase
    status
    openEscalationLevel
    phaseEnteredAt
  }
}
    `) as unknown as TypedDocumentString<NationalQueueQuery, NationalQueueQueryVariables>;
export const NationalProgrammesDocument = new TypedDocumentString(`
    query NationalProgrammes($after: String) {
  programmes(first: 100, after: $after, filter: {latestPerMunicipality: true}) {
    edges {
      node {
        id
        municipalityCode
        sequence
        phase
        status
        openEscalationLevel
        startedAt
        memberMunicipalityCodes
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<NationalProgrammesQuery, NationalProgrammesQueryVariables>;
export const NationalProgrammeDocument = new TypedDocumentString(`
    query NationalProgramme($id: ID!) {
  programme(id: $id) {
    id
    municipalityCode
    sequence
    phase
    status
    version
    startedAt
    openEscalationLevel
    settings {
      stallThresholdWeeks {
        COMMITMENT
        AGENDA
        EXECUTION
        EMBEDDING
        CONTINUATION
      }
    }
    escalations {
      id
      level
      kind
      ruleId
      message
      raisedAt
      status
    }
    mentor {
      name
      kind
      municipalityCode
      pairedAt
    }
  }
}
    `) as unknown as TypedDocumentString<NationalProgrammeQuery, NationalProgrammeQueryVariables>;
export const NationalMentorSuggestionsDocument = new TypedDocumentString(`
    query NationalMentorSuggestions($programmeId: ID!) {
  mentorSuggestions(programmeId: $programmeId, first: 5) {
    kind
    municipalityCode
    programmeId
    name
    distanceKm
    sameRegion
  }
}
    `) as unknown as TypedDocumentString<NationalMentorSuggestionsQuery, NationalMentorSuggestionsQueryVariables>;
export const NationalAcknowledgeEscalationDocument = new TypedDocumentString(`
    mutation NationalAcknowledgeEscalation($programmeId: ID!, $input: AcknowledgeEscalationInput!) {
  acknowledgeEscalation(programmeId: $programmeId, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<NationalAcknowledgeEscalationMutation, NationalAcknowledgeEscalationMutationVariables>;
export const NationalRecordMentorPairingDocument = new TypedDocumentString(`
    mutation NationalRecordMentorPairing($programmeId: ID!, $input: MentorPairingInput!) {
  recordMentorPairing(programmeId: $programmeId, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<NationalRecordMentorPairingMutation, NationalRecordMentorPairingMutationVariables>;
export const NationalPauseProgrammeDocument = new TypedDocumentString(`
    mutation NationalPauseProgramme($programmeId: ID!, $reason: String!) {
  pauseProgramme(programmeId: $programmeId, input: {reason: $reason}) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<NationalPauseProgrammeMutation, NationalPauseProgrammeMutationVariables>;
export const NationalResumeProgrammeDocument = new TypedDocumentString(`
    mutation NationalResumeProgramme($programmeId: ID!) {
  resumeProgramme(programmeId: $programmeId) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<NationalResumeProgrammeMutation, NationalResumeProgrammeMutationVariables>;
export const NationalChangeThresholdsDocument = new TypedDocumentString(`
    mutation NationalChangeThresholds($programmeId: ID!, $thresholds: StallThresholdsInput!) {
  changeSettings(
    programmeId: $programmeId
    input: {stallThresholdWeeks: $thresholds}
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<NationalChangeThresholdsMutation, NationalChangeThresholdsMutationVariables>;
export const NationalProgrammeChangedDocument = new TypedDocumentString(`
    subscription NationalProgrammeChanged {
  programmeChanged {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<NationalProgrammeChangedSubscription, NationalProgrammeChangedSubscriptionVariables>;
export const NationalPanelChangedDocument = new TypedDocumentString(`
    subscription NationalPanelChanged($id: ID!) {
  programmeChanged(programmeId: $id) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<NationalPanelChangedSubscription, NationalPanelChangedSubscriptionVariables>;
export const PortfolioDocument = new TypedDocumentString(`
    query Portfolio($filter: ProgrammeFilterInput!, $orderBy: ProgrammeOrderInput!, $after: String) {
  programmes(first: 25, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        phase
        status
        openEscalationLevel
        riskFlags
        nextDeadlineAt
        startedAt
        updatedAt
        municipality {
          name
          province
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PortfolioQuery, PortfolioQueryVariables>;
export const ProgrammePageDocument = new TypedDocumentString(`
    query ProgrammePage($id: ID!) {
  me {
    kwartiermaker
    memberships {
      programmeId
      role
      partnerOrganisation
      partnerLevel
    }
  }
  programme(id: $id) {
    id
    phase
    status
    version
    municipality {
      code
      name
      schoolHolidayRegion
    }
    pause {
      reason
      since
    }
    phaseHistory {
      phase
      enteredAt
      leftAt
    }
    checklist {
      ruleId
      label
      done
      blocking
      missing
      tip
    }
    commitment {
      administrativeLead {
        name
      }
      recommitment {
        reason
        dueAt
      }
      projectLead {
        name
        kind
      }
      partners {
        organisation
        domain
      }
      recommendations {
        item
        doneAt
      }
    }
    agenda {
      themes
      actions {
        id
        title
        theme
        status
        ownerOrganisation
        embedding {
          recordedAt
          instrumentName
          period {
            from
            to
          }
          ended {
            at
          }
        }
      }
    }
    training {
      stage
      sessions {
        id
        title
        date
        delivered {
          at
        }
      }
    }
    members {
      memberId
      membershipId
      name
      email
      organisation
      role
      partnerOrganisation
      partnerDomain
      partnerLevel
      since
    }
    timeline {
      at
      event
      summary
      by {
        role
        name
        onBehalfOf {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammePageQuery, ProgrammePageQueryVariables>;
export const ProgrammePageChangedDocument = new TypedDocumentString(`
    subscription ProgrammePageChanged($id: ID!) {
  programmeChanged(programmeId: $id) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ProgrammePageChangedSubscription, ProgrammePageChangedSubscriptionVariables>;
export const ProgrammeInvitationsDocument = new TypedDocumentString(`
    query ProgrammeInvitations($id: ID!) {
  programme(id: $id) {
    id
    invitations {
      id
      name
      email
      role
      partnerOrganisation
      partnerLevel
      invitedAt
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammeInvitationsQuery, ProgrammeInvitationsQueryVariables>;
export const InviteMemberDocument = new TypedDocumentString(`
    mutation InviteMember($id: ID!, $input: InviteMemberInput!) {
  inviteMember(programmeId: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<InviteMemberMutation, InviteMemberMutationVariables>;
export const WithdrawInvitationDocument = new TypedDocumentString(`
    mutation WithdrawInvitation($id: ID!, $invitationId: ID!) {
  withdrawInvitation(programmeId: $id, invitationId: $invitationId)
}
    `) as unknown as TypedDocumentString<WithdrawInvitationMutation, WithdrawInvitationMutationVariables>;
export const RemoveMemberDocument = new TypedDocumentString(`
    mutation RemoveMember($id: ID!, $membershipId: ID!) {
  removeMember(programmeId: $id, membershipId: $membershipId)
}
    `) as unknown as TypedDocumentString<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const CollectiveSectionDocument = new TypedDocumentString(`
    query CollectiveSection($id: ID!) {
  programme(id: $id) {
    id
    collective {
      lead {
        code
        name
      }
      members {
        municipality {
          code
          name
        }
        joinedOn
        confirmedOn
        leftOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CollectiveSectionQuery, CollectiveSectionQueryVariables>;
export const EmbeddingsSectionDocument = new TypedDocumentString(`
    query EmbeddingsSection($id: ID!) {
  programme(id: $id) {
    id
    agenda {
      actions {
        id
        title
        embedding {
          instrument
          instrumentName
          takenOverBy
          period {
            from
            to
          }
          ended {
            at
            by
          }
          confirmedInForce
          pastInstruments {
            instrumentName
            period {
              from
              to
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EmbeddingsSectionQuery, EmbeddingsSectionQueryVariables>;
export const IndicatorsSectionDocument = new TypedDocumentString(`
    query IndicatorsSection($id: ID!) {
  me {
    memberships {
      programmeId
      role
    }
  }
  programme(id: $id) {
    id
    indicators {
      period
      at
      note
      repeatReports
      professionalsTrained
      schoolsReached
    }
  }
}
    `) as unknown as TypedDocumentString<IndicatorsSectionQuery, IndicatorsSectionQueryVariables>;
export const ReportIndicatorsSectionDocument = new TypedDocumentString(`
    mutation ReportIndicatorsSection($programmeId: ID!, $input: ReportIndicatorsInput!) {
  reportIndicators(programmeId: $programmeId, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ReportIndicatorsSectionMutation, ReportIndicatorsSectionMutationVariables>;
export const MentorSectionDocument = new TypedDocumentString(`
    query MentorSection($id: ID!) {
  me {
    kwartiermaker
  }
  programme(id: $id) {
    id
    mentor {
      kind
      municipalityCode
      name
      note
      pairedAt
      programmeId
      by {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MentorSectionQuery, MentorSectionQueryVariables>;
export const MentorSuggestionsSectionDocument = new TypedDocumentString(`
    query MentorSuggestionsSection($id: ID!) {
  mentorSuggestions(programmeId: $id, first: 5) {
    kind
    municipalityCode
    name
    programmeId
    sameRegion
    distanceKm
  }
}
    `) as unknown as TypedDocumentString<MentorSuggestionsSectionQuery, MentorSuggestionsSectionQueryVariables>;
export const PartnerSectionDocument = new TypedDocumentString(`
    query PartnerSection($id: ID!) {
  me {
    memberships {
      programmeId
      role
      partnerOrganisation
      partnerLevel
    }
  }
  programme(id: $id) {
    id
    phase
    version
    commitment {
      partners {
        organisation
        domain
        committedAt
      }
    }
    agenda {
      actions {
        id
        title
        theme
        ownerOrganisation
        status
        droppedReason
      }
      support {
        organisation
        level
        at
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerSectionQuery, PartnerSectionQueryVariables>;
export const PartnerSectionChangedDocument = new TypedDocumentString(`
    subscription PartnerSectionChanged($id: ID!) {
  programmeChanged(programmeId: $id) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PartnerSectionChangedSubscription, PartnerSectionChangedSubscriptionVariables>;
export const PartnerConfirmSupportDocument = new TypedDocumentString(`
    mutation PartnerConfirmSupport($id: ID!, $input: ConfirmSupportInput!) {
  confirmSupport(programmeId: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PartnerConfirmSupportMutation, PartnerConfirmSupportMutationVariables>;
export const PartnerUpdateActionStatusDocument = new TypedDocumentString(`
    mutation PartnerUpdateActionStatus($id: ID!, $input: UpdateActionStatusInput!) {
  updateActionStatus(programmeId: $id, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PartnerUpdateActionStatusMutation, PartnerUpdateActionStatusMutationVariables>;
export const ProgrammePeerComparisonDocument = new TypedDocumentString(`
    query ProgrammePeerComparison($id: ID!) {
  programme(id: $id) {
    id
    peerComparison {
      daysInPhase
      percentile
      slowerThanPeers
      completedStays
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammePeerComparisonQuery, ProgrammePeerComparisonQueryVariables>;
export const PracticesSectionDocument = new TypedDocumentString(`
    query PracticesSection($id: ID!) {
  me {
    memberships {
      programmeId
      role
    }
  }
  practices {
    id
    title
    description
    origin
    originMunicipalityCodes
    theme
    source
  }
  programme(id: $id) {
    id
    status
    agenda {
      themes
      actions {
        id
        title
        practiceId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PracticesSectionQuery, PracticesSectionQueryVariables>;
export const AdoptPracticeSectionDocument = new TypedDocumentString(`
    mutation AdoptPracticeSection($programmeId: ID!, $input: AddActionInput!) {
  addAction(programmeId: $programmeId, input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<AdoptPracticeSectionMutation, AdoptPracticeSectionMutationVariables>;
export const TrainingCalendarSectionDocument = new TypedDocumentString(`
    query TrainingCalendarSection($id: ID!) {
  programme(id: $id) {
    id
    municipality {
      schoolHolidayRegion
    }
    trainingCalendar {
      targetYear
      schoolYear {
        firstDay
        lastDay
        provisional
      }
      deadlines {
        kind
        date
        actsAt
      }
      holidays {
        kind
        schoolYear
        from
        to
        advisory
        provisional
      }
      holidaysPublished
      sessions {
        id
        date
        title
        provisional
        delivered {
          schoolsReached
          staffTrained
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingCalendarSectionQuery, TrainingCalendarSectionQueryVariables>;
export const StartProgrammePageDocument = new TypedDocumentString(`
    query StartProgrammePage {
  me {
    municipalities
  }
}
    `) as unknown as TypedDocumentString<StartProgrammePageQuery, StartProgrammePageQueryVariables>;
export const StartProgrammeDocument = new TypedDocumentString(`
    mutation StartProgramme($municipalityCode: String!, $startedOn: LocalDate, $pastPhases: [PastPhaseInput!]) {
  startProgramme(
    municipalityCode: $municipalityCode
    startedOn: $startedOn
    pastPhases: $pastPhases
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartProgrammeMutation, StartProgrammeMutationVariables>;
export const StepDesignateAdministrativeLeadDocument = new TypedDocumentString(`
    mutation StepDesignateAdministrativeLead($id: ID!, $input: DesignateAdministrativeLeadInput!, $onBehalf: Boolean) {
  designateAdministrativeLead(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepDesignateAdministrativeLeadMutation, StepDesignateAdministrativeLeadMutationVariables>;
export const StepCommitPartnerDocument = new TypedDocumentString(`
    mutation StepCommitPartner($id: ID!, $input: CommitPartnerInput!, $onBehalf: Boolean) {
  commitPartner(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepCommitPartnerMutation, StepCommitPartnerMutationVariables>;
export const StepAppointProjectLeadDocument = new TypedDocumentString(`
    mutation StepAppointProjectLead($id: ID!, $input: AppointProjectLeadInput!, $onBehalf: Boolean) {
  appointProjectLead(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepAppointProjectLeadMutation, StepAppointProjectLeadMutationVariables>;
export const StepRecordRecommendationDocument = new TypedDocumentString(`
    mutation StepRecordRecommendation($id: ID!, $input: RecordRecommendationInput!, $onBehalf: Boolean) {
  recordRecommendation(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepRecordRecommendationMutation, StepRecordRecommendationMutationVariables>;
export const StepConfirmCommitmentDocument = new TypedDocumentString(`
    mutation StepConfirmCommitment($id: ID!, $onBehalf: Boolean) {
  confirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepConfirmCommitmentMutation, StepConfirmCommitmentMutationVariables>;
export const StepReconfirmCommitmentDocument = new TypedDocumentString(`
    mutation StepReconfirmCommitment($id: ID!, $onBehalf: Boolean) {
  reconfirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepReconfirmCommitmentMutation, StepReconfirmCommitmentMutationVariables>;
export const StepRecordBottleneckDocument = new TypedDocumentString(`
    mutation StepRecordBottleneck($id: ID!, $input: RecordBottleneckInput!, $onBehalf: Boolean) {
  recordBottleneck(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepRecordBottleneckMutation, StepRecordBottleneckMutationVariables>;
export const StepSelectThemeDocument = new TypedDocumentString(`
    mutation StepSelectTheme($id: ID!, $input: ThemeInput!, $onBehalf: Boolean) {
  selectTheme(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepSelectThemeMutation, StepSelectThemeMutationVariables>;
export const StepDeselectThemeDocument = new TypedDocumentString(`
    mutation StepDeselectTheme($id: ID!, $input: ThemeInput!, $onBehalf: Boolean) {
  deselectTheme(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepDeselectThemeMutation, StepDeselectThemeMutationVariables>;
export const StepAddActionDocument = new TypedDocumentString(`
    mutation StepAddAction($id: ID!, $input: AddActionInput!, $onBehalf: Boolean) {
  addAction(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepAddActionMutation, StepAddActionMutationVariables>;
export const StepConfirmSupportDocument = new TypedDocumentString(`
    mutation StepConfirmSupport($id: ID!, $input: ConfirmSupportInput!, $onBehalf: Boolean) {
  confirmSupport(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepConfirmSupportMutation, StepConfirmSupportMutationVariables>;
export const StepAdoptAgendaDocument = new TypedDocumentString(`
    mutation StepAdoptAgenda($id: ID!, $onBehalf: Boolean) {
  adoptAgenda(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepAdoptAgendaMutation, StepAdoptAgendaMutationVariables>;
export const StepUpdateActionStatusDocument = new TypedDocumentString(`
    mutation StepUpdateActionStatus($id: ID!, $input: UpdateActionStatusInput!, $onBehalf: Boolean) {
  updateActionStatus(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepUpdateActionStatusMutation, StepUpdateActionStatusMutationVariables>;
export const StepStartSchoolBoardTalksDocument = new TypedDocumentString(`
    mutation StepStartSchoolBoardTalks($id: ID!, $onBehalf: Boolean) {
  startSchoolBoardTalks(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepStartSchoolBoardTalksMutation, StepStartSchoolBoardTalksMutationVariables>;
export const StepStartSchoolTalksDocument = new TypedDocumentString(`
    mutation StepStartSchoolTalks($id: ID!, $onBehalf: Boolean) {
  startSchoolTalks(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepStartSchoolTalksMutation, StepStartSchoolTalksMutationVariables>;
export const StepFixTrainingCalendarDocument = new TypedDocumentString(`
    mutation StepFixTrainingCalendar($id: ID!, $onBehalf: Boolean) {
  fixTrainingCalendar(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepFixTrainingCalendarMutation, StepFixTrainingCalendarMutationVariables>;
export const StepPlanTrainingSessionDocument = new TypedDocumentString(`
    mutation StepPlanTrainingSession($id: ID!, $input: PlanTrainingSessionInput!, $onBehalf: Boolean) {
  planTrainingSession(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepPlanTrainingSessionMutation, StepPlanTrainingSessionMutationVariables>;
export const StepRecordTrainingDeliveredDocument = new TypedDocumentString(`
    mutation StepRecordTrainingDelivered($id: ID!, $input: RecordTrainingDeliveredInput!, $onBehalf: Boolean) {
  recordTrainingDelivered(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepRecordTrainingDeliveredMutation, StepRecordTrainingDeliveredMutationVariables>;
export const StepCompleteExecutionDocument = new TypedDocumentString(`
    mutation StepCompleteExecution($id: ID!, $onBehalf: Boolean) {
  completeExecution(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepCompleteExecutionMutation, StepCompleteExecutionMutationVariables>;
export const StepRecordEmbeddingDocument = new TypedDocumentString(`
    mutation StepRecordEmbedding($id: ID!, $input: RecordEmbeddingInput!, $onBehalf: Boolean) {
  recordEmbedding(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepRecordEmbeddingMutation, StepRecordEmbeddingMutationVariables>;
export const StepNameEmbeddingOwnerDocument = new TypedDocumentString(`
    mutation StepNameEmbeddingOwner($id: ID!, $input: NameEmbeddingOwnerInput!, $onBehalf: Boolean) {
  nameEmbeddingOwner(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepNameEmbeddingOwnerMutation, StepNameEmbeddingOwnerMutationVariables>;
export const StepRecordLeadDepartureDocument = new TypedDocumentString(`
    mutation StepRecordLeadDeparture($id: ID!, $onBehalf: Boolean) {
  recordLeadDeparture(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepRecordLeadDepartureMutation, StepRecordLeadDepartureMutationVariables>;
export const StepCompleteEmbeddingDocument = new TypedDocumentString(`
    mutation StepCompleteEmbedding($id: ID!, $onBehalf: Boolean) {
  completeEmbedding(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepCompleteEmbeddingMutation, StepCompleteEmbeddingMutationVariables>;
export const StepRecordCheckInDocument = new TypedDocumentString(`
    mutation StepRecordCheckIn($id: ID!, $input: RecordCheckInInput!, $onBehalf: Boolean) {
  recordCheckIn(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepRecordCheckInMutation, StepRecordCheckInMutationVariables>;
export const StepRecordSuccessorInstrumentDocument = new TypedDocumentString(`
    mutation StepRecordSuccessorInstrument($id: ID!, $input: RecordSuccessorInstrumentInput!, $onBehalf: Boolean) {
  recordSuccessorInstrument(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepRecordSuccessorInstrumentMutation, StepRecordSuccessorInstrumentMutationVariables>;
export const StepCloseProgrammeDocument = new TypedDocumentString(`
    mutation StepCloseProgramme($id: ID!, $input: CloseProgrammeInput!, $onBehalf: Boolean) {
  closeProgramme(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepCloseProgrammeMutation, StepCloseProgrammeMutationVariables>;
export const StepReportIndicatorsDocument = new TypedDocumentString(`
    mutation StepReportIndicators($id: ID!, $input: ReportIndicatorsInput!, $onBehalf: Boolean) {
  reportIndicators(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepReportIndicatorsMutation, StepReportIndicatorsMutationVariables>;
export const StepPauseProgrammeDocument = new TypedDocumentString(`
    mutation StepPauseProgramme($id: ID!, $input: ReasonInput!, $onBehalf: Boolean) {
  pauseProgramme(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepPauseProgrammeMutation, StepPauseProgrammeMutationVariables>;
export const StepResumeProgrammeDocument = new TypedDocumentString(`
    mutation StepResumeProgramme($id: ID!, $onBehalf: Boolean) {
  resumeProgramme(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepResumeProgrammeMutation, StepResumeProgrammeMutationVariables>;
export const StepAbortProgrammeDocument = new TypedDocumentString(`
    mutation StepAbortProgramme($id: ID!, $input: ReasonInput!, $onBehalf: Boolean) {
  abortProgramme(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepAbortProgrammeMutation, StepAbortProgrammeMutationVariables>;
export const StepChangeSettingsDocument = new TypedDocumentString(`
    mutation StepChangeSettings($id: ID!, $input: ChangeSettingsInput!, $onBehalf: Boolean) {
  changeSettings(
    programmeId: $id
    input: $input
    onBehalfOfAdministrativeLead: $onBehalf
  ) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<StepChangeSettingsMutation, StepChangeSettingsMutationVariables>;