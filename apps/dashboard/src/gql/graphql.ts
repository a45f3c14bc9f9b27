/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Rol waarin iemand een stap zet: projectleider, bestuurlijk trekker (wethouder), programmamanager, kwartiermaker, partnerorganisatie of het systeem. */
export type ActorRole =
  | 'ADMINISTRATIVE_LEAD'
  | 'KWARTIERMAKER'
  | 'PARTNER'
  | 'PROGRAMME_MANAGER'
  | 'PROJECT_LEAD'
  | 'SYSTEM';

/** Bezorging via de outbox: PENDING, DELIVERED, FAILING (wordt opnieuw geprobeerd), NO_CHANNEL (geen webhook ingesteld; gaat zodra er een is). */
export type DeliveryStatus =
  | 'DELIVERED'
  | 'FAILING'
  | 'NO_CHANNEL'
  | 'PENDING';

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

/** PIONEER: een van de zes Collectieven (2015–2016); PROGRAMME: een gemeente waarvan het programma de borging heeft afgerond. */
export type MentorKind =
  | 'PIONEER'
  | 'PROGRAMME';

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

/** Risicosignalen: EXTERNAL_LEAD, LEAD_DEPARTED, SCHOOL_YEAR_MISSED. */
export type RiskFlag =
  | 'EXTERNAL_LEAD'
  | 'LEAD_DEPARTED'
  | 'SCHOOL_YEAR_MISSED';

export type DashboardOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardOverviewQuery = { nationalOverview: { total: number, stalled: number, schoolYearsMissed: number, programmesMissingSchoolYear: number, mentorPairings: number, byPhase: Array<{ key: string, count: number }>, byStatus: Array<{ key: string, count: number }>, byProvince: Array<{ key: string, count: number }>, byVeiligThuisRegion: Array<{ key: string, count: number }>, byJeugdregio: Array<{ key: string, count: number }>, startedPerQuarter: Array<{ key: string, count: number }>, openEscalationsByLevel: Array<{ level: number, count: number }>, riskFlags: Array<{ flag: RiskFlag, count: number }>, medianDaysInPhase: Array<{ phase: ProgrammePhase, programmes: number, medianDays: number | null }>, indicatorsPerQuarter: Array<{ quarter: string, programmes: number, repeatReports: number, professionalsTrained: number, schoolsReached: number }> } };

export type DashboardQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardQueueQuery = { stalledProgrammes: Array<{ id: string, municipalityCode: string, sequence: number, phase: ProgrammePhase, status: ProgrammeStatus, openEscalationLevel: number, startedAt: string, phaseEnteredAt: string | null, updatedAt: string }>, escalationQueue: Array<{ id: string, programmeId: string, municipalityCode: string, level: number, kind: EscalationKind, step: string, ruleId: string | null, message: string, raisedAt: string, status: EscalationStatus, deliveryStatus: DeliveryStatus }> };

export type DashboardProgrammeRowFragment = { id: string, municipalityCode: string, sequence: number, phase: ProgrammePhase, status: ProgrammeStatus, openEscalationLevel: number, startedAt: string };

export type DashboardProgrammesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type DashboardProgrammesQuery = { programmes: { totalCount: number, edges: Array<{ node: { id: string, municipalityCode: string, sequence: number, phase: ProgrammePhase, status: ProgrammeStatus, openEscalationLevel: number, startedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DashboardProgrammeQueryVariables = Exact<{
  id: string | number;
}>;


export type DashboardProgrammeQuery = { programme: { id: string, municipalityCode: string, sequence: number, phase: ProgrammePhase, status: ProgrammeStatus, startedAt: string, phaseEnteredAt: string | null, updatedAt: string, openEscalationLevel: number, riskFlags: Array<RiskFlag>, escalations: Array<{ id: string, level: number, kind: EscalationKind, step: string, ruleId: string | null, message: string, raisedAt: string, status: EscalationStatus, resolvedAt: string | null }>, timeline: Array<{ at: string, event: string, summary: string, by: { role: ActorRole, name: string | null } }>, mentor: { kind: MentorKind, municipalityCode: string, programmeId: string | null, pairedAt: string } | null } | null };

export type DashboardProgrammeChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardProgrammeChangedSubscription = { programmeChanged: { id: string, phase: ProgrammePhase } };

export type DashboardEscalationRaisedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardEscalationRaisedSubscription = { escalationRaised: { programmeId: string } };

export type DashboardEscalationResolvedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardEscalationResolvedSubscription = { escalationResolved: { programmeId: string } };

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
export const DashboardProgrammeRowFragmentDoc = new TypedDocumentString(`
    fragment DashboardProgrammeRow on Programme {
  id
  municipalityCode
  sequence
  phase
  status
  openEscalationLevel
  startedAt
}
    `, {"fragmentName":"DashboardProgrammeRow"}) as unknown as TypedDocumentString<DashboardProgrammeRowFragment, unknown>;
export const DashboardOverviewDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DashboardOverviewQuery, DashboardOverviewQueryVariables>;
export const DashboardQueueDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DashboardQueueQuery, DashboardQueueQueryVariables>;
export const DashboardProgrammesDocument = new TypedDocumentString(`
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
    fragment DashboardProgrammeRow on Programme {
  id
  municipalityCode
  sequence
  phase
  status
  openEscalationLevel
  startedAt
}`) as unknown as TypedDocumentString<DashboardProgrammesQuery, DashboardProgrammesQueryVariables>;
export const DashboardProgrammeDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<DashboardProgrammeQuery, DashboardProgrammeQueryVariables>;
export const DashboardProgrammeChangedDocument = new TypedDocumentString(`
    subscription DashboardProgrammeChanged {
  programmeChanged {
    id
    phase
  }
}
    `) as unknown as TypedDocumentString<DashboardProgrammeChangedSubscription, DashboardProgrammeChangedSubscriptionVariables>;
export const DashboardEscalationRaisedDocument = new TypedDocumentString(`
    subscription DashboardEscalationRaised {
  escalationRaised {
    programmeId
  }
}
    `) as unknown as TypedDocumentString<DashboardEscalationRaisedSubscription, DashboardEscalationRaisedSubscriptionVariables>;
export const DashboardEscalationResolvedDocument = new TypedDocumentString(`
    subscription DashboardEscalationResolved {
  escalationResolved {
    programmeId
  }
}
    `) as unknown as TypedDocumentString<DashboardEscalationResolvedSubscription, DashboardEscalationResolvedSubscriptionVariables>;