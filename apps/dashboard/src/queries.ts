// The GraphQL documents the page sends. Selections stay slim: the API refuses a document whose
// estimated cost is above its limit (GRAPHQL_MAX_COST, 5000 by default).
import type { CountByKey, ProgrammeRow } from './model';

const OVERVIEW_CORE = `total stalled
  byPhase { key count } byStatus { key count } byProvince { key count }
  byVeiligThuisRegion { key count } byJeugdregio { key count } startedPerQuarter { key count }
  openEscalationsByLevel { level count } riskFlags { flag count }`;

export const OVERVIEW_QUERY = `query DashboardOverview { nationalOverview { ${OVERVIEW_CORE}
  medianDaysInPhase { phase programmes medianDays } schoolYearsMissed programmesMissingSchoolYear
  indicatorsPerQuarter { quarter programmes repeatReports professionalsTrained schoolsReached } mentorPairings } }`;

/** Kwartiermakers only: the stalled programmes and the escalation queue. */
export const QUEUE_QUERY = `query DashboardQueue {
  stalledProgrammes(first: 50) { id municipalityCode sequence phase status openEscalationLevel startedAt phaseEnteredAt updatedAt }
  escalationQueue(first: 100) { id programmeId municipalityCode level kind step ruleId message raisedAt status deliveryStatus }
}`;

/** One page of programmes for the map; municipality metadata comes with the page (bundled CSV). */
export const PROGRAMMES_PAGE = `query DashboardProgrammes($after: String) {
  programmes(first: 100, after: $after) {
    totalCount
    edges { node { id municipalityCode sequence phase status openEscalationLevel startedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const PROGRAMME_QUERY = `query DashboardProgramme($id: ID!) {
  programme(id: $id) {
    id municipalityCode sequence phase status startedAt phaseEnteredAt updatedAt openEscalationLevel riskFlags
    escalations { id level kind step ruleId message raisedAt status resolvedAt }
    timeline { at by { role name } event summary }
    mentor { kind municipalityCode programmeId pairedAt }
  }
}`;

export interface MedianDays {
  phase: string;
  programmes: number;
  medianDays: number | null;
}

export interface IndicatorQuarter {
  quarter: string;
  programmes: number;
  repeatReports: number | null;
  professionalsTrained: number | null;
  schoolsReached: number | null;
}

export interface Overview {
  total: number;
  stalled: number;
  byPhase: CountByKey[];
  byStatus: CountByKey[];
  byProvince: CountByKey[];
  byVeiligThuisRegion: CountByKey[];
  byJeugdregio: CountByKey[];
  startedPerQuarter: CountByKey[];
  openEscalationsByLevel: Array<{ level: number; count: number }>;
  riskFlags: Array<{ flag: string; count: number }>;
  medianDaysInPhase: MedianDays[];
  schoolYearsMissed: number;
  programmesMissingSchoolYear: number;
  indicatorsPerQuarter: IndicatorQuarter[];
  mentorPairings: number;
}

export interface StalledProgramme extends ProgrammeRow {
  phaseEnteredAt?: string | null;
  updatedAt: string;
}

export interface QueuedEscalation {
  id: string;
  programmeId: string;
  municipalityCode: string;
  level: number;
  kind: string;
  step: string;
  ruleId?: string | null;
  message: string;
  raisedAt: string;
  status: string;
  deliveryStatus: string;
}

export interface Queue {
  stalledProgrammes: StalledProgramme[];
  escalationQueue: QueuedEscalation[];
}

export interface ProgrammesPage {
  programmes: {
    totalCount: number;
    edges: Array<{ node: ProgrammeRow }>;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  };
}

export interface ProgrammeDetail extends ProgrammeRow {
  phaseEnteredAt?: string | null;
  updatedAt: string;
  riskFlags: string[];
  escalations: Array<{ id: string; level: number; kind: string; step: string; ruleId?: string | null; message: string; raisedAt: string; status: string; resolvedAt?: string | null }>;
  timeline: Array<{ at: string; by: { role: string; name?: string | null }; event: string; summary: string }>;
  mentor?: { kind: string; municipalityCode?: string | null; programmeId?: string | null; pairedAt: string } | null;
}

export const LIVE_SUBSCRIPTIONS = [
  'subscription DashboardProgrammeChanged { programmeChanged { id phase } }',
  'subscription DashboardEscalationRaised { escalationRaised { programmeId } }',
  'subscription DashboardEscalationResolved { escalationResolved { programmeId } }',
];
