// The GraphQL documents the seed sends, typed by GraphQL Code Generator from the committed schema
// (`npm run schema` writes ./gql).
import { graphql } from './gql';

// A programme as the seed reads it (demo-steps.ts's SeedState): just enough to tell which steps of
// a plan are already taken. Codegen adds the fragment's definition to the documents that spread it.
graphql(`
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
`);

/** Anything that answers: the API is up (UNAUTHENTICATED without a token counts too). */
export const PING = graphql(`
  query SeedPing {
    __typename
  }
`);

export const PROGRAMME_BY_ID = graphql(`
  query SeedProgrammeById($id: ID!) {
    programme(id: $id) {
      ...SeedProgramme
    }
  }
`);

export const PROGRAMME_BY_MUNICIPALITY = graphql(`
  query SeedProgrammeByMunicipality($municipalityCode: String!) {
    programme(municipalityCode: $municipalityCode) {
      ...SeedProgramme
    }
  }
`);

export const START_PROGRAMME = graphql(`
  mutation SeedStartProgramme(
    $code: String!
    $startedOn: LocalDate
    $pastPhases: [PastPhaseInput!]
    $members: [String!]
  ) {
    startProgramme(municipalityCode: $code, startedOn: $startedOn, pastPhases: $pastPhases, members: $members) {
      ...SeedProgramme
    }
  }
`);

/** Who is invited or a member already (P2): the project lead reads both before inviting. */
export const PROGRAMME_PEOPLE = graphql(`
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
`);

export const INVITE_MEMBER = graphql(`
  mutation SeedInviteMember($programmeId: ID!, $input: InviteMemberInput!) {
    inviteMember(programmeId: $programmeId, input: $input) {
      id
    }
  }
`);

export const MENTOR_SUGGESTIONS = graphql(`
  query SeedMentorSuggestions($id: ID!) {
    mentorSuggestions(programmeId: $id, first: 3) {
      kind
      municipalityCode
      programmeId
      name
      sameRegion
    }
  }
`);

export const PAIR_MENTOR = graphql(`
  mutation SeedPairMentor($id: ID!, $input: MentorPairingInput!) {
    recordMentorPairing(programmeId: $id, input: $input) {
      ...SeedProgramme
    }
  }
`);

/** The read model's versions, a page at a time. */
export const VERSIONS = graphql(`
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
`);

