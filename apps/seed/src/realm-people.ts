import type { CommandType, PartnerDomain, SupportLevel } from '../../../libs/domain/src';
import type { DemoGrant, DemoPerson } from './demo-people';
import type { DemoProgramme } from './demo-plan';
import { plannedSteps } from './demo-steps';

// Issue 15, "done means": after `npm start` and `npm run seed:demo` every person of the demo realm
// (infra/keycloak/olievlek-realm.json) signs in and finds work waiting. Their Keycloak user ids are
// fixed in the realm import, so their `sub` is known before they ever sign in, and the seed binds
// their roles to (realm issuer, that id) in the member directory, as it does for its own people
// (P1, P2: a membership belongs to a sign-in identity). The seed never takes the steps that wait
// for them: those stay in their "Mijn taken".

/** The issuer `npm start` runs Keycloak's demo realm under (infra/keycloak-dev.mjs keycloakIssuer). */
export const realmIssuerFor = (keycloakPort = 8180): string => `http://127.0.0.1:${keycloakPort}/realms/olievlek`;

/** One role of a realm person in one demo programme. */
export interface RealmAssignment {
  municipalityCode: string;
  grant: DemoGrant;
  /** The step that waits for them there (their Mijn taken lists it); none for a portfolio's programme. */
  step?: CommandType;
  /** What waits for them there, for README and the spec (in Dutch, as the person reads it). */
  waiting: string;
}

/** A user of the demo realm: the `id` of the realm import is their `sub`. */
export interface RealmPerson {
  username: string;
  subject: string;
  name: string;
  email: string;
  /** Partner contacts speak for their organisation; the municipality's people hold roles in several. */
  organisation?: string;
  assignments: readonly RealmAssignment[];
  /** P2: a project lead invites them by e-mail; the invitation waits in their Mijn taken and inbox. */
  invitations?: readonly RealmInvitation[];
}

export interface RealmInvitation {
  municipalityCode: string;
  role: 'PROGRAMME_MANAGER' | 'OBSERVER';
  waiting: string;
}

const lead = { role: 'PROJECT_LEAD' } as const;
const alderman = { role: 'ADMINISTRATIVE_LEAD' } as const;
const manager = { role: 'PROGRAMME_MANAGER' } as const;
const contact = (organisation: string, domain: PartnerDomain, level: SupportLevel): DemoGrant => ({
  role: 'PARTNER_CONTACT',
  partner: { organisation, domain, level },
});

/**
 * Who of the realm holds which role where (the ids are the realm import's). The project lead joins
 * the municipality's own project lead in programmes at four phases; the alderman is the one
 * administrative lead where a decision waits (R1.1 confirm, R2.5 adopt, the R4.3 level-2
 * escalation); each partner contact at professional level (R2.4) where their organisation owns an
 * action whose support is still unconfirmed; the programme manager's portfolio holds programmes in
 * execution and embedding whose quarterly indicators wait.
 */
