/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SeedProgramme on Programme {\n    id municipalityCode phase status version startedAt openEscalationLevel riskFlags\n    municipality { name }\n    commitment { administrativeLead { designatedAt } partners { organisation } projectLead { kind } pastProjectLeads { kind } recommendations { item doneAt } }\n    agenda { bottlenecks { description } themes actions { id title status practiceId embedding { instrument } } support { organisation level } }\n    training { stage targetYear schoolYear { firstDay } schoolTalksStartedAt sessions { id } }\n    embeddingOwner { role }\n    escalations { id level kind status ruleId }\n    indicators { period }\n    timeline { event }\n    mentor { municipalityCode name }\n  }\n": typeof types.SeedProgrammeFragmentDoc,
    "query SeedPing { __typename }": typeof types.SeedPingDocument,
    "query SeedProgrammeById($id: ID!) { programme(id: $id) { ...SeedProgramme } }": typeof types.SeedProgrammeByIdDocument,
    "query SeedProgrammeByMunicipality($municipalityCode: String!) { programme(municipalityCode: $municipalityCode) { ...SeedProgramme } }": typeof types.SeedProgrammeByMunicipalityDocument,
    "mutation SeedStartProgramme($code: String!, $startedOn: LocalDate) { startProgramme(municipalityCode: $code, startedOn: $startedOn) { ...SeedProgramme } }": typeof types.SeedStartProgrammeDocument,
    "query SeedMentorSuggestions($id: ID!) { mentorSuggestions(programmeId: $id, first: 3) { kind municipalityCode programmeId name sameRegion } }": typeof types.SeedMentorSuggestionsDocument,
    "mutation SeedPairMentor($id: ID!, $input: MentorPairingInput!) { recordMentorPairing(programmeId: $id, input: $input) { ...SeedProgramme } }": typeof types.SeedPairMentorDocument,
    "query SeedVersions($after: String) { programmes(first: 100, after: $after) { edges { node { id version } } pageInfo { hasNextPage endCursor } } }": typeof types.SeedVersionsDocument,
    "mutation SeedDesignateAdministrativeLead($programmeId: ID!, $actingAs: ActorRole, $input: DesignateAdministrativeLeadInput!) { designateAdministrativeLead(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedDesignateAdministrativeLeadDocument,
    "mutation SeedCommitPartner($programmeId: ID!, $actingAs: ActorRole, $input: CommitPartnerInput!) { commitPartner(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedCommitPartnerDocument,
    "mutation SeedAppointProjectLead($programmeId: ID!, $actingAs: ActorRole, $input: AppointProjectLeadInput!) { appointProjectLead(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedAppointProjectLeadDocument,
    "mutation SeedRecordRecommendation($programmeId: ID!, $actingAs: ActorRole, $input: RecordRecommendationInput!) { recordRecommendation(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedRecordRecommendationDocument,
    "mutation SeedConfirmCommitment($programmeId: ID!, $actingAs: ActorRole) { confirmCommitment(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": typeof types.SeedConfirmCommitmentDocument,
    "mutation SeedRecordBottleneck($programmeId: ID!, $actingAs: ActorRole, $input: RecordBottleneckInput!) { recordBottleneck(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedRecordBottleneckDocument,
    "mutation SeedSelectTheme($programmeId: ID!, $actingAs: ActorRole, $input: ThemeInput!) { selectTheme(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedSelectThemeDocument,
    "mutation SeedAddAction($programmeId: ID!, $actingAs: ActorRole, $input: AddActionInput!) { addAction(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedAddActionDocument,
    "mutation SeedConfirmSupport($programmeId: ID!, $actingAs: ActorRole, $input: ConfirmSupportInput!) { confirmSupport(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedConfirmSupportDocument,
    "mutation SeedAdoptAgenda($programmeId: ID!, $actingAs: ActorRole) { adoptAgenda(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": typeof types.SeedAdoptAgendaDocument,
    "mutation SeedUpdateActionStatus($programmeId: ID!, $actingAs: ActorRole, $input: UpdateActionStatusInput!) { updateActionStatus(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedUpdateActionStatusDocument,
    "mutation SeedStartSchoolBoardTalks($programmeId: ID!, $actingAs: ActorRole) { startSchoolBoardTalks(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": typeof types.SeedStartSchoolBoardTalksDocument,
    "mutation SeedStartSchoolTalks($programmeId: ID!, $actingAs: ActorRole) { startSchoolTalks(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": typeof types.SeedStartSchoolTalksDocument,
    "mutation SeedFixTrainingCalendar($programmeId: ID!, $actingAs: ActorRole) { fixTrainingCalendar(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": typeof types.SeedFixTrainingCalendarDocument,
    "mutation SeedPlanTrainingSession($programmeId: ID!, $actingAs: ActorRole, $input: PlanTrainingSessionInput!) { planTrainingSession(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedPlanTrainingSessionDocument,
    "mutation SeedReportIndicators($programmeId: ID!, $actingAs: ActorRole, $input: ReportIndicatorsInput!) { reportIndicators(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedReportIndicatorsDocument,
    "mutation SeedCompleteExecution($programmeId: ID!, $actingAs: ActorRole) { completeExecution(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": typeof types.SeedCompleteExecutionDocument,
    "mutation SeedNameEmbeddingOwner($programmeId: ID!, $actingAs: ActorRole, $input: NameEmbeddingOwnerInput!) { nameEmbeddingOwner(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedNameEmbeddingOwnerDocument,
    "mutation SeedRecordEmbedding($programmeId: ID!, $actingAs: ActorRole, $input: RecordEmbeddingInput!) { recordEmbedding(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedRecordEmbeddingDocument,
    "mutation SeedRecordLeadDeparture($programmeId: ID!, $actingAs: ActorRole) { recordLeadDeparture(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": typeof types.SeedRecordLeadDepartureDocument,
    "mutation SeedAcknowledgeEscalation($programmeId: ID!, $actingAs: ActorRole, $input: AcknowledgeEscalationInput!) { acknowledgeEscalation(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedAcknowledgeEscalationDocument,
    "mutation SeedCompleteEmbedding($programmeId: ID!, $actingAs: ActorRole) { completeEmbedding(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": typeof types.SeedCompleteEmbeddingDocument,
    "mutation SeedRecordCheckIn($programmeId: ID!, $actingAs: ActorRole, $input: RecordCheckInInput!) { recordCheckIn(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedRecordCheckInDocument,
    "mutation SeedPauseProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) { pauseProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedPauseProgrammeDocument,
    "mutation SeedAbortProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) { abortProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": typeof types.SeedAbortProgrammeDocument,
};
const documents: Documents = {
    "\n  fragment SeedProgramme on Programme {\n    id municipalityCode phase status version startedAt openEscalationLevel riskFlags\n    municipality { name }\n    commitment { administrativeLead { designatedAt } partners { organisation } projectLead { kind } pastProjectLeads { kind } recommendations { item doneAt } }\n    agenda { bottlenecks { description } themes actions { id title status practiceId embedding { instrument } } support { organisation level } }\n    training { stage targetYear schoolYear { firstDay } schoolTalksStartedAt sessions { id } }\n    embeddingOwner { role }\n    escalations { id level kind status ruleId }\n    indicators { period }\n    timeline { event }\n    mentor { municipalityCode name }\n  }\n": types.SeedProgrammeFragmentDoc,
    "query SeedPing { __typename }": types.SeedPingDocument,
    "query SeedProgrammeById($id: ID!) { programme(id: $id) { ...SeedProgramme } }": types.SeedProgrammeByIdDocument,
    "query SeedProgrammeByMunicipality($municipalityCode: String!) { programme(municipalityCode: $municipalityCode) { ...SeedProgramme } }": types.SeedProgrammeByMunicipalityDocument,
    "mutation SeedStartProgramme($code: String!, $startedOn: LocalDate) { startProgramme(municipalityCode: $code, startedOn: $startedOn) { ...SeedProgramme } }": types.SeedStartProgrammeDocument,
    "query SeedMentorSuggestions($id: ID!) { mentorSuggestions(programmeId: $id, first: 3) { kind municipalityCode programmeId name sameRegion } }": types.SeedMentorSuggestionsDocument,
    "mutation SeedPairMentor($id: ID!, $input: MentorPairingInput!) { recordMentorPairing(programmeId: $id, input: $input) { ...SeedProgramme } }": types.SeedPairMentorDocument,
    "query SeedVersions($after: String) { programmes(first: 100, after: $after) { edges { node { id version } } pageInfo { hasNextPage endCursor } } }": types.SeedVersionsDocument,
    "mutation SeedDesignateAdministrativeLead($programmeId: ID!, $actingAs: ActorRole, $input: DesignateAdministrativeLeadInput!) { designateAdministrativeLead(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedDesignateAdministrativeLeadDocument,
    "mutation SeedCommitPartner($programmeId: ID!, $actingAs: ActorRole, $input: CommitPartnerInput!) { commitPartner(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedCommitPartnerDocument,
    "mutation SeedAppointProjectLead($programmeId: ID!, $actingAs: ActorRole, $input: AppointProjectLeadInput!) { appointProjectLead(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedAppointProjectLeadDocument,
    "mutation SeedRecordRecommendation($programmeId: ID!, $actingAs: ActorRole, $input: RecordRecommendationInput!) { recordRecommendation(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedRecordRecommendationDocument,
    "mutation SeedConfirmCommitment($programmeId: ID!, $actingAs: ActorRole) { confirmCommitment(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": types.SeedConfirmCommitmentDocument,
    "mutation SeedRecordBottleneck($programmeId: ID!, $actingAs: ActorRole, $input: RecordBottleneckInput!) { recordBottleneck(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedRecordBottleneckDocument,
    "mutation SeedSelectTheme($programmeId: ID!, $actingAs: ActorRole, $input: ThemeInput!) { selectTheme(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedSelectThemeDocument,
    "mutation SeedAddAction($programmeId: ID!, $actingAs: ActorRole, $input: AddActionInput!) { addAction(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedAddActionDocument,
    "mutation SeedConfirmSupport($programmeId: ID!, $actingAs: ActorRole, $input: ConfirmSupportInput!) { confirmSupport(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedConfirmSupportDocument,
    "mutation SeedAdoptAgenda($programmeId: ID!, $actingAs: ActorRole) { adoptAgenda(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": types.SeedAdoptAgendaDocument,
    "mutation SeedUpdateActionStatus($programmeId: ID!, $actingAs: ActorRole, $input: UpdateActionStatusInput!) { updateActionStatus(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedUpdateActionStatusDocument,
    "mutation SeedStartSchoolBoardTalks($programmeId: ID!, $actingAs: ActorRole) { startSchoolBoardTalks(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": types.SeedStartSchoolBoardTalksDocument,
    "mutation SeedStartSchoolTalks($programmeId: ID!, $actingAs: ActorRole) { startSchoolTalks(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": types.SeedStartSchoolTalksDocument,
    "mutation SeedFixTrainingCalendar($programmeId: ID!, $actingAs: ActorRole) { fixTrainingCalendar(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": types.SeedFixTrainingCalendarDocument,
    "mutation SeedPlanTrainingSession($programmeId: ID!, $actingAs: ActorRole, $input: PlanTrainingSessionInput!) { planTrainingSession(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedPlanTrainingSessionDocument,
    "mutation SeedReportIndicators($programmeId: ID!, $actingAs: ActorRole, $input: ReportIndicatorsInput!) { reportIndicators(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedReportIndicatorsDocument,
    "mutation SeedCompleteExecution($programmeId: ID!, $actingAs: ActorRole) { completeExecution(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": types.SeedCompleteExecutionDocument,
    "mutation SeedNameEmbeddingOwner($programmeId: ID!, $actingAs: ActorRole, $input: NameEmbeddingOwnerInput!) { nameEmbeddingOwner(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedNameEmbeddingOwnerDocument,
    "mutation SeedRecordEmbedding($programmeId: ID!, $actingAs: ActorRole, $input: RecordEmbeddingInput!) { recordEmbedding(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedRecordEmbeddingDocument,
    "mutation SeedRecordLeadDeparture($programmeId: ID!, $actingAs: ActorRole) { recordLeadDeparture(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": types.SeedRecordLeadDepartureDocument,
    "mutation SeedAcknowledgeEscalation($programmeId: ID!, $actingAs: ActorRole, $input: AcknowledgeEscalationInput!) { acknowledgeEscalation(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedAcknowledgeEscalationDocument,
    "mutation SeedCompleteEmbedding($programmeId: ID!, $actingAs: ActorRole) { completeEmbedding(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }": types.SeedCompleteEmbeddingDocument,
    "mutation SeedRecordCheckIn($programmeId: ID!, $actingAs: ActorRole, $input: RecordCheckInInput!) { recordCheckIn(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedRecordCheckInDocument,
    "mutation SeedPauseProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) { pauseProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedPauseProgrammeDocument,
    "mutation SeedAbortProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) { abortProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }": types.SeedAbortProgrammeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeedProgramme on Programme {\n    id municipalityCode phase status version startedAt openEscalationLevel riskFlags\n    municipality { name }\n    commitment { administrativeLead { designatedAt } partners { organisation } projectLead { kind } pastProjectLeads { kind } recommendations { item doneAt } }\n    agenda { bottlenecks { description } themes actions { id title status practiceId embedding { instrument } } support { organisation level } }\n    training { stage targetYear schoolYear { firstDay } schoolTalksStartedAt sessions { id } }\n    embeddingOwner { role }\n    escalations { id level kind status ruleId }\n    indicators { period }\n    timeline { event }\n    mentor { municipalityCode name }\n  }\n"): typeof import('./graphql').SeedProgrammeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedPing { __typename }"): typeof import('./graphql').SeedPingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedProgrammeById($id: ID!) { programme(id: $id) { ...SeedProgramme } }"): typeof import('./graphql').SeedProgrammeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedProgrammeByMunicipality($municipalityCode: String!) { programme(municipalityCode: $municipalityCode) { ...SeedProgramme } }"): typeof import('./graphql').SeedProgrammeByMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedStartProgramme($code: String!, $startedOn: LocalDate) { startProgramme(municipalityCode: $code, startedOn: $startedOn) { ...SeedProgramme } }"): typeof import('./graphql').SeedStartProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedMentorSuggestions($id: ID!) { mentorSuggestions(programmeId: $id, first: 3) { kind municipalityCode programmeId name sameRegion } }"): typeof import('./graphql').SeedMentorSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedPairMentor($id: ID!, $input: MentorPairingInput!) { recordMentorPairing(programmeId: $id, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedPairMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedVersions($after: String) { programmes(first: 100, after: $after) { edges { node { id version } } pageInfo { hasNextPage endCursor } } }"): typeof import('./graphql').SeedVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedDesignateAdministrativeLead($programmeId: ID!, $actingAs: ActorRole, $input: DesignateAdministrativeLeadInput!) { designateAdministrativeLead(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedDesignateAdministrativeLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedCommitPartner($programmeId: ID!, $actingAs: ActorRole, $input: CommitPartnerInput!) { commitPartner(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedCommitPartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedAppointProjectLead($programmeId: ID!, $actingAs: ActorRole, $input: AppointProjectLeadInput!) { appointProjectLead(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedAppointProjectLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedRecordRecommendation($programmeId: ID!, $actingAs: ActorRole, $input: RecordRecommendationInput!) { recordRecommendation(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedRecordRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedConfirmCommitment($programmeId: ID!, $actingAs: ActorRole) { confirmCommitment(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }"): typeof import('./graphql').SeedConfirmCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedRecordBottleneck($programmeId: ID!, $actingAs: ActorRole, $input: RecordBottleneckInput!) { recordBottleneck(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedRecordBottleneckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedSelectTheme($programmeId: ID!, $actingAs: ActorRole, $input: ThemeInput!) { selectTheme(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedSelectThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedAddAction($programmeId: ID!, $actingAs: ActorRole, $input: AddActionInput!) { addAction(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedAddActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedConfirmSupport($programmeId: ID!, $actingAs: ActorRole, $input: ConfirmSupportInput!) { confirmSupport(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedConfirmSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedAdoptAgenda($programmeId: ID!, $actingAs: ActorRole) { adoptAgenda(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }"): typeof import('./graphql').SeedAdoptAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedUpdateActionStatus($programmeId: ID!, $actingAs: ActorRole, $input: UpdateActionStatusInput!) { updateActionStatus(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedUpdateActionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedStartSchoolBoardTalks($programmeId: ID!, $actingAs: ActorRole) { startSchoolBoardTalks(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }"): typeof import('./graphql').SeedStartSchoolBoardTalksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedStartSchoolTalks($programmeId: ID!, $actingAs: ActorRole) { startSchoolTalks(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }"): typeof import('./graphql').SeedStartSchoolTalksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedFixTrainingCalendar($programmeId: ID!, $actingAs: ActorRole) { fixTrainingCalendar(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }"): typeof import('./graphql').SeedFixTrainingCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedPlanTrainingSession($programmeId: ID!, $actingAs: ActorRole, $input: PlanTrainingSessionInput!) { planTrainingSession(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedPlanTrainingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedReportIndicators($programmeId: ID!, $actingAs: ActorRole, $input: ReportIndicatorsInput!) { reportIndicators(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedReportIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedCompleteExecution($programmeId: ID!, $actingAs: ActorRole) { completeExecution(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }"): typeof import('./graphql').SeedCompleteExecutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedNameEmbeddingOwner($programmeId: ID!, $actingAs: ActorRole, $input: NameEmbeddingOwnerInput!) { nameEmbeddingOwner(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedNameEmbeddingOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedRecordEmbedding($programmeId: ID!, $actingAs: ActorRole, $input: RecordEmbeddingInput!) { recordEmbedding(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedRecordEmbeddingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedRecordLeadDeparture($programmeId: ID!, $actingAs: ActorRole) { recordLeadDeparture(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }"): typeof import('./graphql').SeedRecordLeadDepartureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedAcknowledgeEscalation($programmeId: ID!, $actingAs: ActorRole, $input: AcknowledgeEscalationInput!) { acknowledgeEscalation(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedAcknowledgeEscalationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedCompleteEmbedding($programmeId: ID!, $actingAs: ActorRole) { completeEmbedding(programmeId: $programmeId, actingAs: $actingAs) { ...SeedProgramme } }"): typeof import('./graphql').SeedCompleteEmbeddingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedRecordCheckIn($programmeId: ID!, $actingAs: ActorRole, $input: RecordCheckInInput!) { recordCheckIn(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedRecordCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedPauseProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) { pauseProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedPauseProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SeedAbortProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) { abortProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) { ...SeedProgramme } }"): typeof import('./graphql').SeedAbortProgrammeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