/** The mutations the seed takes, one document each; `input` where the mutation has one. */
export const STEP_MUTATIONS = {
  designateAdministrativeLead: graphql(`
    mutation SeedDesignateAdministrativeLead(
      $programmeId: ID!
      $actingAs: ActorRole
      $input: DesignateAdministrativeLeadInput!
    ) {
      designateAdministrativeLead(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  reconfirmCommitment: graphql(`
    mutation SeedReconfirmCommitment($programmeId: ID!, $actingAs: ActorRole) {
      reconfirmCommitment(programmeId: $programmeId, actingAs: $actingAs) {
        ...SeedProgramme
      }
    }
  `),
  commitPartner: graphql(`
    mutation SeedCommitPartner($programmeId: ID!, $actingAs: ActorRole, $input: CommitPartnerInput!) {
      commitPartner(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  appointProjectLead: graphql(`
    mutation SeedAppointProjectLead($programmeId: ID!, $actingAs: ActorRole, $input: AppointProjectLeadInput!) {
      appointProjectLead(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  recordRecommendation: graphql(`
    mutation SeedRecordRecommendation($programmeId: ID!, $actingAs: ActorRole, $input: RecordRecommendationInput!) {
      recordRecommendation(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  confirmMemberCommitment: graphql(`
    mutation SeedConfirmMemberCommitment(
      $programmeId: ID!
      $actingAs: ActorRole
      $input: CollectiveMunicipalityInput!
    ) {
      confirmMemberCommitment(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  confirmCommitment: graphql(`
    mutation SeedConfirmCommitment($programmeId: ID!, $actingAs: ActorRole) {
      confirmCommitment(programmeId: $programmeId, actingAs: $actingAs) {
        ...SeedProgramme
      }
    }
  `),
  recordBottleneck: graphql(`
    mutation SeedRecordBottleneck($programmeId: ID!, $actingAs: ActorRole, $input: RecordBottleneckInput!) {
      recordBottleneck(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  selectTheme: graphql(`
    mutation SeedSelectTheme($programmeId: ID!, $actingAs: ActorRole, $input: ThemeInput!) {
      selectTheme(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  addAction: graphql(`
    mutation SeedAddAction($programmeId: ID!, $actingAs: ActorRole, $input: AddActionInput!) {
      addAction(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  confirmSupport: graphql(`
    mutation SeedConfirmSupport($programmeId: ID!, $actingAs: ActorRole, $input: ConfirmSupportInput!) {
      confirmSupport(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  adoptAgenda: graphql(`
    mutation SeedAdoptAgenda($programmeId: ID!, $actingAs: ActorRole) {
      adoptAgenda(programmeId: $programmeId, actingAs: $actingAs) {
        ...SeedProgramme
      }
    }
  `),
  updateActionStatus: graphql(`
    mutation SeedUpdateActionStatus($programmeId: ID!, $actingAs: ActorRole, $input: UpdateActionStatusInput!) {
      updateActionStatus(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  startSchoolBoardTalks: graphql(`
    mutation SeedStartSchoolBoardTalks($programmeId: ID!, $actingAs: ActorRole) {
      startSchoolBoardTalks(programmeId: $programmeId, actingAs: $actingAs) {
        ...SeedProgramme
      }
    }
  `),
  startSchoolTalks: graphql(`
    mutation SeedStartSchoolTalks($programmeId: ID!, $actingAs: ActorRole) {
      startSchoolTalks(programmeId: $programmeId, actingAs: $actingAs) {
        ...SeedProgramme
      }
    }
  `),
  fixTrainingCalendar: graphql(`
    mutation SeedFixTrainingCalendar($programmeId: ID!, $actingAs: ActorRole) {
      fixTrainingCalendar(programmeId: $programmeId, actingAs: $actingAs) {
        ...SeedProgramme
      }
    }
  `),
  planTrainingSession: graphql(`
    mutation SeedPlanTrainingSession($programmeId: ID!, $actingAs: ActorRole, $input: PlanTrainingSessionInput!) {
      planTrainingSession(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  reportIndicators: graphql(`
    mutation SeedReportIndicators($programmeId: ID!, $actingAs: ActorRole, $input: ReportIndicatorsInput!) {
      reportIndicators(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  completeExecution: graphql(`
    mutation SeedCompleteExecution($programmeId: ID!, $actingAs: ActorRole) {
      completeExecution(programmeId: $programmeId, actingAs: $actingAs) {
        ...SeedProgramme
      }
    }
  `),
  nameEmbeddingOwner: graphql(`
    mutation SeedNameEmbeddingOwner($programmeId: ID!, $actingAs: ActorRole, $input: NameEmbeddingOwnerInput!) {
      nameEmbeddingOwner(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  recordEmbedding: graphql(`
    mutation SeedRecordEmbedding($programmeId: ID!, $actingAs: ActorRole, $input: RecordEmbeddingInput!) {
      recordEmbedding(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  recordSuccessorInstrument: graphql(`
    mutation SeedRecordSuccessorInstrument(
      $programmeId: ID!
      $actingAs: ActorRole
      $input: RecordSuccessorInstrumentInput!
    ) {
      recordSuccessorInstrument(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  recordLeadDeparture: graphql(`
    mutation SeedRecordLeadDeparture($programmeId: ID!, $actingAs: ActorRole) {
      recordLeadDeparture(programmeId: $programmeId, actingAs: $actingAs) {
        ...SeedProgramme
      }
    }
  `),
  acknowledgeEscalation: graphql(`
    mutation SeedAcknowledgeEscalation($programmeId: ID!, $actingAs: ActorRole, $input: AcknowledgeEscalationInput!) {
      acknowledgeEscalation(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  completeEmbedding: graphql(`
    mutation SeedCompleteEmbedding($programmeId: ID!, $actingAs: ActorRole) {
      completeEmbedding(programmeId: $programmeId, actingAs: $actingAs) {
        ...SeedProgramme
      }
    }
  `),
  recordCheckIn: graphql(`
    mutation SeedRecordCheckIn($programmeId: ID!, $actingAs: ActorRole, $input: RecordCheckInInput!) {
      recordCheckIn(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  pauseProgramme: graphql(`
    mutation SeedPauseProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) {
      pauseProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
  abortProgramme: graphql(`
    mutation SeedAbortProgramme($programmeId: ID!, $actingAs: ActorRole, $input: ReasonInput!) {
      abortProgramme(programmeId: $programmeId, actingAs: $actingAs, input: $input) {
        ...SeedProgramme
      }
    }
  `),
};
