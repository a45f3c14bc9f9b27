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
    "\n  query MyProgrammes {\n    me {\n      memberships {\n        membershipId\n        programmeId\n        role\n        partnerOrganisation\n      }\n    }\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          phase\n          status\n          municipality {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyProgrammesDocument,
    "\n  query ProgrammePage($id: ID!) {\n    programme(id: $id) {\n      id\n      phase\n      status\n      version\n      municipality {\n        code\n        name\n        schoolHolidayRegion\n      }\n      phaseHistory {\n        phase\n        enteredAt\n        leftAt\n      }\n      checklist {\n        ruleId\n        label\n        done\n        blocking\n        missing\n        tip\n      }\n    }\n  }\n": typeof types.ProgrammePageDocument,
    "\n  subscription ProgrammePageChanged($id: ID!) {\n    programmeChanged(programmeId: $id) {\n      id\n      version\n    }\n  }\n": typeof types.ProgrammePageChangedDocument,
};
const documents: Documents = {
    "\n  query Shell {\n    me {\n      name\n      kwartiermaker\n      memberships {\n        membershipId\n        role\n      }\n    }\n  }\n": types.ShellDocument,
    "\n  query MyProgrammes {\n    me {\n      memberships {\n        membershipId\n        programmeId\n        role\n        partnerOrganisation\n      }\n    }\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          phase\n          status\n          municipality {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyProgrammesDocument,
    "\n  query ProgrammePage($id: ID!) {\n    programme(id: $id) {\n      id\n      phase\n      status\n      version\n      municipality {\n        code\n        name\n        schoolHolidayRegion\n      }\n      phaseHistory {\n        phase\n        enteredAt\n        leftAt\n      }\n      checklist {\n        ruleId\n        label\n        done\n        blocking\n        missing\n        tip\n      }\n    }\n  }\n": types.ProgrammePageDocument,
    "\n  subscription ProgrammePageChanged($id: ID!) {\n    programmeChanged(programmeId: $id) {\n      id\n      version\n    }\n  }\n": types.ProgrammePageChangedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Shell {\n    me {\n      name\n      kwartiermaker\n      memberships {\n        membershipId\n        role\n      }\n    }\n  }\n"): typeof import('./graphql').ShellDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProgrammes {\n    me {\n      memberships {\n        membershipId\n        programmeId\n        role\n        partnerOrganisation\n      }\n    }\n    programmes(first: 100) {\n      edges {\n        node {\n          id\n          phase\n          status\n          municipality {\n            code\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyProgrammesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammePage($id: ID!) {\n    programme(id: $id) {\n      id\n      phase\n      status\n      version\n      municipality {\n        code\n        name\n        schoolHolidayRegion\n      }\n      phaseHistory {\n        phase\n        enteredAt\n        leftAt\n      }\n      checklist {\n        ruleId\n        label\n        done\n        blocking\n        missing\n        tip\n      }\n    }\n  }\n"): typeof import('./graphql').ProgrammePageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ProgrammePageChanged($id: ID!) {\n    programmeChanged(programmeId: $id) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').ProgrammePageChangedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
