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
    "\n  fragment SeedProgramme on Programme {\n    id\n    municipalityCode\n    phase\n    status\n    version\n    startedAt\n    openEscalationLevel\n    riskFlags\n    municipality {\n      name\n    }\n    commitment {\n      administrativeLead {\n        designatedAt\n      }\n      recommitment {\n        reason\n      }\n      reconfirmedAt\n      partners {\n        organisation\n      }\n      projectLead {\n        kind\n      }\n      pastProjectLeads {\n        kind\n      }\n      recommendations {\n        item\n        doneAt\n      }\n    }\n    agenda {\n      bottlenecks {\n        description\n      }\n      themes\n      actions {\n        id\n        title\n        status\n        practiceId\n        embedding {\n          instrument\n          instrumentName\n        }\n        memberEmbeddings {\n          municipalityCode\n        }\n      }\n      support {\n        organisation\n        level\n      }\n    }\n    training {\n      stage\n      targetYear\n      schoolYear {\n        firstDay\n      }\n      schoolTalksStartedAt\n      sessions {\n        id\n      }\n    }\n    embeddingOwner {\n      role\n    }\n    escalations {\n      id\n      level\n      kind\n      status\n      ruleId\n    }\n    indicators {\n      period\n    }\n    timeline {\n      event\n    }\n    mentor {\n      municipalityCode\n      name\n    }\n    collective {\n      members {\n        municipality {\n          code\n        }\n        confirmedOn\n        leftOn\n      }\n    }\n  }\n": typeof types.SeedProgrammeFragmentDoc,
    "\n  query SeedPing {\n    __typename\n  }\n": typeof types.SeedPingDocument,
    "\n  query SeedProgrammeById($id: ID!) {\n    programme(id: $id) {\n      ...SeedProgramme\n    }\n  }\n": typeof types.SeedProgrammeByIdDocument,
    "\n  query SeedProgrammeByMunicipality($municipalityCode: String!) {\n    programme(municipalityCode: $municipalityCode) {\n      ...SeedProgramme\n    }\n  }\n": typeof types.SeedProgrammeByMunicipalityDocument,
    "\n  mutation SeedStartProgramme(\n    $code: String!\n    $startedOn: LocalDate\n    $pastPhases: [PastPhaseInput!]\n    $members: [String!]\n  ) {\n    startProgramme(municipalityCode: $code, startedOn: $startedOn, pastPhases: $pastPhases, members: $members) {\n      ...SeedProgramme\n    }\n  }\n": typeof types.SeedStartProgrammeDocument,
    "\n  query SeedProgrammePeople($id: ID!) {\n    programme(id: $id) {\n      id\n      invitations {\n        email\n      }\n      members {\n        email\n      }\n    }\n  }\n": typeof types.SeedProgrammePeopleDocument,
    "\n  mutation SeedInviteMember($programmeId: ID!, $input: InviteMemberInput!) {\n    inviteMember(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n": typeof types.SeedInviteMemberDocument,
    "\n  query SeedMentorSuggestions($id: ID!) {\n    mentorSuggestions(programmeId: $id, first: 3) {\n      kind\n      municipalityCode\n      programmeId\n      name\n      sameRegion\n    }\n  }\n": typeof types.SeedMentorSuggestionsDocument,
    "\n  mutation SeedPairMentor($id: ID!, $input: MentorPairingInput!) {\n    recordMentorPairing(programmeId: $id, input: $input) {\n      ...SeedProgramme\n    }\n  }\n": typeof types.SeedPairMentorDocument,
    "\n  query SeedVersions($after: String) {\n    programmes(first: 100, after: $after) {\n      edges {\n        node {\n          id\n          version\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SeedVersionsDocument,
    "\n    mutation SeedDesignateAdministrativeLead(\n      $programmeId: ID!\n      $actingAs: ActorRole\n      $input: DesignateAdministrativeLeadInput!\n    ) {\n      designateAdministrativeLead(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedDesignateAdministrativeLeadDocument,
    "\n    mutation SeedReconfirmCommitment($programmeId: ID!, $actingAs: ActorRole) {\n      reconfirmCommitment(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedReconfirmCommitmentDocument,
    "\n    mutation SeedCommitPartner($programmeId: ID!, $actingAs: ActorRole, $input: CommitPartnerInput!) {\n      commitPartner(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedCommitPartnerDocument,
    "\n    mutation SeedAppointProjectLead($programmeId: ID!, $actingAs: ActorRole, $input: AppointProjectLeadInput!) {\n      appointProjectLead(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedAppointProjectLeadDocument,
    "\n    mutation SeedRecordRecommendation($programmeId: ID!, $actingAs: ActorRole, $input: RecordRecommendationInput!) {\n      recordRecommendation(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedRecordRecommendationDocument,
    "\n    mutation SeedConfirmMemberCommitment(\n      $programmeId: ID!\n      $actingAs: ActorRole\n      $input: CollectiveMunicipalityInput!\n    ) {\n      confirmMemberCommitment(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedConfirmMemberCommitmentDocument,
    "\n    mutation SeedConfirmCommitment($programmeId: ID!, $actingAs: ActorRole) {\n      confirmCommitment(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedConfirmCommitmentDocument,
    "\n    mutation SeedRecordBottleneck($programmeId: ID!, $actingAs: ActorRole, $input: RecordBottleneckInput!) {\n      recordBottleneck(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedRecordBottleneckDocument,
    "\n    mutation SeedSelectTheme($programmeId: ID!, $actingAs: ActorRole, $input: ThemeInput!) {\n      selectTheme(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedSelectThemeDocument,
    "\n    mutation SeedAddAction($programmeId: ID!, $actingAs: ActorRole, $input: AddActionInput!) {\n      addAction(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedAddActionDocument,
    "\n    mutation SeedConfirmSupport($programmeId: ID!, $actingAs: ActorRole, $input: ConfirmSupportInput!) {\n      confirmSupport(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedConfirmSupportDocument,
    "\n    mutation SeedAdoptAgenda($programmeId: ID!, $actingAs: ActorRole) {\n      adoptAgenda(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedAdoptAgendaDocument,
    "\n    mutation SeedUpdateActionStatus($programmeId: ID!, $actingAs: ActorRole, $input: UpdateActionStatusInput!) {\n      updateActionStatus(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedUpdateActionStatusDocument,
    "\n    mutation SeedStartSchoolBoardTalks($programmeId: ID!, $actingAs: ActorRole) {\n      startSchoolBoardTalks(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedStartSchoolBoardTalksDocument,
    "\n    mutation SeedStartSchoolTalks($programmeId: ID!, $actingAs: ActorRole) {\n      startSchoolTalks(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedStartSchoolTalksDocument,
    "\n    mutation SeedFixTrainingCalendar($programmeId: ID!, $actingAs: ActorRole) {\n      fixTrainingCalendar(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedFixTrainingCalendarDocument,
    "\n    mutation SeedPlanTrainingSession($programmeId: ID!, $actingAs: ActorRole, $input: PlanTrainingSessionInput!) {\n      planTrainingSession(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedPlanTrainingSessionDocument,
    "\n    mutation SeedReportIndicators($programmeId: ID!, $actingAs: ActorRole, $input: ReportIndicatorsInput!) {\n      reportIndicators(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedReportIndicatorsDocument,
    "\n    mutation SeedCompleteExecution($programmeId: ID!, $actingAs: ActorRole) {\n      completeExecution(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedCompleteExecutionDocument,
    "\n    mutation SeedNameEmbeddingOwner($programmeId: ID!, $actingAs: ActorRole, $input: NameEmbeddingOwnerInput!) {\n      nameEmbeddingOwner(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedNameEmbeddingOwnerDocument,
    "\n    mutation SeedRecordEmbedding($programmeId: ID!, $actingAs: ActorRole, $input: RecordEmbeddingInput!) {\n      recordEmbedding(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedRecordEmbeddingDocument,
    "\n    mutation SeedRecordSuccessorInstrument(\n      $programmeId: ID!\n      $actingAs: ActorRole\n      $input: RecordSuccessorInstrumentInput!\n    ) {\n      recordSuccessorInstrument(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedRecordSuccessorInstrumentDocument,
    "\n    mutation SeedRecordLeadDeparture($programmeId: ID!, $actingAs: ActorRole) {\n      recordLeadDeparture(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedRecordLeadDepartureDocument,
    "\n    mutation SeedAcknowledgeEscalation($programmeId: ID!, $actingAs: ActorRole, $input: AcknowledgeEscalationInput!) {\n      acknowledgeEscalation(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedAcknowledgeEscalationDocument,
    "\n    mutation SeedCompleteEmbedding($programmeId: ID!, $actingAs: ActorRole) {\n      completeEmbedding(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedCompleteEmbeddingDocument,
    "\n    mutation SeedRecordCheckIn($programmeId: ID!, $actingAs: ActorRole, $input: RecordCheckInInput!) {\n      recordCheckIn(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedRecordCheckInDocument,
    "\n    mutation SeedPauseProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) {\n      pauseProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedPauseProgrammeDocument,
    "\n    mutation SeedAbortProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) {\n      abortProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": typeof types.SeedAbortProgrammeDocument,
};
const documents: Documents = {
    "\n  fragment SeedProgramme on Programme {\n    id\n    municipalityCode\n    phase\n    status\n    version\n    startedAt\n    openEscalationLevel\n    riskFlags\n    municipality {\n      name\n    }\n    commitment {\n      administrativeLead {\n        designatedAt\n      }\n      recommitment {\n        reason\n      }\n      reconfirmedAt\n      partners {\n        organisation\n      }\n      projectLead {\n        kind\n      }\n      pastProjectLeads {\n        kind\n      }\n      recommendations {\n        item\n        doneAt\n      }\n    }\n    agenda {\n      bottlenecks {\n        description\n      }\n      themes\n      actions {\n        id\n        title\n        status\n        practiceId\n        embedding {\n          instrument\n          instrumentName\n        }\n        memberEmbeddings {\n          municipalityCode\n        }\n      }\n      support {\n        organisation\n        level\n      }\n    }\n    training {\n      stage\n      targetYear\n      schoolYear {\n        firstDay\n      }\n      schoolTalksStartedAt\n      sessions {\n        id\n      }\n    }\n    embeddingOwner {\n      role\n    }\n    escalations {\n      id\n      level\n      kind\n      status\n      ruleId\n    }\n    indicators {\n      period\n    }\n    timeline {\n      event\n    }\n    mentor {\n      municipalityCode\n      name\n    }\n    collective {\n      members {\n        municipality {\n          code\n        }\n        confirmedOn\n        leftOn\n      }\n    }\n  }\n": types.SeedProgrammeFragmentDoc,
    "\n  query SeedPing {\n    __typename\n  }\n": types.SeedPingDocument,
    "\n  query SeedProgrammeById($id: ID!) {\n    programme(id: $id) {\n      ...SeedProgramme\n    }\n  }\n": types.SeedProgrammeByIdDocument,
    "\n  query SeedProgrammeByMunicipality($municipalityCode: String!) {\n    programme(municipalityCode: $municipalityCode) {\n      ...SeedProgramme\n    }\n  }\n": types.SeedProgrammeByMunicipalityDocument,
    "\n  mutation SeedStartProgramme(\n    $code: String!\n    $startedOn: LocalDate\n    $pastPhases: [PastPhaseInput!]\n    $members: [String!]\n  ) {\n    startProgramme(municipalityCode: $code, startedOn: $startedOn, pastPhases: $pastPhases, members: $members) {\n      ...SeedProgramme\n    }\n  }\n": types.SeedStartProgrammeDocument,
    "\n  query SeedProgrammePeople($id: ID!) {\n    programme(id: $id) {\n      id\n      invitations {\n        email\n      }\n      members {\n        email\n      }\n    }\n  }\n": types.SeedProgrammePeopleDocument,
    "\n  mutation SeedInviteMember($programmeId: ID!, $input: InviteMemberInput!) {\n    inviteMember(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n": types.SeedInviteMemberDocument,
    "\n  query SeedMentorSuggestions($id: ID!) {\n    mentorSuggestions(programmeId: $id, first: 3) {\n      kind\n      municipalityCode\n      programmeId\n      name\n      sameRegion\n    }\n  }\n": types.SeedMentorSuggestionsDocument,
    "\n  mutation SeedPairMentor($id: ID!, $input: MentorPairingInput!) {\n    recordMentorPairing(programmeId: $id, input: $input) {\n      ...SeedProgramme\n    }\n  }\n": types.SeedPairMentorDocument,
    "\n  query SeedVersions($after: String) {\n    programmes(first: 100, after: $after) {\n      edges {\n        node {\n          id\n          version\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SeedVersionsDocument,
    "\n    mutation SeedDesignateAdministrativeLead(\n      $programmeId: ID!\n      $actingAs: ActorRole\n      $input: DesignateAdministrativeLeadInput!\n    ) {\n      designateAdministrativeLead(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedDesignateAdministrativeLeadDocument,
    "\n    mutation SeedReconfirmCommitment($programmeId: ID!, $actingAs: ActorRole) {\n      reconfirmCommitment(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedReconfirmCommitmentDocument,
    "\n    mutation SeedCommitPartner($programmeId: ID!, $actingAs: ActorRole, $input: CommitPartnerInput!) {\n      commitPartner(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedCommitPartnerDocument,
    "\n    mutation SeedAppointProjectLead($programmeId: ID!, $actingAs: ActorRole, $input: AppointProjectLeadInput!) {\n      appointProjectLead(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedAppointProjectLeadDocument,
    "\n    mutation SeedRecordRecommendation($programmeId: ID!, $actingAs: ActorRole, $input: RecordRecommendationInput!) {\n      recordRecommendation(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedRecordRecommendationDocument,
    "\n    mutation SeedConfirmMemberCommitment(\n      $programmeId: ID!\n      $actingAs: ActorRole\n      $input: CollectiveMunicipalityInput!\n    ) {\n      confirmMemberCommitment(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedConfirmMemberCommitmentDocument,
    "\n    mutation SeedConfirmCommitment($programmeId: ID!, $actingAs: ActorRole) {\n      confirmCommitment(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedConfirmCommitmentDocument,
    "\n    mutation SeedRecordBottleneck($programmeId: ID!, $actingAs: ActorRole, $input: RecordBottleneckInput!) {\n      recordBottleneck(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedRecordBottleneckDocument,
    "\n    mutation SeedSelectTheme($programmeId: ID!, $actingAs: ActorRole, $input: ThemeInput!) {\n      selectTheme(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedSelectThemeDocument,
    "\n    mutation SeedAddAction($programmeId: ID!, $actingAs: ActorRole, $input: AddActionInput!) {\n      addAction(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedAddActionDocument,
    "\n    mutation SeedConfirmSupport($programmeId: ID!, $actingAs: ActorRole, $input: ConfirmSupportInput!) {\n      confirmSupport(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedConfirmSupportDocument,
    "\n    mutation SeedAdoptAgenda($programmeId: ID!, $actingAs: ActorRole) {\n      adoptAgenda(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedAdoptAgendaDocument,
    "\n    mutation SeedUpdateActionStatus($programmeId: ID!, $actingAs: ActorRole, $input: UpdateActionStatusInput!) {\n      updateActionStatus(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedUpdateActionStatusDocument,
    "\n    mutation SeedStartSchoolBoardTalks($programmeId: ID!, $actingAs: ActorRole) {\n      startSchoolBoardTalks(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedStartSchoolBoardTalksDocument,
    "\n    mutation SeedStartSchoolTalks($programmeId: ID!, $actingAs: ActorRole) {\n      startSchoolTalks(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedStartSchoolTalksDocument,
    "\n    mutation SeedFixTrainingCalendar($programmeId: ID!, $actingAs: ActorRole) {\n      fixTrainingCalendar(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedFixTrainingCalendarDocument,
    "\n    mutation SeedPlanTrainingSession($programmeId: ID!, $actingAs: ActorRole, $input: PlanTrainingSessionInput!) {\n      planTrainingSession(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedPlanTrainingSessionDocument,
    "\n    mutation SeedReportIndicators($programmeId: ID!, $actingAs: ActorRole, $input: ReportIndicatorsInput!) {\n      reportIndicators(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedReportIndicatorsDocument,
    "\n    mutation SeedCompleteExecution($programmeId: ID!, $actingAs: ActorRole) {\n      completeExecution(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedCompleteExecutionDocument,
    "\n    mutation SeedNameEmbeddingOwner($programmeId: ID!, $actingAs: ActorRole, $input: NameEmbeddingOwnerInput!) {\n      nameEmbeddingOwner(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedNameEmbeddingOwnerDocument,
    "\n    mutation SeedRecordEmbedding($programmeId: ID!, $actingAs: ActorRole, $input: RecordEmbeddingInput!) {\n      recordEmbedding(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedRecordEmbeddingDocument,
    "\n    mutation SeedRecordSuccessorInstrument(\n      $programmeId: ID!\n      $actingAs: ActorRole\n      $input: RecordSuccessorInstrumentInput!\n    ) {\n      recordSuccessorInstrument(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedRecordSuccessorInstrumentDocument,
    "\n    mutation SeedRecordLeadDeparture($programmeId: ID!, $actingAs: ActorRole) {\n      recordLeadDeparture(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedRecordLeadDepartureDocument,
    "\n    mutation SeedAcknowledgeEscalation($programmeId: ID!, $actingAs: ActorRole, $input: AcknowledgeEscalationInput!) {\n      acknowledgeEscalation(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedAcknowledgeEscalationDocument,
    "\n    mutation SeedCompleteEmbedding($programmeId: ID!, $actingAs: ActorRole) {\n      completeEmbedding(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedCompleteEmbeddingDocument,
    "\n    mutation SeedRecordCheckIn($programmeId: ID!, $actingAs: ActorRole, $input: RecordCheckInInput!) {\n      recordCheckIn(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedRecordCheckInDocument,
    "\n    mutation SeedPauseProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) {\n      pauseProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedPauseProgrammeDocument,
    "\n    mutation SeedAbortProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) {\n      abortProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  ": types.SeedAbortProgrammeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SeedProgramme on Programme {\n    id\n    municipalityCode\n    phase\n    status\n    version\n    startedAt\n    openEscalationLevel\n    riskFlags\n    municipality {\n      name\n    }\n    commitment {\n      administrativeLead {\n        designatedAt\n      }\n      recommitment {\n        reason\n      }\n      reconfirmedAt\n      partners {\n        organisation\n      }\n      projectLead {\n        kind\n      }\n      pastProjectLeads {\n        kind\n      }\n      recommendations {\n        item\n        doneAt\n      }\n    }\n    agenda {\n      bottlenecks {\n        description\n      }\n      themes\n      actions {\n        id\n        title\n        status\n        practiceId\n        embedding {\n          instrument\n          instrumentName\n        }\n        memberEmbeddings {\n          municipalityCode\n        }\n      }\n      support {\n        organisation\n        level\n      }\n    }\n    training {\n      stage\n      targetYear\n      schoolYear {\n        firstDay\n      }\n      schoolTalksStartedAt\n      sessions {\n        id\n      }\n    }\n    embeddingOwner {\n      role\n    }\n    escalations {\n      id\n      level\n      kind\n      status\n      ruleId\n    }\n    indicators {\n      period\n    }\n    timeline {\n      event\n    }\n    mentor {\n      municipalityCode\n      name\n    }\n    collective {\n      members {\n        municipality {\n          code\n        }\n        confirmedOn\n        leftOn\n      }\n    }\n  }\n"): typeof import('./graphql').SeedProgrammeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedPing {\n    __typename\n  }\n"): typeof import('./graphql').SeedPingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedProgrammeById($id: ID!) {\n    programme(id: $id) {\n      ...SeedProgramme\n    }\n  }\n"): typeof import('./graphql').SeedProgrammeByIdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedProgrammeByMunicipality($municipalityCode: String!) {\n    programme(municipalityCode: $municipalityCode) {\n      ...SeedProgramme\n    }\n  }\n"): typeof import('./graphql').SeedProgrammeByMunicipalityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedStartProgramme(\n    $code: String!\n    $startedOn: LocalDate\n    $pastPhases: [PastPhaseInput!]\n    $members: [String!]\n  ) {\n    startProgramme(municipalityCode: $code, startedOn: $startedOn, pastPhases: $pastPhases, members: $members) {\n      ...SeedProgramme\n    }\n  }\n"): typeof import('./graphql').SeedStartProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedProgrammePeople($id: ID!) {\n    programme(id: $id) {\n      id\n      invitations {\n        email\n      }\n      members {\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').SeedProgrammePeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedInviteMember($programmeId: ID!, $input: InviteMemberInput!) {\n    inviteMember(programmeId: $programmeId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').SeedInviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedMentorSuggestions($id: ID!) {\n    mentorSuggestions(programmeId: $id, first: 3) {\n      kind\n      municipalityCode\n      programmeId\n      name\n      sameRegion\n    }\n  }\n"): typeof import('./graphql').SeedMentorSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SeedPairMentor($id: ID!, $input: MentorPairingInput!) {\n    recordMentorPairing(programmeId: $id, input: $input) {\n      ...SeedProgramme\n    }\n  }\n"): typeof import('./graphql').SeedPairMentorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedVersions($after: String) {\n    programmes(first: 100, after: $after) {\n      edges {\n        node {\n          id\n          version\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').SeedVersionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedDesignateAdministrativeLead(\n      $programmeId: ID!\n      $actingAs: ActorRole\n      $input: DesignateAdministrativeLeadInput!\n    ) {\n      designateAdministrativeLead(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedDesignateAdministrativeLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedReconfirmCommitment($programmeId: ID!, $actingAs: ActorRole) {\n      reconfirmCommitment(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedReconfirmCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedCommitPartner($programmeId: ID!, $actingAs: ActorRole, $input: CommitPartnerInput!) {\n      commitPartner(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedCommitPartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedAppointProjectLead($programmeId: ID!, $actingAs: ActorRole, $input: AppointProjectLeadInput!) {\n      appointProjectLead(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedAppointProjectLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedRecordRecommendation($programmeId: ID!, $actingAs: ActorRole, $input: RecordRecommendationInput!) {\n      recordRecommendation(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedRecordRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedConfirmMemberCommitment(\n      $programmeId: ID!\n      $actingAs: ActorRole\n      $input: CollectiveMunicipalityInput!\n    ) {\n      confirmMemberCommitment(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedConfirmMemberCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedConfirmCommitment($programmeId: ID!, $actingAs: ActorRole) {\n      confirmCommitment(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedConfirmCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedRecordBottleneck($programmeId: ID!, $actingAs: ActorRole, $input: RecordBottleneckInput!) {\n      recordBottleneck(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedRecordBottleneckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedSelectTheme($programmeId: ID!, $actingAs: ActorRole, $input: ThemeInput!) {\n      selectTheme(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedSelectThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedAddAction($programmeId: ID!, $actingAs: ActorRole, $input: AddActionInput!) {\n      addAction(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedAddActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedConfirmSupport($programmeId: ID!, $actingAs: ActorRole, $input: ConfirmSupportInput!) {\n      confirmSupport(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedConfirmSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedAdoptAgenda($programmeId: ID!, $actingAs: ActorRole) {\n      adoptAgenda(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedAdoptAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedUpdateActionStatus($programmeId: ID!, $actingAs: ActorRole, $input: UpdateActionStatusInput!) {\n      updateActionStatus(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedUpdateActionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedStartSchoolBoardTalks($programmeId: ID!, $actingAs: ActorRole) {\n      startSchoolBoardTalks(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedStartSchoolBoardTalksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedStartSchoolTalks($programmeId: ID!, $actingAs: ActorRole) {\n      startSchoolTalks(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedStartSchoolTalksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedFixTrainingCalendar($programmeId: ID!, $actingAs: ActorRole) {\n      fixTrainingCalendar(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedFixTrainingCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedPlanTrainingSession($programmeId: ID!, $actingAs: ActorRole, $input: PlanTrainingSessionInput!) {\n      planTrainingSession(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedPlanTrainingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedReportIndicators($programmeId: ID!, $actingAs: ActorRole, $input: ReportIndicatorsInput!) {\n      reportIndicators(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedReportIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedCompleteExecution($programmeId: ID!, $actingAs: ActorRole) {\n      completeExecution(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedCompleteExecutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedNameEmbeddingOwner($programmeId: ID!, $actingAs: ActorRole, $input: NameEmbeddingOwnerInput!) {\n      nameEmbeddingOwner(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedNameEmbeddingOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedRecordEmbedding($programmeId: ID!, $actingAs: ActorRole, $input: RecordEmbeddingInput!) {\n      recordEmbedding(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedRecordEmbeddingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedRecordSuccessorInstrument(\n      $programmeId: ID!\n      $actingAs: ActorRole\n      $input: RecordSuccessorInstrumentInput!\n    ) {\n      recordSuccessorInstrument(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedRecordSuccessorInstrumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedRecordLeadDeparture($programmeId: ID!, $actingAs: ActorRole) {\n      recordLeadDeparture(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedRecordLeadDepartureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedAcknowledgeEscalation($programmeId: ID!, $actingAs: ActorRole, $input: AcknowledgeEscalationInput!) {\n      acknowledgeEscalation(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedAcknowledgeEscalationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedCompleteEmbedding($programmeId: ID!, $actingAs: ActorRole) {\n      completeEmbedding(programmeId: $programmeId, actingAs: $actingAs) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedCompleteEmbeddingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedRecordCheckIn($programmeId: ID!, $actingAs: ActorRole, $input: RecordCheckInInput!) {\n      recordCheckIn(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedRecordCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedPauseProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) {\n      pauseProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedPauseProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation SeedAbortProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) {\n      abortProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) {\n        ...SeedProgramme\n      }\n    }\n  "): typeof import('./graphql').SeedAbortProgrammeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