export const REALM_PEOPLE: readonly RealmPerson[] = [
  {
    username: 'projectleider',
    subject: '6f6c6965-766c-4500-8000-000000000001',
    name: 'Pim Projectleider',
    email: 'projectleider@olievlek.invalid',
    assignments: [
      {
        municipalityCode: 'GM0687',
        grant: lead,
        step: 'appointProjectLead',
        waiting: 'Middelburg (commitment): partners (R1.2), projectleider (R1.3)',
      },
      {
        municipalityCode: 'GM0034',
        grant: lead,
        step: 'recordBottleneck',
        waiting: 'Almere (verbeteragenda): knelpunten (R2.1)',
      },
      {
        municipalityCode: 'GM0344',
        grant: lead,
        step: 'updateActionStatus',
        waiting: 'Utrecht (uitvoering): voortgang van een actie (R3.2)',
      },
      {
        municipalityCode: 'GM0392',
        grant: lead,
        step: 'recordEmbedding',
        waiting: 'Haarlem (borging): een actie borgen (R4.1)',
      },
    ],
  },
  {
    username: 'wethouder',
    subject: '6f6c6965-766c-4500-8000-000000000002',
    name: 'Wendy Wethouder',
    email: 'wethouder@olievlek.invalid',
    assignments: [
      {
        municipalityCode: 'GM1900',
        grant: alderman,
        step: 'confirmCommitment',
        waiting: 'Súdwest-Fryslân: commitment bevestigen (R1.1)',
      },
      {
        municipalityCode: 'GM0074',
        grant: alderman,
        step: 'adoptAgenda',
        waiting: 'Heerenveen: verbeteragenda vaststellen (R2.5)',
      },
      {
        municipalityCode: 'GM0518',
        grant: alderman,
        step: 'acknowledgeEscalation',
        waiting: "'s-Gravenhage: escalatie niveau 2 (R4.3)",
      },
    ],
  },
  {
    username: 'zorgpartner',
    subject: '6f6c6965-766c-4500-8000-000000000003',
    name: 'Zora Zorgpartner',
    email: 'zorgpartner@olievlek.invalid',
    organisation: 'Veilig Thuis IJsselland',
    assignments: [
      {
        municipalityCode: 'GM0193',
        grant: contact('Veilig Thuis IJsselland', 'CARE', 'PROFESSIONAL'),
        step: 'confirmSupport',
        waiting: 'Zwolle: draagvlak bevestigen (R2.4)',
      },
    ],
  },
  {
    username: 'onderwijspartner',
    subject: '6f6c6965-766c-4500-8000-000000000004',
    name: 'Otto Onderwijspartner',
    email: 'onderwijspartner@olievlek.invalid',
    organisation: 'Stichting Meerkring',
    assignments: [
      {
        municipalityCode: 'GM0307',
        grant: contact('Stichting Meerkring', 'EDUCATION', 'PROFESSIONAL'),
        step: 'confirmSupport',
        waiting: 'Amersfoort: draagvlak bevestigen (R2.4)',
      },
    ],
  },
  {
    username: 'justitiepartner',
    subject: '6f6c6965-766c-4500-8000-000000000005',
    name: 'Julia Justitiepartner',
    email: 'justitiepartner@olievlek.invalid',
    organisation: 'Politie Eenheid Oost-Nederland',
    assignments: [
      {
        municipalityCode: 'GM0193',
        grant: contact('Politie Eenheid Oost-Nederland', 'JUSTICE', 'PROFESSIONAL'),
        step: 'confirmSupport',
        waiting: 'Zwolle: draagvlak bevestigen (R2.4)',
      },
    ],
  },
  {
    username: 'programmamanager',
    subject: '6f6c6965-766c-4500-8000-000000000006',
    name: 'Mira Programmamanager',
    email: 'programmamanager@olievlek.invalid',
    assignments: [
      { municipalityCode: 'GM0268', grant: manager, waiting: 'Nijmegen (uitvoering): kwartaalindicatoren' },
      { municipalityCode: 'GM0153', grant: manager, waiting: 'Enschede (uitvoering): kwartaalindicatoren' },
      { municipalityCode: 'GM0392', grant: manager, waiting: 'Haarlem (borging): kwartaalindicatoren' },
    ],
    // The indicators of a quarter wait once the agenda was adopted before it ended: the seed adopts
    // today, so the first of them wait from the next quarter on. Today: Utrecht's invitation.
    invitations: [{ municipalityCode: 'GM0344', role: 'PROGRAMME_MANAGER', waiting: 'Utrecht: uitnodiging (P2)' }],
  },
];

/** The realm's people with a role in this programme, as demo people bound to the realm's issuer. */
export function realmPeople(plan: DemoProgramme, issuer: string): DemoPerson[] {
  return REALM_PEOPLE.flatMap((person) => {
    const grants = person.assignments.filter((a) => a.municipalityCode === plan.municipalityCode).map((a) => a.grant);
    if (grants.length === 0) return [];
    return [
      {
        subject: person.subject,
        issuer,
        name: person.name,
        email: person.email,
        language: 'nl' as const,
        organisation: person.organisation ?? '',
        municipal: !person.organisation,
        grants,
      },
    ];
  });
}

/** The realm's people the project lead of this programme invites (P2), with the role offered. */
export function realmInvitations(plan: DemoProgramme): { person: RealmPerson; role: RealmInvitation['role'] }[] {
  return REALM_PEOPLE.flatMap((person) =>
    (person.invitations ?? [])
      .filter((i) => i.municipalityCode === plan.municipalityCode)
      .map((i) => ({ person, role: i.role })),
  );
}

/**
 * The plan's last step the administrative lead takes (R1.1 confirm, R2.5 adopt …), if any. A realm
 * alderman takes the role over from the seed's own alderman right after it: the product has one
 * administrative lead at a time, and the seed cannot sign the realm person's steps.
 */
export function lastAldermanStep(plan: DemoProgramme): string | undefined {
  return (
    plannedSteps(plan)
      // C2: a member municipality's alderman's confirmation is theirs, not the lead alderman's.
      .filter((s) => s.actingAs === 'ADMINISTRATIVE_LEAD' && s.mutation !== 'confirmMemberCommitment')
      .map((s) => s.mutation)
      .at(-1)
  );
}

/** Holds the role; an ADMINISTRATIVE_LEAD only as the lead's alderman (not a member municipality's, C2). */
const holds = (person: DemoPerson, role: DemoGrant['role']) =>
  person.grants.some((g) => g.role === role && !('municipalityCode' in g));

/**
 * The people of a programme once the seed is done (for the specs and the mail they expect): the
 * seed's own people, less an alderman a realm alderman took over from, plus the realm's people.
 */
export function seededPeople(plan: DemoProgramme, own: readonly DemoPerson[], issuer: string): DemoPerson[] {
  const realm = realmPeople(plan, issuer);
  const realmAlderman = realm.some((p) => holds(p, 'ADMINISTRATIVE_LEAD'));
  return [...own.filter((p) => !(realmAlderman && holds(p, 'ADMINISTRATIVE_LEAD'))), ...realm];
}
