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
    "\n  query Shell {\n    me {\n      name\n      kwartiermaker\n      memberships {\n        membershipId\n        role\n      }\n    }\n  }\n": typeof types.ShellDocument,
    "\n  query DecisionPage($id: ID!) {\n    me {\n      kwartiermaker\n      memberships {\n        programmeId\n        role\n      }\n    }\n    programme(id: $id) {\n      id\n      phase\n      status\n      version\n      municipality {\n        name\n      }\n      checklist {\n        ruleId\n        label\n        done\n        blocking\n        missing\n      }\n      commitment {\n        confirmedAt\n        reconfirmedAt\n        administrativeLead {\n          designatedAt\n        }\n        recommitment {\n          reason\n          since\n          electionDay\n          dueAt\n        }\n      }\n      agenda {\n        adoptedAt\n        actions {\n          id\n          title\n          theme\n          ownerOrganisation\n          status\n        }\n        support {\n          organisation\n          level\n          at\n        }\n      }\n      escalations {\n        id\n        level\n        kind\n        message\n        dueAt\n        raisedAt\n        status\n        resolvedAt\n        ruleId\n        acknowledgements {\n          at\n          decision\n          weeks\n          by {\n            name\n            onBehalfOf {\n              name\n            }\n          }\n        }\n      }\n      members {\n        memberId\n        name\n        role\n      }\n    }\n  }\n": typeof types.DecisionPageDocument,
    "\n  subscription DecisionPageChanged($id: ID!) {\n    programmeChanged(programmeId: $id) {\n      id\n      version\n    }\n  }\n": typeof types.DecisionPageChangedDocument,
    "\n  mutation DecideConfirmCommitment($id: ID!, $onBehalf: Boolean) {\n    confirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.DecideConfirmCommitmentDocument,
    "\n  mutation DecideAdoptAgenda($id: ID!, $onBehalf: Boolean) {\n    adoptAgenda(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.DecideAdoptAgendaDocument,
    "\n  mutation DecideReconfirmCommitment($id: ID!, $onBehalf: Boolean) {\n    reconfirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.DecideReconfirmCommitmentDocument,
    "\n  mutation DecideAcknowledgeEscalation($id: ID!, $input: AcknowledgeEscalationInput!, $onBehalf: Boolean) {\n    acknowledgeEscalation(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.DecideAcknowledgeEscalationDocument,
    "\n  query MyTasks($first: Int) {\n    me {\n      memberships {\n        membershipId\n        programmeId\n        role\n        partnerOrganisation\n        partnerLevel\n      }\n      tasks(first: $first) {\n        kind\n        step\n        label\n        reason\n        ruleId\n        dueAt\n        urgency\n        escalationId\n        escalationLevel\n        programme {\n          id\n          municipality {\n            name\n          }\n        }\n      }\n      invitations {\n        id\n        role\n        partnerOrganisation\n        expiresAt\n        municipality {\n          name\n        }\n      }\n    }\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          phase\n          status\n          municipality {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  subscription MyTasksChanged {\n    programmeChanged {\n      id\n      version\n    }\n  }\n": typeof types.MyTasksChangedDocument,
    "\n  query NationalSlowerThanPeers($first: Int!, $offset: Int!) {\n    slowerThanPeers(first: $first, offset: $offset) {\n      totalCount\n      entries {\n        programme {\n          id\n          phase\n          status\n          municipality {\n            code\n            name\n          }\n        }\n        peerComparison {\n          daysInPhase\n          percentile\n          completedStays\n        }\n      }\n    }\n  }\n": typeof types.NationalSlowerThanPeersDocument,
    "\n  query NationalOverview {\n    me {\n      kwartiermaker\n      memberships {\n        programmeId\n        role\n      }\n    }\n    nationalOverview {\n      total\n      stalled\n      byPhase {\n        key\n        count\n      }\n      startedPerQuarter {\n        key\n        count\n      }\n      openEscalationsByLevel {\n        level\n        count\n      }\n      riskFlags {\n        flag\n        count\n      }\n      medianDaysInPhase {\n        phase\n        programmes\n        medianDays\n      }\n      schoolYearsMissed\n      programmesMissingSchoolYear\n      indicatorsPerQuarter {\n        quarter\n        programmes\n        repeatReports\n        professionalsTrained\n        schoolsReached\n      }\n      mentorPairings\n      municipalitiesReached\n      municipalitiesPerQuarter {\n        key\n        count\n      }\n    }\n  }\n": typeof types.NationalOverviewDocument,
    "\n  query NationalQueue {\n    escalationQueue(first: 100) {\n      id\n      programmeId\n      municipalityCode\n      level\n      kind\n      ruleId\n      message\n      raisedAt\n      status\n      deliveryStatus\n    }\n    stalledProgrammes(first: 50) {\n      id\n      municipalityCode\n      phase\n      status\n      openEscalationLevel\n      phaseEnteredAt\n    }\n  }\n": typeof types.NationalQueueDocument,
    "\n  query NationalProgrammes($after: String) {\n    programmes(first: 100, after: $after, filter: { latestPerMunicipality: true }) {\n      edges {\n        node {\n          id\n          municipalityCode\n          sequence\n          phase\n          status\n          openEscalationLevel\n          startedAt\n          memberMunicipalityCodes\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NationalProgrammesDocument,
    "\n  query NationalProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      municipalityCode\n      sequence\n      phase\n      status\n      version\n      startedAt\n      openEscalationLevel\n      settings {\n        stallThresholdWeeks {\n          COMMITMENT\n          AGENDA\n          EXECUTION\n          EMBEDDING\n          CONTINUATION\n        }\n      }\n      escalations {\n        id\n        level\n        kind\n        ruleId\n        message\n        raisedAt\n        status\n      }\n      mentor {\n        name\n        kind\n        municipalityCode\n        pairedAt\n      }\n    }\n  }\n": typeof types.NationalProgrammeDocument,
    "\n  query NationalMentorSuggestions($programmeId: ID!) {\n    mentorSuggestions(programmeId: $programmeId, first: 5) {\n      kind\n      municipalityCode\n      programmeId\n      name\n      distanceKm\n      sameRegion\n    }\n  }\n": typeof types.NationalMentorSuggestionsDocument,
    "\n  mutation NationalAcknowledgeEscalation($programmeId: ID!, $input: AcknowledgeEscalationInput!) {\n    acknowledgeEscalation(programmeId: $programmeId, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.NationalAcknowledgeEscalationDocument,
    "\n  mutation NationalRecordMentorPairing($programmeId: ID!, $input: MentorPairingInput!) {\n    recordMentorPairing(programmeId: $programmeId, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.NationalRecordMentorPairingDocument,
    "\n  mutation NationalPauseProgramme($programmeId: ID!, $reason: String!) {\n    pauseProgramme(programmeId: $programmeId, input: { reason: $reason }) {\n      id\n      version\n    }\n  }\n": typeof types.NationalPauseProgrammeDocument,
    "\n  mutation NationalResumeProgramme($programmeId: ID!) {\n    resumeProgramme(programmeId: $programmeId) {\n      id\n      version\n    }\n  }\n": typeof types.NationalResumeProgrammeDocument,
    "\n  mutation NationalChangeThresholds($programmeId: ID!, $thresholds: StallThresholdsInput!) {\n    changeSettings(programmeId: $programmeId, input: { stallThresholdWeeks: $thresholds }) {\n      id\n      version\n    }\n  }\n": typeof types.NationalChangeThresholdsDocument,
    "\n  subscription NationalProgrammeChanged {\n    programmeChanged {\n      id\n      version\n    }\n  }\n": typeof types.NationalProgrammeChangedDocument,
    "\n  subscription NationalPanelChanged($id: ID!) {\n    programmeChanged(programmeId: $id) {\n      id\n      version\n    }\n  }\n": typeof types.NationalPanelChangedDocument,
    "\n  query Portfolio($filter: ProgrammeFilterInput!, $orderBy: ProgrammeOrderInput!, $after: String) {\n    programmes(first: 25, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          phase\n          status\n          openEscalationLevel\n          riskFlags\n          nextDeadlineAt\n          startedAt\n          updatedAt\n          municipality {\n            name\n            province\n          }\n        }\n      }\n    }\n  }\n": typeof types.PortfolioDocument,
    "\n  query ProgrammePage($id: ID!) {\n    me {\n      kwartiermaker\n      memberships {\n        programmeId\n        role\n        partnerOrganisation\n        partnerLevel\n      }\n    }\n    programme(id: $id) {\n      id\n      phase\n      status\n      version\n      municipality {\n        code\n        name\n        schoolHolidayRegion\n      }\n      pause {\n        reason\n        since\n      }\n      phaseHistory {\n        phase\n        enteredAt\n        leftAt\n      }\n      checklist {\n        ruleId\n        label\n        done\n        blocking\n        missing\n        tip\n      }\n      commitment {\n        administrativeLead {\n          name\n        }\n        recommitment {\n          reason\n          dueAt\n        }\n        projectLead {\n          name\n          kind\n        }\n        partners {\n          organisation\n          domain\n        }\n        recommendations {\n          item\n          doneAt\n        }\n      }\n      agenda {\n        themes\n        actions {\n          id\n          title\n          theme\n          status\n          ownerOrganisation\n          embedding {\n            recordedAt\n            instrumentName\n            period {\n              from\n              to\n            }\n            ended {\n              at\n            }\n          }\n        }\n      }\n      training {\n        stage\n        sessions {\n          id\n          title\n          date\n          delivered {\n            at\n          }\n        }\n      }\n      members {\n        memberId\n        membershipId\n        name\n        email\n        organisation\n        role\n        partnerOrganisation\n        partnerDomain\n        partnerLevel\n        since\n      }\n      timeline {\n        at\n        event\n        summary\n        by {\n          role\n          name\n          onBehalfOf {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ProgrammePageDocument,
    "\n  subscription ProgrammePageChanged($id: ID!) {\n    programmeChanged(programmeId: $id) {\n      id\n      version\n    }\n  }\n": typeof types.ProgrammePageChangedDocument,
    "\n  query ProgrammeInvitations($id: ID!) {\n    programme(id: $id) {\n      id\n      invitations {\n        id\n        name\n        email\n        role\n        partnerOrganisation\n        partnerLevel\n        invitedAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.ProgrammeInvitationsDocument,
    "\n  mutation InviteMember($id: ID!, $input: InviteMemberInput!) {\n    inviteMember(programmeId: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation WithdrawInvitation($id: ID!, $invitationId: ID!) {\n    withdrawInvitation(programmeId: $id, invitationId: $invitationId)\n  }\n": typeof types.WithdrawInvitationDocument,
    "\n  mutation RemoveMember($id: ID!, $membershipId: ID!) {\n    removeMember(programmeId: $id, membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  query CollectiveSection($id: ID!) {\n    programme(id: $id) {\n      id\n      collective {\n        lead {\n          code\n          name\n        }\n        members {\n          municipality {\n            code\n            name\n          }\n          joinedOn\n          confirmedOn\n          leftOn\n        }\n      }\n    }\n  }\n": typeof types.CollectiveSectionDocument,
    "\n  query EmbeddingsSection($id: ID!) {\n    programme(id: $id) {\n      id\n      agenda {\n        actions {\n          id\n          title\n          embedding {\n            instrument\n            instrumentName\n            takenOverBy\n            period {\n              from\n              to\n            }\n            ended {\n              at\n              by\n            }\n            confirmedInForce\n            pastInstruments {\n              instrumentName\n              period {\n                from\n                to\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmbeddingsSectionDocument,
    "\n  query IndicatorsSection($id: ID!) {\n    me {\n      memberships {\n        programmeId\n        role\n      }\n    }\n    programme(id: $id) {\n      id\n      indicators {\n        period\n        at\n        note\n        repeatReports\n        professionalsTrained\n        schoolsReached\n      }\n    }\n  }\n": typeof types.IndicatorsSectionDocument,
    "\n  mutation ReportIndicatorsSection($programmeId: ID!, $input: ReportIndicatorsInput!) {\n    reportIndicators(programmeId: $programmeId, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ReportIndicatorsSectionDocument,
    "\n  query MentorSection($id: ID!) {\n    me {\n      kwartiermaker\n    }\n    programme(id: $id) {\n      id\n      mentor {\n        kind\n        municipalityCode\n        name\n        note\n        pairedAt\n        programmeId\n        by {\n          name\n        }\n      }\n    }\n  }\n": typeof types.MentorSectionDocument,
    "\n  query MentorSuggestionsSection($id: ID!) {\n    mentorSuggestions(programmeId: $id, first: 5) {\n      kind\n      municipalityCode\n      name\n      programmeId\n      sameRegion\n      distanceKm\n    }\n  }\n": typeof types.MentorSuggestionsSectionDocument,
    "\n  query PartnerSection($id: ID!) {\n    me {\n      memberships {\n        programmeId\n        role\n        partnerOrganisation\n        partnerLevel\n      }\n    }\n    programme(id: $id) {\n      id\n      phase\n      version\n      commitment {\n        partners {\n          organisation\n          domain\n          committedAt\n        }\n      }\n      agenda {\n        actions {\n          id\n          title\n          theme\n          ownerOrganisation\n          status\n          droppedReason\n        }\n        support {\n          organisation\n          level\n          at\n        }\n      }\n    }\n  }\n": typeof types.PartnerSectionDocument,
    "\n  subscription PartnerSectionChanged($id: ID!) {\n    programmeChanged(programmeId: $id) {\n      id\n      version\n    }\n  }\n": typeof types.PartnerSectionChangedDocument,
    "\n  mutation PartnerConfirmSupport($id: ID!, $input: ConfirmSupportInput!) {\n    confirmSupport(programmeId: $id, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.PartnerConfirmSupportDocument,
    "\n  mutation PartnerUpdateActionStatus($id: ID!, $input: UpdateActionStatusInput!) {\n    updateActionStatus(programmeId: $id, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.PartnerUpdateActionStatusDocument,
    "\n  query ProgrammePeerComparison($id: ID!) {\n    programme(id: $id) {\n      id\n      peerComparison {\n        daysInPhase\n        percentile\n        slowerThanPeers\n        completedStays\n      }\n    }\n  }\n": typeof types.ProgrammePeerComparisonDocument,
    "\n  query PracticesSection($id: ID!) {\n    me {\n      memberships {\n        programmeId\n        role\n      }\n    }\n    practices {\n      id\n      title\n      description\n      origin\n      originMunicipalityCodes\n      theme\n      source\n    }\n    programme(id: $id) {\n      id\n      status\n      agenda {\n        themes\n        actions {\n          id\n          title\n          practiceId\n        }\n      }\n    }\n  }\n": typeof types.PracticesSectionDocument,
    "\n  mutation AdoptPracticeSection($programmeId: ID!, $input: AddActionInput!) {\n    addAction(programmeId: $programmeId, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AdoptPracticeSectionDocument,
    "\n  query TrainingCalendarSection($id: ID!) {\n    programme(id: $id) {\n      id\n      municipality {\n        schoolHolidayRegion\n      }\n      trainingCalendar {\n        targetYear\n        schoolYear {\n          firstDay\n          lastDay\n          provisional\n        }\n        deadlines {\n          kind\n          date\n          actsAt\n        }\n        holidays {\n          kind\n          schoolYear\n          from\n          to\n          advisory\n          provisional\n        }\n        holidaysPublished\n        sessions {\n          id\n          date\n          title\n          provisional\n          delivered {\n            schoolsReached\n            staffTrained\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrainingCalendarSectionDocument,
    "\n  query StartProgrammePage {\n    me {\n      municipalities\n    }\n  }\n": typeof types.StartProgrammePageDocument,
    "\n  mutation StartProgramme($municipalityCode: String!, $startedOn: LocalDate, $pastPhases: [PastPhaseInput!]) {\n    startProgramme(municipalityCode: $municipalityCode, startedOn: $startedOn, pastPhases: $pastPhases) {\n      id\n    }\n  }\n": typeof types.StartProgrammeDocument,
    "\n  mutation StepDesignateAdministrativeLead($id: ID!, $input: DesignateAdministrativeLeadInput!, $onBehalf: Boolean) {\n    designateAdministrativeLead(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepDesignateAdministrativeLeadDocument,
    "\n  mutation StepCommitPartner($id: ID!, $input: CommitPartnerInput!, $onBehalf: Boolean) {\n    commitPartner(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepCommitPartnerDocument,
    "\n  mutation StepAppointProjectLead($id: ID!, $input: AppointProjectLeadInput!, $onBehalf: Boolean) {\n    appointProjectLead(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepAppointProjectLeadDocument,
    "\n  mutation StepRecordRecommendation($id: ID!, $input: RecordRecommendationInput!, $onBehalf: Boolean) {\n    recordRecommendation(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepRecordRecommendationDocument,
    "\n  mutation StepConfirmCommitment($id: ID!, $onBehalf: Boolean) {\n    confirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepConfirmCommitmentDocument,
    "\n  mutation StepReconfirmCommitment($id: ID!, $onBehalf: Boolean) {\n    reconfirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepReconfirmCommitmentDocument,
    "\n  mutation StepRecordBottleneck($id: ID!, $input: RecordBottleneckInput!, $onBehalf: Boolean) {\n    recordBottleneck(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepRecordBottleneckDocument,
    "\n  mutation StepSelectTheme($id: ID!, $input: ThemeInput!, $onBehalf: Boolean) {\n    selectTheme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepSelectThemeDocument,
    "\n  mutation StepDeselectTheme($id: ID!, $input: ThemeInput!, $onBehalf: Boolean) {\n    deselectTheme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepDeselectThemeDocument,
    "\n  mutation StepAddAction($id: ID!, $input: AddActionInput!, $onBehalf: Boolean) {\n    addAction(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepAddActionDocument,
    "\n  mutation StepConfirmSupport($id: ID!, $input: ConfirmSupportInput!, $onBehalf: Boolean) {\n    confirmSupport(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepConfirmSupportDocument,
    "\n  mutation StepAdoptAgenda($id: ID!, $onBehalf: Boolean) {\n    adoptAgenda(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepAdoptAgendaDocument,
    "\n  mutation StepUpdateActionStatus($id: ID!, $input: UpdateActionStatusInput!, $onBehalf: Boolean) {\n    updateActionStatus(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepUpdateActionStatusDocument,
    "\n  mutation StepStartSchoolBoardTalks($id: ID!, $onBehalf: Boolean) {\n    startSchoolBoardTalks(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepStartSchoolBoardTalksDocument,
    "\n  mutation StepStartSchoolTalks($id: ID!, $onBehalf: Boolean) {\n    startSchoolTalks(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepStartSchoolTalksDocument,
    "\n  mutation StepFixTrainingCalendar($id: ID!, $onBehalf: Boolean) {\n    fixTrainingCalendar(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepFixTrainingCalendarDocument,
    "\n  mutation StepPlanTrainingSession($id: ID!, $input: PlanTrainingSessionInput!, $onBehalf: Boolean) {\n    planTrainingSession(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepPlanTrainingSessionDocument,
    "\n  mutation StepRecordTrainingDelivered($id: ID!, $input: RecordTrainingDeliveredInput!, $onBehalf: Boolean) {\n    recordTrainingDelivered(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepRecordTrainingDeliveredDocument,
    "\n  mutation StepCompleteExecution($id: ID!, $onBehalf: Boolean) {\n    completeExecution(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepCompleteExecutionDocument,
    "\n  mutation StepRecordEmbedding($id: ID!, $input: RecordEmbeddingInput!, $onBehalf: Boolean) {\n    recordEmbedding(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepRecordEmbeddingDocument,
    "\n  mutation StepNameEmbeddingOwner($id: ID!, $input: NameEmbeddingOwnerInput!, $onBehalf: Boolean) {\n    nameEmbeddingOwner(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepNameEmbeddingOwnerDocument,
    "\n  mutation StepRecordLeadDeparture($id: ID!, $onBehalf: Boolean) {\n    recordLeadDeparture(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepRecordLeadDepartureDocument,
    "\n  mutation StepCompleteEmbedding($id: ID!, $onBehalf: Boolean) {\n    completeEmbedding(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepCompleteEmbeddingDocument,
    "\n  mutation StepRecordCheckIn($id: ID!, $input: RecordCheckInInput!, $onBehalf: Boolean) {\n    recordCheckIn(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepRecordCheckInDocument,
    "\n  mutation StepRecordSuccessorInstrument($id: ID!, $input: RecordSuccessorInstrumentInput!, $onBehalf: Boolean) {\n    recordSuccessorInstrument(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepRecordSuccessorInstrumentDocument,
    "\n  mutation StepCloseProgramme($id: ID!, $input: CloseProgrammeInput!, $onBehalf: Boolean) {\n    closeProgramme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepCloseProgrammeDocument,
    "\n  mutation StepReportIndicators($id: ID!, $input: ReportIndicatorsInput!, $onBehalf: Boolean) {\n    reportIndicators(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepReportIndicatorsDocument,
    "\n  mutation StepPauseProgramme($id: ID!, $input: ReasonInput!, $onBehalf: Boolean) {\n    pauseProgramme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepPauseProgrammeDocument,
    "\n  mutation StepResumeProgramme($id: ID!, $onBehalf: Boolean) {\n    resumeProgramme(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepResumeProgrammeDocument,
    "\n  mutation StepAbortProgramme($id: ID!, $input: ReasonInput!, $onBehalf: Boolean) {\n    abortProgramme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepAbortProgrammeDocument,
    "\n  mutation StepChangeSettings($id: ID!, $input: ChangeSettingsInput!, $onBehalf: Boolean) {\n    changeSettings(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": typeof types.StepChangeSettingsDocument,
};
const documents: Documents = {
    "\n  query Shell {\n    me {\n      name\n      kwartiermaker\n      memberships {\n        membershipId\n        role\n      }\n    }\n  }\n": types.ShellDocument,
    "\n  query DecisionPage($id: ID!) {\n    me {\n      kwartiermaker\n      memberships {\n        programmeId\n        role\n      }\n    }\n    programme(id: $id) {\n      id\n      phase\n      status\n      version\n      municipality {\n        name\n      }\n      checklist {\n        ruleId\n        label\n        done\n        blocking\n        missing\n      }\n      commitment {\n        confirmedAt\n        reconfirmedAt\n        administrativeLead {\n          designatedAt\n        }\n        recommitment {\n          reason\n          since\n          electionDay\n          dueAt\n        }\n      }\n      agenda {\n        adoptedAt\n        actions {\n          id\n          title\n          theme\n          ownerOrganisation\n          status\n        }\n        support {\n          organisation\n          level\n          at\n        }\n      }\n      escalations {\n        id\n        level\n        kind\n        message\n        dueAt\n        raisedAt\n        status\n        resolvedAt\n        ruleId\n        acknowledgements {\n          at\n          decision\n          weeks\n          by {\n            name\n            onBehalfOf {\n              name\n            }\n          }\n        }\n      }\n      members {\n        memberId\n        name\n        role\n      }\n    }\n  }\n": types.DecisionPageDocument,
    "\n  subscription DecisionPageChanged($id: ID!) {\n    programmeChanged(programmeId: $id) {\n      id\n      version\n    }\n  }\n": types.DecisionPageChangedDocument,
    "\n  mutation DecideConfirmCommitment($id: ID!, $onBehalf: Boolean) {\n    confirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.DecideConfirmCommitmentDocument,
    "\n  mutation DecideAdoptAgenda($id: ID!, $onBehalf: Boolean) {\n    adoptAgenda(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.DecideAdoptAgendaDocument,
    "\n  mutation DecideReconfirmCommitment($id: ID!, $onBehalf: Boolean) {\n    reconfirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.DecideReconfirmCommitmentDocument,
    "\n  mutation DecideAcknowledgeEscalation($id: ID!, $input: AcknowledgeEscalationInput!, $onBehalf: Boolean) {\n    acknowledgeEscalation(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.DecideAcknowledgeEscalationDocument,
    "\n  query MyTasks($first: Int) {\n    me {\n      memberships {\n        membershipId\n        programmeId\n        role\n        partnerOrganisation\n        partnerLevel\n      }\n      tasks(first: $first) {\n        kind\n        step\n        label\n        reason\n        ruleId\n        dueAt\n        urgency\n        escalationId\n        escalationLevel\n        programme {\n          id\n          municipality {\n            name\n          }\n        }\n      }\n      invitations {\n        id\n        role\n        partnerOrganisation\n        expiresAt\n        municipality {\n          name\n        }\n      }\n    }\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          phase\n          status\n          municipality {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyTasksDocument,
    "\n  subscription MyTasksChanged {\n    programmeChanged {\n      id\n      version\n    }\n  }\n": types.MyTasksChangedDocument,
    "\n  query NationalSlowerThanPeers($first: Int!, $offset: Int!) {\n    slowerThanPeers(first: $first, offset: $offset) {\n      totalCount\n      entries {\n        programme {\n          id\n          phase\n          status\n          municipality {\n            code\n            name\n          }\n        }\n        peerComparison {\n          daysInPhase\n          percentile\n          completedStays\n        }\n      }\n    }\n  }\n": types.NationalSlowerThanPeersDocument,
    "\n  query NationalOverview {\n    me {\n      kwartiermaker\n      memberships {\n        programmeId\n        role\n      }\n    }\n    nationalOverview {\n      total\n      stalled\n      byPhase {\n        key\n        count\n      }\n      startedPerQuarter {\n        key\n        count\n      }\n      openEscalationsByLevel {\n        level\n        count\n      }\n      riskFlags {\n        flag\n        count\n      }\n      medianDaysInPhase {\n        phase\n        programmes\n        medianDays\n      }\n      schoolYearsMissed\n      programmesMissingSchoolYear\n      indicatorsPerQuarter {\n        quarter\n        programmes\n        repeatReports\n        professionalsTrained\n        schoolsReached\n      }\n      mentorPairings\n      municipalitiesReached\n      municipalitiesPerQuarter {\n        key\n        count\n      }\n    }\n  }\n": types.NationalOverviewDocument,
    "\n  query NationalQueue {\n    escalationQueue(first: 100) {\n      id\n      programmeId\n      municipalityCode\n      level\n      kind\n      ruleId\n      message\n      raisedAt\n      status\n      deliveryStatus\n    }\n    stalledProgrammes(first: 50) {\n      id\n      municipalityCode\n      phase\n      status\n      openEscalationLevel\n      phaseEnteredAt\n    }\n  }\n": types.NationalQueueDocument,
    "\n  query NationalProgrammes($after: String) {\n    programmes(first: 100, after: $after, filter: { latestPerMunicipality: true }) {\n      edges {\n        node {\n          id\n          municipalityCode\n          sequence\n          phase\n          status\n          openEscalationLevel\n          startedAt\n          memberMunicipalityCodes\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NationalProgrammesDocument,
    "\n  query NationalProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      municipalityCode\n      sequence\n      phase\n      status\n      version\n      startedAt\n      openEscalationLevel\n      settings {\n        stallThresholdWeeks {\n          COMMITMENT\n          AGENDA\n          EXECUTION\n          EMBEDDING\n          CONTINUATION\n        }\n      }\n      escalations {\n        id\n        level\n        kind\n        ruleId\n        message\n        raisedAt\n        status\n      }\n      mentor {\n        name\n        kind\n        municipalityCode\n        pairedAt\n      }\n    }\n  }\n": types.NationalProgrammeDocument,
    "\n  query NationalMentorSuggestions($programmeId: ID!) {\n    mentorSuggestions(programmeId: $programmeId, first: 5) {\n      kind\n      municipalityCode\n      programmeId\n      name\n      distanceKm\n      sameRegion\n    }\n  }\n": types.NationalMentorSuggestionsDocument,
    "\n  mutation NationalAcknowledgeEscalation($programmeId: ID!, $input: AcknowledgeEscalationInput!) {\n    acknowledgeEscalation(programmeId: $programmeId, input: $input) {\n      id\n      version\n    }\n  }\n": types.NationalAcknowledgeEscalationDocument,
    "\n  mutation NationalRecordMentorPairing($programmeId: ID!, $input: MentorPairingInput!) {\n    recordMentorPairing(programmeId: $programmeId, input: $input) {\n      id\n      version\n    }\n  }\n": types.NationalRecordMentorPairingDocument,
    "\n  mutation NationalPauseProgramme($programmeId: ID!, $reason: String!) {\n    pauseProgramme(programmeId: $programmeId, input: { reason: $reason }) {\n      id\n      version\n    }\n  }\n": types.NationalPauseProgrammeDocument,
    "\n  mutation NationalResumeProgramme($programmeId: ID!) {\n    resumeProgramme(programmeId: $programmeId) {\n      id\n      version\n    }\n  }\n": types.NationalResumeProgrammeDocument,
    "\n  mutation NationalChangeThresholds($programmeId: ID!, $thresholds: StallThresholdsInput!) {\n    changeSettings(programmeId: $programmeId, input: { stallThresholdWeeks: $thresholds }) {\n      id\n      version\n    }\n  }\n": types.NationalChangeThresholdsDocument,
    "\n  subscription NationalProgrammeChanged {\n    programmeChanged {\n      id\n      version\n    }\n  }\n": types.NationalProgrammeChangedDocument,
    "\n  subscription NationalPanelChanged($id: ID!) {\n    programmeChanged(programmeId: $id) {\n      id\n      version\n    }\n  }\n": types.NationalPanelChangedDocument,
    "\n  query Portfolio($filter: ProgrammeFilterInput!, $orderBy: ProgrammeOrderInput!, $after: String) {\n    programmes(first: 25, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          phase\n          status\n          openEscalationLevel\n          riskFlags\n          nextDeadlineAt\n          startedAt\n          updatedAt\n          municipality {\n            name\n            province\n          }\n        }\n      }\n    }\n  }\n": types.PortfolioDocument,
    "\n  query ProgrammePage($id: ID!) {\n    me {\n      kwartiermaker\n      memberships {\n        programmeId\n        role\n        partnerOrganisation\n        partnerLevel\n      }\n    }\n    programme(id: $id) {\n      id\n      phase\n      status\n      version\n      municipality {\n        code\n        name\n        schoolHolidayRegion\n      }\n      pause {\n        reason\n        since\n      }\n      phaseHistory {\n        phase\n        enteredAt\n        leftAt\n      }\n      checklist {\n        ruleId\n        label\n        done\n        blocking\n        missing\n        tip\n      }\n      commitment {\n        administrativeLead {\n          name\n        }\n        recommitment {\n          reason\n          dueAt\n        }\n        projectLead {\n          name\n          kind\n        }\n        partners {\n          organisation\n          domain\n        }\n        recommendations {\n          item\n          doneAt\n        }\n      }\n      agenda {\n        themes\n        actions {\n          id\n          title\n          theme\n          status\n          ownerOrganisation\n          embedding {\n            recordedAt\n            instrumentName\n            period {\n              from\n              to\n            }\n            ended {\n              at\n            }\n          }\n        }\n      }\n      training {\n        stage\n        sessions {\n          id\n          title\n          date\n          delivered {\n            at\n          }\n        }\n      }\n      members {\n        memberId\n        membershipId\n        name\n        email\n        organisation\n        role\n        partnerOrganisation\n        partnerDomain\n        partnerLevel\n        since\n      }\n      timeline {\n        at\n        event\n        summary\n        by {\n          role\n          name\n          onBehalfOf {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ProgrammePageDocument,
    "\n  subscription ProgrammePageChanged($id: ID!) {\n    programmeChanged(programmeId: $id) {\n      id\n      version\n    }\n  }\n": types.ProgrammePageChangedDocument,
    "\n  query ProgrammeInvitations($id: ID!) {\n    programme(id: $id) {\n      id\n      invitations {\n        id\n        name\n        email\n        role\n        partnerOrganisation\n        partnerLevel\n        invitedAt\n        expiresAt\n      }\n    }\n  }\n": types.ProgrammeInvitationsDocument,
    "\n  mutation InviteMember($id: ID!, $input: InviteMemberInput!) {\n    inviteMember(programmeId: $id, input: $input) {\n      id\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation WithdrawInvitation($id: ID!, $invitationId: ID!) {\n    withdrawInvitation(programmeId: $id, invitationId: $invitationId)\n  }\n": types.WithdrawInvitationDocument,
    "\n  mutation RemoveMember($id: ID!, $membershipId: ID!) {\n    removeMember(programmeId: $id, membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  query CollectiveSection($id: ID!) {\n    programme(id: $id) {\n      id\n      collective {\n        lead {\n          code\n          name\n        }\n        members {\n          municipality {\n            code\n            name\n          }\n          joinedOn\n          confirmedOn\n          leftOn\n        }\n      }\n    }\n  }\n": types.CollectiveSectionDocument,
    "\n  query EmbeddingsSection($id: ID!) {\n    programme(id: $id) {\n      id\n      agenda {\n        actions {\n          id\n          title\n          embedding {\n            instrument\n            instrumentName\n            takenOverBy\n            period {\n              from\n              to\n            }\n            ended {\n              at\n              by\n            }\n            confirmedInForce\n            pastInstruments {\n              instrumentName\n              period {\n                from\n                to\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.EmbeddingsSectionDocument,
    "\n  query IndicatorsSection($id: ID!) {\n    me {\n      memberships {\n        programmeId\n        role\n      }\n    }\n    programme(id: $id) {\n      id\n      indicators {\n        period\n        at\n        note\n        repeatReports\n        professionalsTrained\n        schoolsReached\n      }\n    }\n  }\n": types.IndicatorsSectionDocument,
    "\n  mutation ReportIndicatorsSection($programmeId: ID!, $input: ReportIndicatorsInput!) {\n    reportIndicators(programmeId: $programmeId, input: $input) {\n      id\n      version\n    }\n  }\n": types.ReportIndicatorsSectionDocument,
    "\n  query MentorSection($id: ID!) {\n    me {\n      kwartiermaker\n    }\n    programme(id: $id) {\n      id\n      mentor {\n        kind\n        municipalityCode\n        name\n        note\n        pairedAt\n        programmeId\n        by {\n          name\n        }\n      }\n    }\n  }\n": types.MentorSectionDocument,
    "\n  query MentorSuggestionsSection($id: ID!) {\n    mentorSuggestions(programmeId: $id, first: 5) {\n      kind\n      municipalityCode\n      name\n      programmeId\n      sameRegion\n      distanceKm\n    }\n  }\n": types.MentorSuggestionsSectionDocument,
    "\n  query PartnerSection($id: ID!) {\n    me {\n      memberships {\n        programmeId\n        role\n        partnerOrganisation\n        partnerLevel\n      }\n    }\n    programme(id: $id) {\n      id\n      phase\n      version\n      commitment {\n        partners {\n          organisation\n          domain\n          committedAt\n        }\n      }\n      agenda {\n        actions {\n          id\n          title\n          theme\n          ownerOrganisation\n          status\n          droppedReason\n        }\n        support {\n          organisation\n          level\n          at\n        }\n      }\n    }\n  }\n": types.PartnerSectionDocument,
    "\n  subscription PartnerSectionChanged($id: ID!) {\n    programmeChanged(programmeId: $id) {\n      id\n      version\n    }\n  }\n": types.PartnerSectionChangedDocument,
    "\n  mutation PartnerConfirmSupport($id: ID!, $input: ConfirmSupportInput!) {\n    confirmSupport(programmeId: $id, input: $input) {\n      id\n      version\n    }\n  }\n": types.PartnerConfirmSupportDocument,
    "\n  mutation PartnerUpdateActionStatus($id: ID!, $input: UpdateActionStatusInput!) {\n    updateActionStatus(programmeId: $id, input: $input) {\n      id\n      version\n    }\n  }\n": types.PartnerUpdateActionStatusDocument,
    "\n  query ProgrammePeerComparison($id: ID!) {\n    programme(id: $id) {\n      id\n      peerComparison {\n        daysInPhase\n        percentile\n        slowerThanPeers\n        completedStays\n      }\n    }\n  }\n": types.ProgrammePeerComparisonDocument,
    "\n  query PracticesSection($id: ID!) {\n    me {\n      memberships {\n        programmeId\n        role\n      }\n    }\n    practices {\n      id\n      title\n      description\n      origin\n      originMunicipalityCodes\n      theme\n      source\n    }\n    programme(id: $id) {\n      id\n      status\n      agenda {\n        themes\n        actions {\n          id\n          title\n          practiceId\n        }\n      }\n    }\n  }\n": types.PracticesSectionDocument,
    "\n  mutation AdoptPracticeSection($programmeId: ID!, $input: AddActionInput!) {\n    addAction(programmeId: $programmeId, input: $input) {\n      id\n      version\n    }\n  }\n": types.AdoptPracticeSectionDocument,
    "\n  query TrainingCalendarSection($id: ID!) {\n    programme(id: $id) {\n      id\n      municipality {\n        schoolHolidayRegion\n      }\n      trainingCalendar {\n        targetYear\n        schoolYear {\n          firstDay\n          lastDay\n          provisional\n        }\n        deadlines {\n          kind\n          date\n          actsAt\n        }\n        holidays {\n          kind\n          schoolYear\n          from\n          to\n          advisory\n          provisional\n        }\n        holidaysPublished\n        sessions {\n          id\n          date\n          title\n          provisional\n          delivered {\n            schoolsReached\n            staffTrained\n          }\n        }\n      }\n    }\n  }\n": types.TrainingCalendarSectionDocument,
    "\n  query StartProgrammePage {\n    me {\n      municipalities\n    }\n  }\n": types.StartProgrammePageDocument,
    "\n  mutation StartProgramme($municipalityCode: String!, $startedOn: LocalDate, $pastPhases: [PastPhaseInput!]) {\n    startProgramme(municipalityCode: $municipalityCode, startedOn: $startedOn, pastPhases: $pastPhases) {\n      id\n    }\n  }\n": types.StartProgrammeDocument,
    "\n  mutation StepDesignateAdministrativeLead($id: ID!, $input: DesignateAdministrativeLeadInput!, $onBehalf: Boolean) {\n    designateAdministrativeLead(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepDesignateAdministrativeLeadDocument,
    "\n  mutation StepCommitPartner($id: ID!, $input: CommitPartnerInput!, $onBehalf: Boolean) {\n    commitPartner(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepCommitPartnerDocument,
    "\n  mutation StepAppointProjectLead($id: ID!, $input: AppointProjectLeadInput!, $onBehalf: Boolean) {\n    appointProjectLead(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepAppointProjectLeadDocument,
    "\n  mutation StepRecordRecommendation($id: ID!, $input: RecordRecommendationInput!, $onBehalf: Boolean) {\n    recordRecommendation(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepRecordRecommendationDocument,
    "\n  mutation StepConfirmCommitment($id: ID!, $onBehalf: Boolean) {\n    confirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepConfirmCommitmentDocument,
    "\n  mutation StepReconfirmCommitment($id: ID!, $onBehalf: Boolean) {\n    reconfirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepReconfirmCommitmentDocument,
    "\n  mutation StepRecordBottleneck($id: ID!, $input: RecordBottleneckInput!, $onBehalf: Boolean) {\n    recordBottleneck(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepRecordBottleneckDocument,
    "\n  mutation StepSelectTheme($id: ID!, $input: ThemeInput!, $onBehalf: Boolean) {\n    selectTheme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepSelectThemeDocument,
    "\n  mutation StepDeselectTheme($id: ID!, $input: ThemeInput!, $onBehalf: Boolean) {\n    deselectTheme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepDeselectThemeDocument,
    "\n  mutation StepAddAction($id: ID!, $input: AddActionInput!, $onBehalf: Boolean) {\n    addAction(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepAddActionDocument,
    "\n  mutation StepConfirmSupport($id: ID!, $input: ConfirmSupportInput!, $onBehalf: Boolean) {\n    confirmSupport(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepConfirmSupportDocument,
    "\n  mutation StepAdoptAgenda($id: ID!, $onBehalf: Boolean) {\n    adoptAgenda(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepAdoptAgendaDocument,
    "\n  mutation StepUpdateActionStatus($id: ID!, $input: UpdateActionStatusInput!, $onBehalf: Boolean) {\n    updateActionStatus(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepUpdateActionStatusDocument,
    "\n  mutation StepStartSchoolBoardTalks($id: ID!, $onBehalf: Boolean) {\n    startSchoolBoardTalks(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepStartSchoolBoardTalksDocument,
    "\n  mutation StepStartSchoolTalks($id: ID!, $onBehalf: Boolean) {\n    startSchoolTalks(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepStartSchoolTalksDocument,
    "\n  mutation StepFixTrainingCalendar($id: ID!, $onBehalf: Boolean) {\n    fixTrainingCalendar(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepFixTrainingCalendarDocument,
    "\n  mutation StepPlanTrainingSession($id: ID!, $input: PlanTrainingSessionInput!, $onBehalf: Boolean) {\n    planTrainingSession(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepPlanTrainingSessionDocument,
    "\n  mutation StepRecordTrainingDelivered($id: ID!, $input: RecordTrainingDeliveredInput!, $onBehalf: Boolean) {\n    recordTrainingDelivered(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepRecordTrainingDeliveredDocument,
    "\n  mutation StepCompleteExecution($id: ID!, $onBehalf: Boolean) {\n    completeExecution(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepCompleteExecutionDocument,
    "\n  mutation StepRecordEmbedding($id: ID!, $input: RecordEmbeddingInput!, $onBehalf: Boolean) {\n    recordEmbedding(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepRecordEmbeddingDocument,
    "\n  mutation StepNameEmbeddingOwner($id: ID!, $input: NameEmbeddingOwnerInput!, $onBehalf: Boolean) {\n    nameEmbeddingOwner(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepNameEmbeddingOwnerDocument,
    "\n  mutation StepRecordLeadDeparture($id: ID!, $onBehalf: Boolean) {\n    recordLeadDeparture(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepRecordLeadDepartureDocument,
    "\n  mutation StepCompleteEmbedding($id: ID!, $onBehalf: Boolean) {\n    completeEmbedding(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepCompleteEmbeddingDocument,
    "\n  mutation StepRecordCheckIn($id: ID!, $input: RecordCheckInInput!, $onBehalf: Boolean) {\n    recordCheckIn(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepRecordCheckInDocument,
    "\n  mutation StepRecordSuccessorInstrument($id: ID!, $input: RecordSuccessorInstrumentInput!, $onBehalf: Boolean) {\n    recordSuccessorInstrument(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepRecordSuccessorInstrumentDocument,
    "\n  mutation StepCloseProgramme($id: ID!, $input: CloseProgrammeInput!, $onBehalf: Boolean) {\n    closeProgramme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepCloseProgrammeDocument,
    "\n  mutation StepReportIndicators($id: ID!, $input: ReportIndicatorsInput!, $onBehalf: Boolean) {\n    reportIndicators(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepReportIndicatorsDocument,
    "\n  mutation StepPauseProgramme($id: ID!, $input: ReasonInput!, $onBehalf: Boolean) {\n    pauseProgramme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepPauseProgrammeDocument,
    "\n  mutation StepResumeProgramme($id: ID!, $onBehalf: Boolean) {\n    resumeProgramme(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepResumeProgrammeDocument,
    "\n  mutation StepAbortProgramme($id: ID!, $input: ReasonInput!, $onBehalf: Boolean) {\n    abortProgramme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepAbortProgrammeDocument,
    "\n  mutation StepChangeSettings($id: ID!, $input: ChangeSettingsInput!, $onBehalf: Boolean) {\n    changeSettings(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n": types.StepChangeSettingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shell {\n    me {\n      name\n      kwartiermaker\n      memberships {\n        membershipId\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').ShellDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DecisionPage($id: ID!) {\n    me {\n      kwartiermaker\n      memberships {\n        programmeId\n        role\n      }\n    }\n    programme(id: $id) {\n      id\n      phase\n      status\n      version\n      municipality {\n        name\n      }\n      checklist {\n        ruleId\n        label\n        done\n        blocking\n        missing\n      }\n      commitment {\n        confirmedAt\n        reconfirmedAt\n        administrativeLead {\n          designatedAt\n        }\n        recommitment {\n          reason\n          since\n          electionDay\n          dueAt\n        }\n      }\n      agenda {\n        adoptedAt\n        actions {\n          id\n          title\n          theme\n          ownerOrganisation\n          status\n        }\n        support {\n          organisation\n          level\n          at\n        }\n      }\n      escalations {\n        id\n        level\n        kind\n        message\n        dueAt\n        raisedAt\n        status\n        resolvedAt\n        ruleId\n        acknowledgements {\n          at\n          decision\n          weeks\n          by {\n            name\n            onBehalfOf {\n              name\n            }\n          }\n        }\n      }\n      members {\n        memberId\n        name\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').DecisionPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DecisionPageChanged($id: ID!) {\n    programmeChanged(programmeId: $id) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').DecisionPageChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideConfirmCommitment($id: ID!, $onBehalf: Boolean) {\n    confirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').DecideConfirmCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAdoptAgenda($id: ID!, $onBehalf: Boolean) {\n    adoptAgenda(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').DecideAdoptAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideReconfirmCommitment($id: ID!, $onBehalf: Boolean) {\n    reconfirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').DecideReconfirmCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAcknowledgeEscalation($id: ID!, $input: AcknowledgeEscalationInput!, $onBehalf: Boolean) {\n    acknowledgeEscalation(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').DecideAcknowledgeEscalationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($first: Int) {\n    me {\n      memberships {\n        membershipId\n        programmeId\n        role\n        partnerOrganisation\n        partnerLevel\n      }\n      tasks(first: $first) {\n        kind\n        step\n        label\n        reason\n        ruleId\n        dueAt\n        urgency\n        escalationId\n        escalationLevel\n        programme {\n          id\n          municipality {\n            name\n          }\n        }\n      }\n      invitations {\n        id\n        role\n        partnerOrganisation\n        expiresAt\n        municipality {\n          name\n        }\n      }\n    }\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          phase\n          status\n          municipality {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription MyTasksChanged {\n    programmeChanged {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').MyTasksChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalSlowerThanPeers($first: Int!, $offset: Int!) {\n    slowerThanPeers(first: $first, offset: $offset) {\n      totalCount\n      entries {\n        programme {\n          id\n          phase\n          status\n          municipality {\n            code\n            name\n          }\n        }\n        peerComparison {\n          daysInPhase\n          percentile\n          completedStays\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NationalSlowerThanPeersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalOverview {\n    me {\n      kwartiermaker\n      memberships {\n        programmeId\n        role\n      }\n    }\n    nationalOverview {\n      total\n      stalled\n      byPhase {\n        key\n        count\n      }\n      startedPerQuarter {\n        key\n        count\n      }\n      openEscalationsByLevel {\n        level\n        count\n      }\n      riskFlags {\n        flag\n        count\n      }\n      medianDaysInPhase {\n        phase\n        programmes\n        medianDays\n      }\n      schoolYearsMissed\n      programmesMissingSchoolYear\n      indicatorsPerQuarter {\n        quarter\n        programmes\n        repeatReports\n        professionalsTrained\n        schoolsReached\n      }\n      mentorPairings\n      municipalitiesReached\n      municipalitiesPerQuarter {\n        key\n        count\n      }\n    }\n  }\n"): typeof import('./graphql').NationalOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalQueue {\n    escalationQueue(first: 100) {\n      id\n      programmeId\n      municipalityCode\n      level\n      kind\n      ruleId\n      message\n      raisedAt\n      status\n      deliveryStatus\n    }\n    stalledProgrammes(first: 50) {\n      id\n      municipalityCode\n      phase\n      status\n      openEscalationLevel\n      phaseEnteredAt\n    }\n  }\n"): typeof import('./graphql').NationalQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalProgrammes($after: String) {\n    programmes(first: 100, after: $after, filter: { latestPerMunicipality: true }) {\n      edges {\n        node {\n          id\n          municipalityCode\n          sequence\n          phase\n          status\n          openEscalationLevel\n          startedAt\n          memberMunicipalityCodes\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').NationalProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      municipalityCode\n      sequence\n      phase\n      status\n      version\n      startedAt\n      openEscalationLevel\n      settings {\n        stallThresholdWeeks {\n          COMMITMENT\n          AGENDA\n          EXECUTION\n          EMBEDDING\n          CONTINUATION\n        }\n      }\n      escalations {\n        id\n        level\n        kind\n        ruleId\n        message\n        raisedAt\n        status\n      }\n      mentor {\n        name\n        kind\n        municipalityCode\n        pairedAt\n      }\n    }\n  }\n"): typeof import('./graphql').NationalProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NationalMentorSuggestions($programmeId: ID!) {\n    mentorSuggestions(programmeId: $programmeId, first: 5) {\n      kind\n      municipalityCode\n      programmeId\n      name\n      distanceKm\n      sameRegion\n    }\n  }\n"): typeof import('./graphql').NationalMentorSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NationalAcknowledgeEscalation($programmeId: ID!, $input: AcknowledgeEscalationInput!) {\n    acknowledgeEscalation(programmeId: $programmeId, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').NationalAcknowledgeEscalationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NationalRecordMentorPairing($programmeId: ID!, $input: MentorPairingInput!) {\n    recordMentorPairing(programmeId: $programmeId, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').NationalRecordMentorPairingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NationalPauseProgramme($programmeId: ID!, $reason: String!) {\n    pauseProgramme(programmeId: $programmeId, input: { reason: $reason }) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').NationalPauseProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NationalResumeProgramme($programmeId: ID!) {\n    resumeProgramme(programmeId: $programmeId) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').NationalResumeProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NationalChangeThresholds($programmeId: ID!, $thresholds: StallThresholdsInput!) {\n    changeSettings(programmeId: $programmeId, input: { stallThresholdWeeks: $thresholds }) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').NationalChangeThresholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NationalProgrammeChanged {\n    programmeChanged {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').NationalProgrammeChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NationalPanelChanged($id: ID!) {\n    programmeChanged(programmeId: $id) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').NationalPanelChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Portfolio($filter: ProgrammeFilterInput!, $orderBy: ProgrammeOrderInput!, $after: String) {\n    programmes(first: 25, after: $after, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          phase\n          status\n          openEscalationLevel\n          riskFlags\n          nextDeadlineAt\n          startedAt\n          updatedAt\n          municipality {\n            name\n            province\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PortfolioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammePage($id: ID!) {\n    me {\n      kwartiermaker\n      memberships {\n        programmeId\n        role\n        partnerOrganisation\n        partnerLevel\n      }\n    }\n    programme(id: $id) {\n      id\n      phase\n      status\n      version\n      municipality {\n        code\n        name\n        schoolHolidayRegion\n      }\n      pause {\n        reason\n        since\n      }\n      phaseHistory {\n        phase\n        enteredAt\n        leftAt\n      }\n      checklist {\n        ruleId\n        label\n        done\n        blocking\n        missing\n        tip\n      }\n      commitment {\n        administrativeLead {\n          name\n        }\n        recommitment {\n          reason\n          dueAt\n        }\n        projectLead {\n          name\n          kind\n        }\n        partners {\n          organisation\n          domain\n        }\n        recommendations {\n          item\n          doneAt\n        }\n      }\n      agenda {\n        themes\n        actions {\n          id\n          title\n          theme\n          status\n          ownerOrganisation\n          embedding {\n            recordedAt\n            instrumentName\n            period {\n              from\n              to\n            }\n            ended {\n              at\n            }\n          }\n        }\n      }\n      training {\n        stage\n        sessions {\n          id\n          title\n          date\n          delivered {\n            at\n          }\n        }\n      }\n      members {\n        memberId\n        membershipId\n        name\n        email\n        organisation\n        role\n        partnerOrganisation\n        partnerDomain\n        partnerLevel\n        since\n      }\n      timeline {\n        at\n        event\n        summary\n        by {\n          role\n          name\n          onBehalfOf {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProgrammePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProgrammePageChanged($id: ID!) {\n    programmeChanged(programmeId: $id) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ProgrammePageChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeInvitations($id: ID!) {\n    programme(id: $id) {\n      id\n      invitations {\n        id\n        name\n        email\n        role\n        partnerOrganisation\n        partnerLevel\n        invitedAt\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').ProgrammeInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($id: ID!, $input: InviteMemberInput!) {\n    inviteMember(programmeId: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').InviteMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawInvitation($id: ID!, $invitationId: ID!) {\n    withdrawInvitation(programmeId: $id, invitationId: $invitationId)\n  }\n"): typeof import('./graphql').WithdrawInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($id: ID!, $membershipId: ID!) {\n    removeMember(programmeId: $id, membershipId: $membershipId)\n  }\n"): typeof import('./graphql').RemoveMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CollectiveSection($id: ID!) {\n    programme(id: $id) {\n      id\n      collective {\n        lead {\n          code\n          name\n        }\n        members {\n          municipality {\n            code\n            name\n          }\n          joinedOn\n          confirmedOn\n          leftOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CollectiveSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmbeddingsSection($id: ID!) {\n    programme(id: $id) {\n      id\n      agenda {\n        actions {\n          id\n          title\n          embedding {\n            instrument\n            instrumentName\n            takenOverBy\n            period {\n              from\n              to\n            }\n            ended {\n              at\n              by\n            }\n            confirmedInForce\n            pastInstruments {\n              instrumentName\n              period {\n                from\n                to\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EmbeddingsSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IndicatorsSection($id: ID!) {\n    me {\n      memberships {\n        programmeId\n        role\n      }\n    }\n    programme(id: $id) {\n      id\n      indicators {\n        period\n        at\n        note\n        repeatReports\n        professionalsTrained\n        schoolsReached\n      }\n    }\n  }\n"): typeof import('./graphql').IndicatorsSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportIndicatorsSection($programmeId: ID!, $input: ReportIndicatorsInput!) {\n    reportIndicators(programmeId: $programmeId, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ReportIndicatorsSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorSection($id: ID!) {\n    me {\n      kwartiermaker\n    }\n    programme(id: $id) {\n      id\n      mentor {\n        kind\n        municipalityCode\n        name\n        note\n        pairedAt\n        programmeId\n        by {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MentorSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentorSuggestionsSection($id: ID!) {\n    mentorSuggestions(programmeId: $id, first: 5) {\n      kind\n      municipalityCode\n      name\n      programmeId\n      sameRegion\n      distanceKm\n    }\n  }\n"): typeof import('./graphql').MentorSuggestionsSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSection($id: ID!) {\n    me {\n      memberships {\n        programmeId\n        role\n        partnerOrganisation\n        partnerLevel\n      }\n    }\n    programme(id: $id) {\n      id\n      phase\n      version\n      commitment {\n        partners {\n          organisation\n          domain\n          committedAt\n        }\n      }\n      agenda {\n        actions {\n          id\n          title\n          theme\n          ownerOrganisation\n          status\n          droppedReason\n        }\n        support {\n          organisation\n          level\n          at\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PartnerSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription PartnerSectionChanged($id: ID!) {\n    programmeChanged(programmeId: $id) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').PartnerSectionChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerConfirmSupport($id: ID!, $input: ConfirmSupportInput!) {\n    confirmSupport(programmeId: $id, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').PartnerConfirmSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartnerUpdateActionStatus($id: ID!, $input: UpdateActionStatusInput!) {\n    updateActionStatus(programmeId: $id, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').PartnerUpdateActionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammePeerComparison($id: ID!) {\n    programme(id: $id) {\n      id\n      peerComparison {\n        daysInPhase\n        percentile\n        slowerThanPeers\n        completedStays\n      }\n    }\n  }\n"): typeof import('./graphql').ProgrammePeerComparisonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PracticesSection($id: ID!) {\n    me {\n      memberships {\n        programmeId\n        role\n      }\n    }\n    practices {\n      id\n      title\n      description\n      origin\n      originMunicipalityCodes\n      theme\n      source\n    }\n    programme(id: $id) {\n      id\n      status\n      agenda {\n        themes\n        actions {\n          id\n          title\n          practiceId\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PracticesSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptPracticeSection($programmeId: ID!, $input: AddActionInput!) {\n    addAction(programmeId: $programmeId, input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').AdoptPracticeSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCalendarSection($id: ID!) {\n    programme(id: $id) {\n      id\n      municipality {\n        schoolHolidayRegion\n      }\n      trainingCalendar {\n        targetYear\n        schoolYear {\n          firstDay\n          lastDay\n          provisional\n        }\n        deadlines {\n          kind\n          date\n          actsAt\n        }\n        holidays {\n          kind\n          schoolYear\n          from\n          to\n          advisory\n          provisional\n        }\n        holidaysPublished\n        sessions {\n          id\n          date\n          title\n          provisional\n          delivered {\n            schoolsReached\n            staffTrained\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TrainingCalendarSectionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartProgrammePage {\n    me {\n      municipalities\n    }\n  }\n"): typeof import('./graphql').StartProgrammePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartProgramme($municipalityCode: String!, $startedOn: LocalDate, $pastPhases: [PastPhaseInput!]) {\n    startProgramme(municipalityCode: $municipalityCode, startedOn: $startedOn, pastPhases: $pastPhases) {\n      id\n    }\n  }\n"): typeof import('./graphql').StartProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepDesignateAdministrativeLead($id: ID!, $input: DesignateAdministrativeLeadInput!, $onBehalf: Boolean) {\n    designateAdministrativeLead(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepDesignateAdministrativeLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepCommitPartner($id: ID!, $input: CommitPartnerInput!, $onBehalf: Boolean) {\n    commitPartner(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepCommitPartnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepAppointProjectLead($id: ID!, $input: AppointProjectLeadInput!, $onBehalf: Boolean) {\n    appointProjectLead(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepAppointProjectLeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepRecordRecommendation($id: ID!, $input: RecordRecommendationInput!, $onBehalf: Boolean) {\n    recordRecommendation(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepRecordRecommendationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepConfirmCommitment($id: ID!, $onBehalf: Boolean) {\n    confirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepConfirmCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepReconfirmCommitment($id: ID!, $onBehalf: Boolean) {\n    reconfirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepReconfirmCommitmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepRecordBottleneck($id: ID!, $input: RecordBottleneckInput!, $onBehalf: Boolean) {\n    recordBottleneck(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepRecordBottleneckDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepSelectTheme($id: ID!, $input: ThemeInput!, $onBehalf: Boolean) {\n    selectTheme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepSelectThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepDeselectTheme($id: ID!, $input: ThemeInput!, $onBehalf: Boolean) {\n    deselectTheme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepDeselectThemeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepAddAction($id: ID!, $input: AddActionInput!, $onBehalf: Boolean) {\n    addAction(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepAddActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepConfirmSupport($id: ID!, $input: ConfirmSupportInput!, $onBehalf: Boolean) {\n    confirmSupport(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepConfirmSupportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepAdoptAgenda($id: ID!, $onBehalf: Boolean) {\n    adoptAgenda(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepAdoptAgendaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepUpdateActionStatus($id: ID!, $input: UpdateActionStatusInput!, $onBehalf: Boolean) {\n    updateActionStatus(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepUpdateActionStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepStartSchoolBoardTalks($id: ID!, $onBehalf: Boolean) {\n    startSchoolBoardTalks(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepStartSchoolBoardTalksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepStartSchoolTalks($id: ID!, $onBehalf: Boolean) {\n    startSchoolTalks(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepStartSchoolTalksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepFixTrainingCalendar($id: ID!, $onBehalf: Boolean) {\n    fixTrainingCalendar(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepFixTrainingCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepPlanTrainingSession($id: ID!, $input: PlanTrainingSessionInput!, $onBehalf: Boolean) {\n    planTrainingSession(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepPlanTrainingSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepRecordTrainingDelivered($id: ID!, $input: RecordTrainingDeliveredInput!, $onBehalf: Boolean) {\n    recordTrainingDelivered(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepRecordTrainingDeliveredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepCompleteExecution($id: ID!, $onBehalf: Boolean) {\n    completeExecution(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepCompleteExecutionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepRecordEmbedding($id: ID!, $input: RecordEmbeddingInput!, $onBehalf: Boolean) {\n    recordEmbedding(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepRecordEmbeddingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepNameEmbeddingOwner($id: ID!, $input: NameEmbeddingOwnerInput!, $onBehalf: Boolean) {\n    nameEmbeddingOwner(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepNameEmbeddingOwnerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepRecordLeadDeparture($id: ID!, $onBehalf: Boolean) {\n    recordLeadDeparture(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepRecordLeadDepartureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepCompleteEmbedding($id: ID!, $onBehalf: Boolean) {\n    completeEmbedding(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepCompleteEmbeddingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepRecordCheckIn($id: ID!, $input: RecordCheckInInput!, $onBehalf: Boolean) {\n    recordCheckIn(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepRecordCheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepRecordSuccessorInstrument($id: ID!, $input: RecordSuccessorInstrumentInput!, $onBehalf: Boolean) {\n    recordSuccessorInstrument(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepRecordSuccessorInstrumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepCloseProgramme($id: ID!, $input: CloseProgrammeInput!, $onBehalf: Boolean) {\n    closeProgramme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepCloseProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepReportIndicators($id: ID!, $input: ReportIndicatorsInput!, $onBehalf: Boolean) {\n    reportIndicators(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepReportIndicatorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepPauseProgramme($id: ID!, $input: ReasonInput!, $onBehalf: Boolean) {\n    pauseProgramme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepPauseProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepResumeProgramme($id: ID!, $onBehalf: Boolean) {\n    resumeProgramme(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepResumeProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepAbortProgramme($id: ID!, $input: ReasonInput!, $onBehalf: Boolean) {\n    abortProgramme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepAbortProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StepChangeSettings($id: ID!, $input: ChangeSettingsInput!, $onBehalf: Boolean) {\n    changeSettings(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').StepChangeSettingsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
