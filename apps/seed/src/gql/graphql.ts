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

/** Een gemeente van het collectief (C1, C2). */
export type CollectiveMunicipalityInput = {
  /** CBS-gemeentecode, bijvoorbeeld GM0362 (Amstelveen). */
  municipalityCode: string;
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

/** Fase van het programma: COMMITMENT (bestuurlijk draagvlak, inrichten), AGENDA (verbeteragenda van onderop), EXECUTION (uitvoering), EMBEDDING (borging in bestaand beleid), CONTINUATION (voortzetting), CLOSED (afgesloten). */
export type ProgrammePhase =
  | 'AGENDA'
  | 'CLOSED'
  | 'COMMITMENT'
  | 'CONTINUATION'
  | 'EMBEDDING'
  | 'EXECUTION';

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

export type SeedProgrammeFragment = { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null };

export type SeedPingQueryVariables = Exact<{ [key: string]: never; }>;


export type SeedPingQuery = { __typename: 'Query' };

export type SeedProgrammeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type SeedProgrammeByIdQuery = { programme: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } | null };

export type SeedProgrammeByMunicipalityQueryVariables = Exact<{
  municipalityCode: string;
}>;


export type SeedProgrammeByMunicipalityQuery = { programme: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } | null };

export type SeedStartProgrammeMutationVariables = Exact<{
  code: string;
  startedOn?: string | null | undefined;
  pastPhases?: Array<PastPhaseInput> | PastPhaseInput | null | undefined;
  members?: Array<string> | string | null | undefined;
}>;


