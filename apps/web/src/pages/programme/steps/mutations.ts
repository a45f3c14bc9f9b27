// The lifecycle's steps as typed GraphQL documents (apps/api/schema.graphql), one per mutation.
// Each answers the programme's new version; the page then asks for the programme again.
import { graphql } from '../../../gql';

export const DESIGNATE_ADMINISTRATIVE_LEAD = graphql(`
  mutation StepDesignateAdministrativeLead($id: ID!, $input: DesignateAdministrativeLeadInput!, $onBehalf: Boolean) {
    designateAdministrativeLead(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const COMMIT_PARTNER = graphql(`
  mutation StepCommitPartner($id: ID!, $input: CommitPartnerInput!, $onBehalf: Boolean) {
    commitPartner(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const APPOINT_PROJECT_LEAD = graphql(`
  mutation StepAppointProjectLead($id: ID!, $input: AppointProjectLeadInput!, $onBehalf: Boolean) {
    appointProjectLead(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const RECORD_RECOMMENDATION = graphql(`
  mutation StepRecordRecommendation($id: ID!, $input: RecordRecommendationInput!, $onBehalf: Boolean) {
    recordRecommendation(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const CONFIRM_COMMITMENT = graphql(`
  mutation StepConfirmCommitment($id: ID!, $onBehalf: Boolean) {
    confirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const RECONFIRM_COMMITMENT = graphql(`
  mutation StepReconfirmCommitment($id: ID!, $onBehalf: Boolean) {
    reconfirmCommitment(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const RECORD_BOTTLENECK = graphql(`
  mutation StepRecordBottleneck($id: ID!, $input: RecordBottleneckInput!, $onBehalf: Boolean) {
    recordBottleneck(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const SELECT_THEME = graphql(`
  mutation StepSelectTheme($id: ID!, $input: ThemeInput!, $onBehalf: Boolean) {
    selectTheme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const DESELECT_THEME = graphql(`
  mutation StepDeselectTheme($id: ID!, $input: ThemeInput!, $onBehalf: Boolean) {
    deselectTheme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const ADD_ACTION = graphql(`
  mutation StepAddAction($id: ID!, $input: AddActionInput!, $onBehalf: Boolean) {
    addAction(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const CONFIRM_SUPPORT = graphql(`
  mutation StepConfirmSupport($id: ID!, $input: ConfirmSupportInput!, $onBehalf: Boolean) {
    confirmSupport(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const ADOPT_AGENDA = graphql(`
  mutation StepAdoptAgenda($id: ID!, $onBehalf: Boolean) {
    adoptAgenda(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const UPDATE_ACTION_STATUS = graphql(`
  mutation StepUpdateActionStatus($id: ID!, $input: UpdateActionStatusInput!, $onBehalf: Boolean) {
    updateActionStatus(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const START_SCHOOL_BOARD_TALKS = graphql(`
  mutation StepStartSchoolBoardTalks($id: ID!, $onBehalf: Boolean) {
    startSchoolBoardTalks(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const START_SCHOOL_TALKS = graphql(`
  mutation StepStartSchoolTalks($id: ID!, $onBehalf: Boolean) {
    startSchoolTalks(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const FIX_TRAINING_CALENDAR = graphql(`
  mutation StepFixTrainingCalendar($id: ID!, $onBehalf: Boolean) {
    fixTrainingCalendar(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const PLAN_TRAINING_SESSION = graphql(`
  mutation StepPlanTrainingSession($id: ID!, $input: PlanTrainingSessionInput!, $onBehalf: Boolean) {
    planTrainingSession(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const RECORD_TRAINING_DELIVERED = graphql(`
  mutation StepRecordTrainingDelivered($id: ID!, $input: RecordTrainingDeliveredInput!, $onBehalf: Boolean) {
    recordTrainingDelivered(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const COMPLETE_EXECUTION = graphql(`
  mutation StepCompleteExecution($id: ID!, $onBehalf: Boolean) {
    completeExecution(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const RECORD_EMBEDDING = graphql(`
  mutation StepRecordEmbedding($id: ID!, $input: RecordEmbeddingInput!, $onBehalf: Boolean) {
    recordEmbedding(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const NAME_EMBEDDING_OWNER = graphql(`
  mutation StepNameEmbeddingOwner($id: ID!, $input: NameEmbeddingOwnerInput!, $onBehalf: Boolean) {
    nameEmbeddingOwner(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const RECORD_LEAD_DEPARTURE = graphql(`
  mutation StepRecordLeadDeparture($id: ID!, $onBehalf: Boolean) {
    recordLeadDeparture(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const COMPLETE_EMBEDDING = graphql(`
  mutation StepCompleteEmbedding($id: ID!, $onBehalf: Boolean) {
    completeEmbedding(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const RECORD_CHECK_IN = graphql(`
  mutation StepRecordCheckIn($id: ID!, $input: RecordCheckInInput!, $onBehalf: Boolean) {
    recordCheckIn(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const RECORD_SUCCESSOR_INSTRUMENT = graphql(`
  mutation StepRecordSuccessorInstrument($id: ID!, $input: RecordSuccessorInstrumentInput!, $onBehalf: Boolean) {
    recordSuccessorInstrument(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const CLOSE_PROGRAMME = graphql(`
  mutation StepCloseProgramme($id: ID!, $input: CloseProgrammeInput!, $onBehalf: Boolean) {
    closeProgramme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const REPORT_INDICATORS = graphql(`
  mutation StepReportIndicators($id: ID!, $input: ReportIndicatorsInput!, $onBehalf: Boolean) {
    reportIndicators(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const PAUSE_PROGRAMME = graphql(`
  mutation StepPauseProgramme($id: ID!, $input: ReasonInput!, $onBehalf: Boolean) {
    pauseProgramme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const RESUME_PROGRAMME = graphql(`
  mutation StepResumeProgramme($id: ID!, $onBehalf: Boolean) {
    resumeProgramme(programmeId: $id, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const ABORT_PROGRAMME = graphql(`
  mutation StepAbortProgramme($id: ID!, $input: ReasonInput!, $onBehalf: Boolean) {
    abortProgramme(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);

export const CHANGE_SETTINGS = graphql(`
  mutation StepChangeSettings($id: ID!, $input: ChangeSettingsInput!, $onBehalf: Boolean) {
    changeSettings(programmeId: $id, input: $input, onBehalfOfAdministrativeLead: $onBehalf) {
      id
      version
    }
  }
`);
