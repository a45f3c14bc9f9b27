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
    "\n  query DashboardOverview {\n    nationalOverview {\n      total\n      stalled\n      byPhase { key count }\n      byStatus { key count }\n      byProvince { key count }\n      byVeiligThuisRegion { key count }\n      byJeugdregio { key count }\n      startedPerQuarter { key count }\n      openEscalationsByLevel { level count }\n      riskFlags { flag count }\n      medianDaysInPhase { phase programmes medianDays }\n      schoolYearsMissed\n      programmesMissingSchoolYear\n      indicatorsPerQuarter { quarter programmes repeatReports professionalsTrained schoolsReached }\n      mentorPairings\n    }\n  }\n": typeof types.DashboardOverviewDocument,
    "\n  query DashboardQueue {\n    stalledProgrammes(first: 50) { id municipalityCode sequence phase status openEscalationLevel startedAt phaseEnteredAt updatedAt }\n    escalationQueue(first: 100) { id programmeId municipalityCode level kind step ruleId message raisedAt status deliveryStatus }\n  }\n": typeof types.DashboardQueueDocument,
    "\n  fragment DashboardProgrammeRow on Programme { id municipalityCode sequence phase status openEscalationLevel startedAt }\n": typeof types.DashboardProgrammeRowFragmentDoc,
    "\n  query DashboardProgrammes($after: String) {\n    programmes(first: 100, after: $after) {\n      totalCount\n      edges { node { ...DashboardProgrammeRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.DashboardProgrammesDocument,
    "\n  query DashboardProgramme($id: ID!) {\n    programme(id: $id) {\n      id municipalityCode sequence phase status startedAt phaseEnteredAt updatedAt openEscalationLevel riskFlags\n      escalations { id level kind step ruleId message raisedAt status resolvedAt }\n      timeline { at by { role name } event summary }\n      mentor { kind municipalityCode programmeId pairedAt }\n    }\n  }\n": typeof types.DashboardProgrammeDocument,
    "subscription DashboardProgrammeChanged { programmeChanged { id phase } }": typeof types.DashboardProgrammeChangedDocument,
    "subscription DashboardEscalationRaised { escalationRaised { programmeId } }": typeof types.DashboardEscalationRaisedDocument,
    "subscription DashboardEscalationResolved { escalationResolved { programmeId } }": typeof types.DashboardEscalationResolvedDocument,
};
const documents: Documents = {
    "\n  query DashboardOverview {\n    nationalOverview {\n      total\n      stalled\n      byPhase { key count }\n      byStatus { key count }\n      byProvince { key count }\n      byVeiligThuisRegion { key count }\n      byJeugdregio { key count }\n      startedPerQuarter { key count }\n      openEscalationsByLevel { level count }\n      riskFlags { flag count }\n      medianDaysInPhase { phase programmes medianDays }\n      schoolYearsMissed\n      programmesMissingSchoolYear\n      indicatorsPerQuarter { quarter programmes repeatReports professionalsTrained schoolsReached }\n      mentorPairings\n    }\n  }\n": types.DashboardOverviewDocument,
    "\n  query DashboardQueue {\n    stalledProgrammes(first: 50) { id municipalityCode sequence phase status openEscalationLevel startedAt phaseEnteredAt updatedAt }\n    escalationQueue(first: 100) { id programmeId municipalityCode level kind step ruleId message raisedAt status deliveryStatus }\n  }\n": types.DashboardQueueDocument,
    "\n  fragment DashboardProgrammeRow on Programme { id municipalityCode sequence phase status openEscalationLevel startedAt }\n": types.DashboardProgrammeRowFragmentDoc,
    "\n  query DashboardProgrammes($after: String) {\n    programmes(first: 100, after: $after) {\n      totalCount\n      edges { node { ...DashboardProgrammeRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.DashboardProgrammesDocument,
    "\n  query DashboardProgramme($id: ID!) {\n    programme(id: $id) {\n      id municipalityCode sequence phase status startedAt phaseEnteredAt updatedAt openEscalationLevel riskFlags\n      escalations { id level kind step ruleId message raisedAt status resolvedAt }\n      timeline { at by { role name } event summary }\n      mentor { kind municipalityCode programmeId pairedAt }\n    }\n  }\n": types.DashboardProgrammeDocument,
    "subscription DashboardProgrammeChanged { programmeChanged { id phase } }": types.DashboardProgrammeChangedDocument,
    "subscription DashboardEscalationRaised { escalationRaised { programmeId } }": types.DashboardEscalationRaisedDocument,
    "subscription DashboardEscalationResolved { escalationResolved { programmeId } }": types.DashboardEscalationResolvedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOverview {\n    nationalOverview {\n      total\n      stalled\n      byPhase { key count }\n      byStatus { key count }\n      byProvince { key count }\n      byVeiligThuisRegion { key count }\n      byJeugdregio { key count }\n      startedPerQuarter { key count }\n      openEscalationsByLevel { level count }\n      riskFlags { flag count }\n      medianDaysInPhase { phase programmes medianDays }\n      schoolYearsMissed\n      programmesMissingSchoolYear\n      indicatorsPerQuarter { quarter programmes repeatReports professionalsTrained schoolsReached }\n      mentorPairings\n    }\n  }\n"): typeof import('./graphql').DashboardOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardQueue {\n    stalledProgrammes(first: 50) { id municipalityCode sequence phase status openEscalationLevel startedAt phaseEnteredAt updatedAt }\n    escalationQueue(first: 100) { id programmeId municipalityCode level kind step ruleId message raisedAt status deliveryStatus }\n  }\n"): typeof import('./graphql').DashboardQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardProgrammeRow on Programme { id municipalityCode sequence phase status openEscalationLevel startedAt }\n"): typeof import('./graphql').DashboardProgrammeRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardProgrammes($after: String) {\n    programmes(first: 100, after: $after) {\n      totalCount\n      edges { node { ...DashboardProgrammeRow } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').DashboardProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardProgramme($id: ID!) {\n    programme(id: $id) {\n      id municipalityCode sequence phase status startedAt phaseEnteredAt updatedAt openEscalationLevel riskFlags\n      escalations { id level kind step ruleId message raisedAt status resolvedAt }\n      timeline { at by { role name } event summary }\n      mentor { kind municipalityCode programmeId pairedAt }\n    }\n  }\n"): typeof import('./graphql').DashboardProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DashboardProgrammeChanged { programmeChanged { id phase } }"): typeof import('./graphql').DashboardProgrammeChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DashboardEscalationRaised { escalationRaised { programmeId } }"): typeof import('./graphql').DashboardEscalationRaisedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DashboardEscalationResolved { escalationResolved { programmeId } }"): typeof import('./graphql').DashboardEscalationResolvedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
