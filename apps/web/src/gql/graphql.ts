/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Rol van een persoon in één programma (P1): PROJECT_LEAD (projectleider), ADMINISTRATIVE_LEAD (bestuurlijk trekker, de wethouder), PARTNER_CONTACT (contactpersoon van één partnerorganisatie, op uitvoerend of managementniveau), PROGRAMME_MANAGER (programmamanager), OBSERVER (meelezer, zet geen stappen). */
export type MemberRole =
  | 'ADMINISTRATIVE_LEAD'
  | 'OBSERVER'
  | 'PARTNER_CONTACT'
  | 'PROGRAMME_MANAGER'
  | 'PROJECT_LEAD';

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

/** Regio voor de schoolvakanties (noord, midden, zuid) volgens de indeling van het ministerie van OCW. */
export type SchoolHolidayRegion =
  | 'MIDDEN'
  | 'NOORD'
  | 'ZUID';

export type ShellQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellQuery = { me: { name: string | null, kwartiermaker: boolean, memberships: Array<{ membershipId: string, role: MemberRole }> } };

export type MyProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProgrammesQuery = { me: { memberships: Array<{ membershipId: string, programmeId: string, role: MemberRole, partnerOrganisation: string | null }> }, programmes: { edges: Array<{ node: { id: string, phase: ProgrammePhase, status: ProgrammeStatus, municipality: { code: string, name: string } } }> } };

export type ProgrammePageQueryVariables = Exact<{
  id: string | number;
}>;


export type ProgrammePageQuery = { programme: { id: string, phase: ProgrammePhase, status: ProgrammeStatus, version: number, municipality: { code: string, name: string, schoolHolidayRegion: SchoolHolidayRegion }, phaseHistory: Array<{ phase: ProgrammePhase, enteredAt: string, leftAt: string | null }>, checklist: Array<{ ruleId: string, label: string, done: boolean, blocking: boolean, missing: string | null, tip: string | null }> } | null };

export type ProgrammePageChangedSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ProgrammePageChangedSubscription = { programmeChanged: { id: string, version: number } };

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

export const ShellDocument = new TypedDocumentString(`
    query Shell {
  me {
    name
    kwartiermaker
    memberships {
      membershipId
      role
    }
  }
}
    `) as unknown as TypedDocumentString<ShellQuery, ShellQueryVariables>;
export const MyProgrammesDocument = new TypedDocumentString(`
    query MyProgrammes {
  me {
    memberships {
      membershipId
      programmeId
      role
      partnerOrganisation
    }
  }
  programmes(first: 100) {
    edges {
      node {
        id
        phase
        status
        municipality {
          code
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyProgrammesQuery, MyProgrammesQueryVariables>;
export const ProgrammePageDocument = new TypedDocumentString(`
    query ProgrammePage($id: ID!) {
  programme(id: $id) {
    id
    phase
    status
    version
    municipality {
      code
      name
      schoolHolidayRegion
    }
    phaseHistory {
      phase
      enteredAt
      leftAt
    }
    checklist {
      ruleId
      label
      done
      blocking
      missing
      tip
    }
  }
}
    `) as unknown as TypedDocumentString<ProgrammePageQuery, ProgrammePageQueryVariables>;
export const ProgrammePageChangedDocument = new TypedDocumentString(`
    subscription ProgrammePageChanged($id: ID!) {
  programmeChanged(programmeId: $id) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ProgrammePageChangedSubscription, ProgrammePageChangedSubscriptionVariables>;