export type SeedStartProgrammeMutation = { startProgramme: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedProgrammePeopleQueryVariables = Exact<{
  id: string | number;
}>;


export type SeedProgrammePeopleQuery = { programme: { id: string, invitations: Array<{ email: string }>, members: Array<{ email: string }> } | null };

export type SeedInviteMemberMutationVariables = Exact<{
  programmeId: string | number;
  input: InviteMemberInput;
}>;


export type SeedInviteMemberMutation = { inviteMember: { id: string } };

export type SeedMentorSuggestionsQueryVariables = Exact<{
  id: string | number;
}>;


export type SeedMentorSuggestionsQuery = { mentorSuggestions: Array<{ kind: MentorKind, municipalityCode: string, programmeId: string | null, name: string, sameRegion: boolean }> };

export type SeedPairMentorMutationVariables = Exact<{
  id: string | number;
  input: MentorPairingInput;
}>;


export type SeedPairMentorMutation = { recordMentorPairing: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedVersionsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SeedVersionsQuery = { programmes: { edges: Array<{ node: { id: string, version: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SeedDesignateAdministrativeLeadMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: DesignateAdministrativeLeadInput;
}>;


export type SeedDesignateAdministrativeLeadMutation = { designateAdministrativeLead: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedReconfirmCommitmentMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
}>;


export type SeedReconfirmCommitmentMutation = { reconfirmCommitment: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedCommitPartnerMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: CommitPartnerInput;
}>;


export type SeedCommitPartnerMutation = { commitPartner: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedAppointProjectLeadMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: AppointProjectLeadInput;
}>;


export type SeedAppointProjectLeadMutation = { appointProjectLead: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedRecordRecommendationMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: RecordRecommendationInput;
}>;


export type SeedRecordRecommendationMutation = { recordRecommendation: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedConfirmMemberCommitmentMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: CollectiveMunicipalityInput;
}>;


export type SeedConfirmMemberCommitmentMutation = { confirmMemberCommitment: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedConfirmCommitmentMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
}>;


export type SeedConfirmCommitmentMutation = { confirmCommitment: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedRecordBottleneckMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: RecordBottleneckInput;
}>;


export type SeedRecordBottleneckMutation = { recordBottleneck: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedSelectThemeMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: ThemeInput;
}>;


export type SeedSelectThemeMutation = { selectTheme: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedAddActionMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: AddActionInput;
}>;


export type SeedAddActionMutation = { addAction: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedConfirmSupportMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: ConfirmSupportInput;
}>;


export type SeedConfirmSupportMutation = { confirmSupport: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedAdoptAgendaMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
}>;


export type SeedAdoptAgendaMutation = { adoptAgenda: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedUpdateActionStatusMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: UpdateActionStatusInput;
}>;


export type SeedUpdateActionStatusMutation = { updateActionStatus: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedStartSchoolBoardTalksMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
}>;


export type SeedStartSchoolBoardTalksMutation = { startSchoolBoardTalks: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedStartSchoolTalksMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
}>;


export type SeedStartSchoolTalksMutation = { startSchoolTalks: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedFixTrainingCalendarMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
}>;


export type SeedFixTrainingCalendarMutation = { fixTrainingCalendar: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedPlanTrainingSessionMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: PlanTrainingSessionInput;
}>;


export type SeedPlanTrainingSessionMutation = { planTrainingSession: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedReportIndicatorsMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: ReportIndicatorsInput;
}>;


export type SeedReportIndicatorsMutation = { reportIndicators: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedCompleteExecutionMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
}>;


export type SeedCompleteExecutionMutation = { completeExecution: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedNameEmbeddingOwnerMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: NameEmbeddingOwnerInput;
}>;


export type SeedNameEmbeddingOwnerMutation = { nameEmbeddingOwner: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedRecordEmbeddingMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: RecordEmbeddingInput;
}>;


export type SeedRecordEmbeddingMutation = { recordEmbedding: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedRecordSuccessorInstrumentMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: RecordSuccessorInstrumentInput;
}>;


export type SeedRecordSuccessorInstrumentMutation = { recordSuccessorInstrument: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedRecordLeadDepartureMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
}>;


export type SeedRecordLeadDepartureMutation = { recordLeadDeparture: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedAcknowledgeEscalationMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: AcknowledgeEscalationInput;
}>;


export type SeedAcknowledgeEscalationMutation = { acknowledgeEscalation: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedCompleteEmbeddingMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
}>;


export type SeedCompleteEmbeddingMutation = { completeEmbedding: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedRecordCheckInMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: RecordCheckInInput;
}>;


export type SeedRecordCheckInMutation = { recordCheckIn: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedPauseProgrammeMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: ReasonInput;
}>;


export type SeedPauseProgrammeMutation = { pauseProgramme: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

export type SeedAbortProgrammeMutationVariables = Exact<{
  programmeId: string | number;
  actingAs?: ActorRole | null | undefined;
  input: ReasonInput;
}>;


export type SeedAbortProgrammeMutation = { abortProgramme: { id: string, municipalityCode: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, startedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, municipality: { name: string }, commitment: { reconfirmedAt: string | null, administrativeLead: { designatedAt: string } | null, recommitment: { reason: RecommitmentReason } | null, partners: Array<{ organisation: string }>, projectLead: { kind: ProjectLeadKind } | null, pastProjectLeads: Array<{ kind: ProjectLeadKind }>, recommendations: Array<{ item: Recommendation, doneAt: string | null }> } | null, agenda: { themes: Array<Theme>, bottlenecks: Array<{ description: string }>, actions: Array<{ id: string, title: string, status: ActionStatus, practiceId: string | null, embedding: { instrument: PolicyInstrumentKind, instrumentName: string } | null, memberEmbeddings: Array<{ municipalityCode: string }> | null }>, support: Array<{ organisation: string, level: SupportLevel }> } | null, training: { stage: TrainingStage, targetYear: number, schoolTalksStartedAt: string | null, schoolYear: { firstDay: string } | null, sessions: Array<{ id: string }> } | null, embeddingOwner: { role: string } | null, escalations: Array<{ id: string, level: number, kind: EscalationKind, status: EscalationStatus, ruleId: string | null }>, indicators: Array<{ period: string }>, timeline: Array<{ event: string }>, mentor: { municipalityCode: string, name: string } | null, collective: { members: Array<{ confirmedOn: string | null, leftOn: string | null, municipality: { code: string } }> } | null } };

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
export const SeedProgrammeFragmentDoc = new TypedDocumentString(`
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}
    `, {"fragmentName":"SeedProgramme"}) as unknown as TypedDocumentString<SeedProgrammeFragment, unknown>;
export const SeedPingDocument = new TypedDocumentString(`
    query SeedPing {
  __typename
}
    `) as unknown as TypedDocumentString<SeedPingQuery, SeedPingQueryVariables>;
export const SeedProgrammeByIdDocument = new TypedDocumentString(`
    query SeedProgrammeById($id: ID!) {
  programme(id: $id) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedProgrammeByIdQuery, SeedProgrammeByIdQueryVariables>;
export const SeedProgrammeByMunicipalityDocument = new TypedDocumentString(`
    query SeedProgrammeByMunicipality($municipalityCode: String!) {
  programme(municipalityCode: $municipalityCode) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedProgrammeByMunicipalityQuery, SeedProgrammeByMunicipalityQueryVariables>;
export const SeedStartProgrammeDocument = new TypedDocumentString(`
    mutation SeedStartProgramme($code: String!, $startedOn: LocalDate, $pastPhases: [PastPhaseInput!], $members: [String!]) {
  startProgramme(
    municipalityCode: $code
    startedOn: $startedOn
    pastPhases: $pastPhases
    members: $members
  ) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedStartProgrammeMutation, SeedStartProgrammeMutationVariables>;
export const SeedProgrammePeopleDocument = new TypedDocumentString(`
    query SeedProgrammePeople($id: ID!) {
  programme(id: $id) {
    id
    invitations {
      email
    }
    members {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<SeedProgrammePeopleQuery, SeedProgrammePeopleQueryVariables>;
export const SeedInviteMemberDocument = new TypedDocumentString(`
    mutation SeedInviteMember($programmeId: ID!, $input: InviteMemberInput!) {
  inviteMember(programmeId: $programmeId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SeedInviteMemberMutation, SeedInviteMemberMutationVariables>;
export const SeedMentorSuggestionsDocument = new TypedDocumentString(`
    query SeedMentorSuggestions($id: ID!) {
  mentorSuggestions(programmeId: $id, first: 3) {
    kind
    municipalityCode
    programmeId
    name
    sameRegion
  }
}
    `) as unknown as TypedDocumentString<SeedMentorSuggestionsQuery, SeedMentorSuggestionsQueryVariables>;
export const SeedPairMentorDocument = new TypedDocumentString(`
    mutation SeedPairMentor($id: ID!, $input: MentorPairingInput!) {
  recordMentorPairing(programmeId: $id, input: $input) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedPairMentorMutation, SeedPairMentorMutationVariables>;
export const SeedVersionsDocument = new TypedDocumentString(`
    query SeedVersions($after: String) {
  programmes(first: 100, after: $after) {
    edges {
      node {
        id
        version
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SeedVersionsQuery, SeedVersionsQueryVariables>;
export const SeedDesignateAdministrativeLeadDocument = new TypedDocumentString(`
    mutation SeedDesignateAdministrativeLead($programmeId: ID!, $actingAs: ActorRole, $input: DesignateAdministrativeLeadInput!) {
  designateAdministrativeLead(
    programmeId: $programmeId
    actingAs: $actingAs
    input: $input
  ) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedDesignateAdministrativeLeadMutation, SeedDesignateAdministrativeLeadMutationVariables>;
export const SeedReconfirmCommitmentDocument = new TypedDocumentString(`
    mutation SeedReconfirmCommitment($programmeId: ID!, $actingAs: ActorRole) {
  reconfirmCommitment(programmeId: $programmeId, actingAs: $actingAs) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedReconfirmCommitmentMutation, SeedReconfirmCommitmentMutationVariables>;
export const SeedCommitPartnerDocument = new TypedDocumentString(`
    mutation SeedCommitPartner($programmeId: ID!, $actingAs: ActorRole, $input: CommitPartnerInput!) {
  commitPartner(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedCommitPartnerMutation, SeedCommitPartnerMutationVariables>;
export const SeedAppointProjectLeadDocument = new TypedDocumentString(`
    mutation SeedAppointProjectLead($programmeId: ID!, $actingAs: ActorRole, $input: AppointProjectLeadInput!) {
  appointProjectLead(
    programmeId: $programmeId
    actingAs: $actingAs
    input: $input
  ) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedAppointProjectLeadMutation, SeedAppointProjectLeadMutationVariables>;
export const SeedRecordRecommendationDocument = new TypedDocumentString(`
    mutation SeedRecordRecommendation($programmeId: ID!, $actingAs: ActorRole, $input: RecordRecommendationInput!) {
  recordRecommendation(
    programmeId: $programmeId
    actingAs: $actingAs
    input: $input
  ) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedRecordRecommendationMutation, SeedRecordRecommendationMutationVariables>;
export const SeedConfirmMemberCommitmentDocument = new TypedDocumentString(`
    mutation SeedConfirmMemberCommitment($programmeId: ID!, $actingAs: ActorRole, $input: CollectiveMunicipalityInput!) {
  confirmMemberCommitment(
    programmeId: $programmeId
    actingAs: $actingAs
    input: $input
  ) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedConfirmMemberCommitmentMutation, SeedConfirmMemberCommitmentMutationVariables>;
export const SeedConfirmCommitmentDocument = new TypedDocumentString(`
    mutation SeedConfirmCommitment($programmeId: ID!, $actingAs: ActorRole) {
  confirmCommitment(programmeId: $programmeId, actingAs: $actingAs) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedConfirmCommitmentMutation, SeedConfirmCommitmentMutationVariables>;
export const SeedRecordBottleneckDocument = new TypedDocumentString(`
    mutation SeedRecordBottleneck($programmeId: ID!, $actingAs: ActorRole, $input: RecordBottleneckInput!) {
  recordBottleneck(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedRecordBottleneckMutation, SeedRecordBottleneckMutationVariables>;
export const SeedSelectThemeDocument = new TypedDocumentString(`
    mutation SeedSelectTheme($programmeId: ID!, $actingAs: ActorRole, $input: ThemeInput!) {
  selectTheme(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedSelectThemeMutation, SeedSelectThemeMutationVariables>;
export const SeedAddActionDocument = new TypedDocumentString(`
    mutation SeedAddAction($programmeId: ID!, $actingAs: ActorRole, $input: AddActionInput!) {
  addAction(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedAddActionMutation, SeedAddActionMutationVariables>;
export const SeedConfirmSupportDocument = new TypedDocumentString(`
    mutation SeedConfirmSupport($programmeId: ID!, $actingAs: ActorRole, $input: ConfirmSupportInput!) {
  confirmSupport(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedConfirmSupportMutation, SeedConfirmSupportMutationVariables>;
export const SeedAdoptAgendaDocument = new TypedDocumentString(`
    mutation SeedAdoptAgenda($programmeId: ID!, $actingAs: ActorRole) {
  adoptAgenda(programmeId: $programmeId, actingAs: $actingAs) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedAdoptAgendaMutation, SeedAdoptAgendaMutationVariables>;
export const SeedUpdateActionStatusDocument = new TypedDocumentString(`
    mutation SeedUpdateActionStatus($programmeId: ID!, $actingAs: ActorRole, $input: UpdateActionStatusInput!) {
  updateActionStatus(
    programmeId: $programmeId
    actingAs: $actingAs
    input: $input
  ) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedUpdateActionStatusMutation, SeedUpdateActionStatusMutationVariables>;
export const SeedStartSchoolBoardTalksDocument = new TypedDocumentString(`
    mutation SeedStartSchoolBoardTalks($programmeId: ID!, $actingAs: ActorRole) {
  startSchoolBoardTalks(programmeId: $programmeId, actingAs: $actingAs) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedStartSchoolBoardTalksMutation, SeedStartSchoolBoardTalksMutationVariables>;
export const SeedStartSchoolTalksDocument = new TypedDocumentString(`
    mutation SeedStartSchoolTalks($programmeId: ID!, $actingAs: ActorRole) {
  startSchoolTalks(programmeId: $programmeId, actingAs: $actingAs) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedStartSchoolTalksMutation, SeedStartSchoolTalksMutationVariables>;
export const SeedFixTrainingCalendarDocument = new TypedDocumentString(`
    mutation SeedFixTrainingCalendar($programmeId: ID!, $actingAs: ActorRole) {
  fixTrainingCalendar(programmeId: $programmeId, actingAs: $actingAs) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedFixTrainingCalendarMutation, SeedFixTrainingCalendarMutationVariables>;
export const SeedPlanTrainingSessionDocument = new TypedDocumentString(`
    mutation SeedPlanTrainingSession($programmeId: ID!, $actingAs: ActorRole, $input: PlanTrainingSessionInput!) {
  planTrainingSession(
    programmeId: $programmeId
    actingAs: $actingAs
    input: $input
  ) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedPlanTrainingSessionMutation, SeedPlanTrainingSessionMutationVariables>;
export const SeedReportIndicatorsDocument = new TypedDocumentString(`
    mutation SeedReportIndicators($programmeId: ID!, $actingAs: ActorRole, $input: ReportIndicatorsInput!) {
  reportIndicators(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedReportIndicatorsMutation, SeedReportIndicatorsMutationVariables>;
export const SeedCompleteExecutionDocument = new TypedDocumentString(`
    mutation SeedCompleteExecution($programmeId: ID!, $actingAs: ActorRole) {
  completeExecution(programmeId: $programmeId, actingAs: $actingAs) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedCompleteExecutionMutation, SeedCompleteExecutionMutationVariables>;
export const SeedNameEmbeddingOwnerDocument = new TypedDocumentString(`
    mutation SeedNameEmbeddingOwner($programmeId: ID!, $actingAs: ActorRole, $input: NameEmbeddingOwnerInput!) {
  nameEmbeddingOwner(
    programmeId: $programmeId
    actingAs: $actingAs
    input: $input
  ) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedNameEmbeddingOwnerMutation, SeedNameEmbeddingOwnerMutationVariables>;
export const SeedRecordEmbeddingDocument = new TypedDocumentString(`
    mutation SeedRecordEmbedding($programmeId: ID!, $actingAs: ActorRole, $input: RecordEmbeddingInput!) {
  recordEmbedding(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedRecordEmbeddingMutation, SeedRecordEmbeddingMutationVariables>;
export const SeedRecordSuccessorInstrumentDocument = new TypedDocumentString(`
    mutation SeedRecordSuccessorInstrument($programmeId: ID!, $actingAs: ActorRole, $input: RecordSuccessorInstrumentInput!) {
  recordSuccessorInstrument(
    programmeId: $programmeId
    actingAs: $actingAs
    input: $input
  ) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedRecordSuccessorInstrumentMutation, SeedRecordSuccessorInstrumentMutationVariables>;
export const SeedRecordLeadDepartureDocument = new TypedDocumentString(`
    mutation SeedRecordLeadDeparture($programmeId: ID!, $actingAs: ActorRole) {
  recordLeadDeparture(programmeId: $programmeId, actingAs: $actingAs) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedRecordLeadDepartureMutation, SeedRecordLeadDepartureMutationVariables>;
export const SeedAcknowledgeEscalationDocument = new TypedDocumentString(`
    mutation SeedAcknowledgeEscalation($programmeId: ID!, $actingAs: ActorRole, $input: AcknowledgeEscalationInput!) {
  acknowledgeEscalation(
    programmeId: $programmeId
    actingAs: $actingAs
    input: $input
  ) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedAcknowledgeEscalationMutation, SeedAcknowledgeEscalationMutationVariables>;
export const SeedCompleteEmbeddingDocument = new TypedDocumentString(`
    mutation SeedCompleteEmbedding($programmeId: ID!, $actingAs: ActorRole) {
  completeEmbedding(programmeId: $programmeId, actingAs: $actingAs) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedCompleteEmbeddingMutation, SeedCompleteEmbeddingMutationVariables>;
export const SeedRecordCheckInDocument = new TypedDocumentString(`
    mutation SeedRecordCheckIn($programmeId: ID!, $actingAs: ActorRole, $input: RecordCheckInInput!) {
  recordCheckIn(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedRecordCheckInMutation, SeedRecordCheckInMutationVariables>;
export const SeedPauseProgrammeDocument = new TypedDocumentString(`
    mutation SeedPauseProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) {
  pauseProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedPauseProgrammeMutation, SeedPauseProgrammeMutationVariables>;
export const SeedAbortProgrammeDocument = new TypedDocumentString(`
    mutation SeedAbortProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) {
  abortProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
    ...SeedProgramme
  }
}
    fragment SeedProgramme on Programme {
  id
  municipalityCode
  phase
  status
  version
  startedAt
  openEscalationLevel
  riskFlags
  municipality {
    name
  }
  commitment {
    administrativeLead {
      designatedAt
    }
    recommitment {
      reason
    }
    reconfirmedAt
    partners {
      organisation
    }
    projectLead {
      kind
    }
    pastProjectLeads {
      kind
    }
    recommendations {
      item
      doneAt
    }
  }
  agenda {
    bottlenecks {
      description
    }
    themes
    actions {
      id
      title
      status
      practiceId
      embedding {
        instrument
        instrumentName
      }
      memberEmbeddings {
        municipalityCode
      }
    }
    support {
      organisation
      level
    }
  }
  training {
    stage
    targetYear
    schoolYear {
      firstDay
    }
    schoolTalksStartedAt
    sessions {
      id
    }
  }
  embeddingOwner {
    role
  }
  escalations {
    id
    level
    kind
    status
    ruleId
  }
  indicators {
    period
  }
  timeline {
    event
  }
  mentor {
    municipalityCode
    name
  }
  collective {
    members {
      municipality {
        code
      }
      confirmedOn
      leftOn
    }
  }
}`) as unknown as TypedDocumentString<SeedAbortProgrammeMutation, SeedAbortProgrammeMutationVariables>;