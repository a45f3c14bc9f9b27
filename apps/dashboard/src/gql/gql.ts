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
    "\n  query DashboardOverview {\n    nationalOverview {\n      total\n      stalled\n      byPhase {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n      byProvince {\n        key\n        count\n      }\n      byVeiligThuisRegion {\n        key\n        count\n      }\n      byJeugdregio {\n        key\n        count\n      }\n      startedPerQuarter {\n        key\n        count\n      }\n      openEscalationsByLevel {\n        level\n        count\n      }\n      riskFlags {\n        flag\n        count\n      }\n      medianDaysInPhase {\n        phase\n        programmes\n        medianDays\n      }\n      schoolYearsMissed\n      programmesMissingSchoolYear\n      indicatorsPerQuarter {\n        quarter\n        programmes\n        repeatReports\n        professionalsTrained\n        schoolsReached\n      }\n      mentorPairings\n    }\n  }\n": typeof types.DashboardOverviewDocument,
    "\n  query DashboardQueue {\n    stalledProgrammes(first: 50) {\n      id\n      municipalityCode\n      sequence\n      phase\n      status\n      openEscalationLevel\n      startedAt\n      phaseEnteredAt\n      updatedAt\n    }\n    escalationQueue(first: 100) {\n      id\n      programmeId\n      municipalityCode\n      level\n      kind\n      step\n      ruleId\n      message\n      raisedAt\n      status\n      deliveryStatus\n    }\n  }\n": typeof types.DashboardQueueDocument,
    "\n  fragment DashboardProgrammeRow on Programme {\n    id\n    municipalityCode\n    sequence\n    phase\n    status\n    openEscalationLevel\n    startedAt\n  }\n": typeof types.DashboardProgrammeRowFragmentDoc,
    "\n  query DashboardProgrammes($after: String) {\n    programmes(first: 100, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...DashboardProgrammeRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.DashboardProgrammesDocument,
    "\n  query DashboardProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      municipalityCode\n      sequence\n      phase\n      status\n      startedAt\n      phaseEnteredAt\n      updatedAt\n      openEscalationLevel\n      riskFlags\n      escalations {\n        id\n        level\n        kind\n        step\n        ruleId\n        message\n        raisedAt\n        status\n        resolvedAt\n      }\n      timeline {\n        at\n        by {\n          role\n          name\n        }\n        event\n        summary\n      }\n      mentor {\n        kind\n        municipalityCode\n        programmeId\n        pairedAt\n      }\n    }\n  }\n": typeof types.DashboardProgrammeDocument,
    "\n    subscription DashboardProgrammeChanged {\n      programmeChanged {\n        id\n        phase\n      }\n    }\n  ": typeof types.DashboardProgrammeChangedDocument,
    "\n    subscription DashboardEscalationRaised {\n      escalationRaised {\n        programmeId\n      }\n    }\n  ": typeof types.DashboardEscalationRaisedDocument,
    "\n    subscription DashboardEscalationResolved {\n      escalationResolved {\n        programmeId\n      }\n    }\n  ": typeof types.DashboardEscalationResolvedDocument,
};
const documents: Documents = {
    "\n  query DashboardOverview {\n    nationalOverview {\n      total\n      stalled\n      byPhase {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n      byProvince {\n        key\n        count\n      }\n      byVeiligThuisRegion {\n        key\n        count\n      }\n      byJeugdregio {\n        key\n        count\n      }\n      startedPerQuarter {\n        key\n        count\n      }\n      openEscalationsByLevel {\n        level\n        count\n      }\n      riskFlags {\n        flag\n        count\n      }\n      medianDaysInPhase {\n        phase\n        programmes\n        medianDays\n      }\n      schoolYearsMissed\n      programmesMissingSchoolYear\n      indicatorsPerQuarter {\n        quarter\n        programmes\n        repeatReports\n        professionalsTrained\n        schoolsReached\n      }\n      mentorPairings\n    }\n  }\n": types.DashboardOverviewDocument,
    "\n  query DashboardQueue {\n    stalledProgrammes(first: 50) {\n      id\n      municipalityCode\n      sequence\n      phase\n      status\n      openEscalationLevel\n      startedAt\n      phaseEnteredAt\n      updatedAt\n    }\n    escalationQueue(first: 100) {\n      id\n      programmeId\n      municipalityCode\n      level\n      kind\n      step\n      ruleId\n      message\n      raisedAt\n      status\n      deliveryStatus\n    }\n  }\n": types.DashboardQueueDocument,
    "\n  fragment DashboardProgrammeRow on Programme {\n    id\n    municipalityCode\n    sequence\n    phase\n    status\n    openEscalationLevel\n    startedAt\n  }\n": types.DashboardProgrammeRowFragmentDoc,
    "\n  query DashboardProgrammes($after: String) {\n    programmes(first: 100, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...DashboardProgrammeRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.DashboardProgrammesDocument,
    "\n  query DashboardProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      municipalityCode\n      sequence\n      phase\n      status\n      startedAt\n      phaseEnteredAt\n      updatedAt\n      openEscalationLevel\n      riskFlags\n      escalations {\n        id\n        level\n        kind\n        step\n        ruleId\n        message\n        raisedAt\n        status\n        resolvedAt\n      }\n      timeline {\n        at\n        by {\n          role\n          name\n        }\n        event\n        summary\n      }\n      mentor {\n        kind\n        municipalityCode\n        programmeId\n        pairedAt\n      }\n    }\n  }\n": types.DashboardProgrammeDocument,
    "\n    subscription DashboardProgrammeChanged {\n      programmeChanged {\n        id\n        phase\n      }\n    }\n  ": types.DashboardProgrammeChangedDocument,
    "\n    subscription DashboardEscalationRaised {\n      escalationRaised {\n        programmeId\n      }\n    }\n  ": types.DashboardEscalationRaisedDocument,
    "\n    subscription DashboardEscalationResolved {\n      escalationResolved {\n        programmeId\n      }\n    }\n  ": types.DashboardEscalationResolvedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardOverview {\n    nationalOverview {\n      total\n      stalled\n      byPhase {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n      byProvince {\n        key\n        count\n      }\n      byVeiligThuisRegion {\n        key\n        count\n      }\n      byJeugdregio {\n        key\n        count\n      }\n      startedPerQuarter {\n        key\n        count\n      }\n      openEscalationsByLevel {\n        level\n        count\n      }\n      riskFlags {\n        flag\n        count\n      }\n      medianDaysInPhase {\n        phase\n        programmes\n        medianDays\n      }\n      schoolYearsMissed\n      programmesMissingSchoolYear\n      indicatorsPerQuarter {\n        quarter\n        programmes\n        repeatReports\n        professionalsTrained\n        schoolsReached\n      }\n      mentorPairings\n    }\n  }\n"): typeof import('./graphql').DashboardOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardQueue {\n    stalledProgrammes(first: 50) {\n      id\n      municipalityCode\n      sequence\n      phase\n      status\n      openEscalationLevel\n      startedAt\n      phaseEnteredAt\n      updatedAt\n    }\n    escalationQueue(first: 100) {\n      id\n      programmeId\n      municipalityCode\n      level\n      kind\n      step\n      ruleId\n      message\n      raisedAt\n      status\n      deliveryStatus\n    }\n  }\n"): typeof import('./graphql').DashboardQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DashboardProgrammeRow on Programme {\n    id\n    municipalityCode\n    sequence\n    phase\n    status\n    openEscalationLevel\n    startedAt\n  }\n"): typeof import('./graphql').DashboardProgrammeRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardProgrammes($after: String) {\n    programmes(first: 100, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...DashboardProgrammeRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardProgramme($id: ID!) {\n    programme(id: $id) {\n      id\n      municipalityCode\n      sequence\n      phase\n      status\n      startedAt\n      phaseEnteredAt\n      updatedAt\n      openEscalationLevel\n      riskFlags\n      escalations {\n        id\n        level\n        kind\n        step\n        ruleId\n        message\n        raisedAt\n        status\n        resolvedAt\n      }\n      timeline {\n        at\n        by {\n          role\n          name\n        }\n        event\n        summary\n      }\n      mentor {\n        kind\n        municipalityCode\n        programmeId\n        pairedAt\n      }\n    }\n  }\n"): typeof import('./graphql').DashboardProgrammeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription DashboardProgrammeChanged {\n      programmeChanged {\n        id\n        phase\n      }\n    }\n  "): typeof import('./graphql').DashboardProgrammeChangedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription DashboardEscalationRaised {\n      escalationRaised {\n        programmeId\n      }\n    }\n  "): typeof import('./graphql').DashboardEscalationRaisedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription DashboardEscalationResolved {\n      escalationResolved {\n        programmeId\n      }\n    }\n  "): typeof import('./graphql').DashboardEscalationResolvedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
