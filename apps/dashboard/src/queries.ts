// The GraphQL documents the page sends, typed by GraphQL Code Generator from the committed schema
// (`npm run schema` writes ./gql). Selections stay slim: the API refuses a document whose
// estimated cost is above its limit (GRAPHQL_MAX_COST, 5000 by default).
import { graphql } from './gql';
import type { DashboardOverviewQuery, DashboardProgrammeQuery, DashboardQueueQuery } from './gql/graphql';

export const OVERVIEW_QUERY = graphql(`
  query DashboardOverview {
    nationalOverview {
      total
      stalled
      byPhase {
        key
        count
      }
      byStatus {
        key
        count
      }
      byProvince {
        key
        count
      }
      byVeiligThuisRegion {
        key
        count
      }
      byJeugdregio {
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
    }
  }
`);

/** Kwartiermakers only: the stalled programmes and the escalation queue. */
export const QUEUE_QUERY = graphql(`
  query DashboardQueue {
    stalledProgrammes(first: 50) {
      id
      municipalityCode
      sequence
      phase
      status
      openEscalationLevel
      startedAt
      phaseEnteredAt
      updatedAt
    }
    escalationQueue(first: 100) {
      id
      programmeId
      municipalityCode
      level
      kind
      step
      ruleId
      message
      raisedAt
      status
      deliveryStatus
    }
  }
`);

// One row of `programmes`, as slim as the map needs (model.ts's ProgrammeRow). Codegen adds the
// fragment's definition to the documents that spread it.
graphql(`
  fragment DashboardProgrammeRow on Programme {
    id
    municipalityCode
    sequence
    phase
    status
    openEscalationLevel
    startedAt
  }
`);

/** One page of programmes for the map; municipality metadata comes with the page (bundled CSV). */
export const PROGRAMMES_PAGE = graphql(`
  query DashboardProgrammes($after: String) {
    programmes(first: 100, after: $after) {
      totalCount
      edges {
        node {
          ...DashboardProgrammeRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const PROGRAMME_QUERY = graphql(`
  query DashboardProgramme($id: ID!) {
    programme(id: $id) {
      id
      municipalityCode
      sequence
      phase
      status
      startedAt
      phaseEnteredAt
      updatedAt
      openEscalationLevel
      riskFlags
      escalations {
        id
        level
        kind
        step
        ruleId
        message
        raisedAt
        status
        resolvedAt
      }
      timeline {
        at
        by {
          role
          name
        }
        event
        summary
      }
      mentor {
        kind
        municipalityCode
        programmeId
        pairedAt
      }
    }
  }
`);

export type Overview = DashboardOverviewQuery['nationalOverview'];
export type Queue = DashboardQueueQuery;
export type ProgrammeDetail = NonNullable<DashboardProgrammeQuery['programme']>;

export const LIVE_SUBSCRIPTIONS = [
  graphql(`
    subscription DashboardProgrammeChanged {
      programmeChanged {
        id
        phase
      }
    }
  `),
  graphql(`
    subscription DashboardEscalationRaised {
      escalationRaised {
        programmeId
      }
    }
  `),
  graphql(`
    subscription DashboardEscalationResolved {
      escalationResolved {
        programmeId
      }
    }
  `),
];
