// The national view's GraphQL documents, typed by GraphQL Code Generator from the committed schema
// (apps/web/src/gql). Selections stay slim: the API refuses a document above its cost limit.
import { graphql } from '../../gql';

export const NATIONAL_OVERVIEW = graphql(`
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
`);

/** Kwartiermakers only: the escalation queue and the stalled programmes. */
export const NATIONAL_QUEUE = graphql(`
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
`);

/** One page of programmes for the map (the latest per municipality colours it). */
export const NATIONAL_PROGRAMMES = graphql(`
  query NationalProgrammes($after: String) {
    programmes(first: 100, after: $after, filter: { latestPerMunicipality: true }) {
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
`);

/** The programme the kwartiermaker chose: what the actions need. */
export const NATIONAL_PROGRAMME = graphql(`
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
`);

export const MENTOR_SUGGESTIONS = graphql(`
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
`);

export const ACKNOWLEDGE_ESCALATION = graphql(`
  mutation NationalAcknowledgeEscalation($programmeId: ID!, $input: AcknowledgeEscalationInput!) {
    acknowledgeEscalation(programmeId: $programmeId, input: $input) {
      id
      version
    }
  }
`);

export const RECORD_MENTOR_PAIRING = graphql(`
  mutation NationalRecordMentorPairing($programmeId: ID!, $input: MentorPairingInput!) {
    recordMentorPairing(programmeId: $programmeId, input: $input) {
      id
      version
    }
  }
`);

export const PAUSE_PROGRAMME = graphql(`
  mutation NationalPauseProgramme($programmeId: ID!, $reason: String!) {
    pauseProgramme(programmeId: $programmeId, input: { reason: $reason }) {
      id
      version
    }
  }
`);

export const RESUME_PROGRAMME = graphql(`
  mutation NationalResumeProgramme($programmeId: ID!) {
    resumeProgramme(programmeId: $programmeId) {
      id
      version
    }
  }
`);

export const CHANGE_THRESHOLDS = graphql(`
  mutation NationalChangeThresholds($programmeId: ID!, $thresholds: StallThresholdsInput!) {
    changeSettings(programmeId: $programmeId, input: { stallThresholdWeeks: $thresholds }) {
      id
      version
    }
  }
`);

/** Live: a programme changed, an escalation was raised or resolved; the page asks again. */
export const NATIONAL_PROGRAMME_CHANGED = graphql(`
  subscription NationalProgrammeChanged {
    programmeChanged {
      id
      version
    }
  }
`);

/** Live: the chosen programme changed (after a step, once the read model has it). */
export const NATIONAL_PANEL_CHANGED = graphql(`
  subscription NationalPanelChanged($id: ID!) {
    programmeChanged(programmeId: $id) {
      id
      version
    }
  }
`);
