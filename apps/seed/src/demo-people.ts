import { createHash } from 'node:crypto';
import { normalise, type PartnerDomain, type SupportLevel } from '../../../libs/domain/src';
import type { DemoProgramme } from './demo-plan';
import { plannedSteps, type ResolvedStep } from './demo-steps';

// P1: every step of a demo programme is taken by the person who holds its role: the municipality's
// project lead, its alderman (the administrative lead) and each partner organisation's own contacts
// (R2.4: one at professional and one at management level). The seed gives these demo people their
// roles in the member directory and signs each of their steps with that person's own local token.
// P3 (issue 16): each has a Dutch name and an e-mail address of their own, so the escalation and
// reminder mail of the demo lands in the local inbox addressed to the person whose role it is.
// The names are made up; the addresses are under `.invalid` (RFC 2606), which never resolves.

/** A role one demo person holds in the programme. */
export type DemoGrant =
  | { role: 'PROJECT_LEAD' | 'ADMINISTRATIVE_LEAD' | 'PROGRAMME_MANAGER' }
  /** C2: the alderman of one member municipality of the collective. */
  | { role: 'ADMINISTRATIVE_LEAD'; municipalityCode: string }
  | { role: 'PARTNER_CONTACT'; partner: { organisation: string; domain: PartnerDomain; level: SupportLevel } };

export interface DemoPerson {
  /** The `sub` of the person's local token, bound to their directory entry. */
  subject: string;
  /** The issuer of that identity: the local development issuer when absent, else the demo realm's (realm-people.ts). */
  issuer?: string;
  /** A made-up Dutch name, e.g. `Sanne de Vries`. */
  name: string;
  /** `projectleider.amsterdam@demo.olievlek.invalid`: the role and the municipality, never deliverable. */
  email: string;
  language: 'nl';
  /** `Gemeente Amsterdam`, or the partner organisation. */
  organisation: string;
  /** The municipality's own people sign in as MUNICIPALITY; partner contacts as members only. */
  municipal: boolean;
  grants: DemoGrant[];
}

const LEVEL_NAMES: Record<SupportLevel, string> = { PROFESSIONAL: 'uitvoering', MANAGEMENT: 'management' };

/** The domain of every demo address: `.invalid` is reserved (RFC 2606), so nothing can ever be delivered there. */
export const DEMO_MAIL_DOMAIN = 'demo.olievlek.invalid';

const slug = (organisation: string) =>
  normalise(organisation)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Lower-case ASCII words for an address, accents dropped (Súdwest-Fryslân → sudwest-fryslan), and
 * whole words only, as many as fit in `max` characters (at least the first, cut if it must be).
 */
function mailSlug(text: string, max: number): string {
  const words = normalise(text)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = (words[0] ?? 'x').slice(0, max);
  for (const word of words.slice(1)) {
    if (slug.length + 1 + word.length > max) break;
    slug += `-${word}`;
  }
  return slug;
}

const FIRST_NAMES = [
  'Sanne',
  'Daan',
  'Eva',
  'Lucas',
  'Fleur',
  'Thijs',
  'Anouk',
  'Bram',
  'Lotte',
  'Jeroen',
  'Marieke',
  'Pieter',
  'Inge',
  'Sander',
  'Noor',
  'Ruben',
  'Esther',
  'Koen',
  'Yvonne',
  'Mohamed',
  'Fatima',
  'Wouter',
  'Ilse',
  'Joost',
  'Femke',
  'Martijn',
  'Saskia',
  'Hatice',
  'Gerrit',
  'Nadia',
];
const SURNAMES = [
  'de Vries',
  'Jansen',
  'van den Berg',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'van Leeuwen',
  'Dekker',
  'Brouwer',
  'de Wit',
  'Dijkstra',
  'Smits',
  'de Graaf',
  'van der Meer',
  'Kok',
  'Jacobs',
  'El Amrani',
  'Yılmaz',
  'Verhoeven',
  'Postma',
  'Kuipers',
  'Hoekstra',
];

/** A made-up name, always the same for a subject; another one when the programme already has it. */
function nameFor(subject: string, taken: ReadonlySet<string>): string {
  const hash = createHash('sha256').update(subject).digest();
  for (let i = 0; ; i++) {
    const name = `${FIRST_NAMES[(hash[0]! + i) % FIRST_NAMES.length]} ${SURNAMES[(hash[1]! + 7 * i) % SURNAMES.length]}`;
    if (!taken.has(name)) return name;
  }
}

/**
 * `<role>.<municipality>@…`, or `<organisation>.<level>.<municipality>@…` for a partner's contact:
 * at most 64 characters before the @ (RFC 5321), the organisation gets what the rest leaves.
 */
function addressOf(plan: DemoProgramme, role: string, organisation?: string): string {
  const municipality = mailSlug(plan.name, 20);
  const local = organisation
    ? `${mailSlug(organisation, 64 - role.length - municipality.length - 2)}.${role}.${municipality}`
    : `${role}.${municipality}`;
  return `${local}@${DEMO_MAIL_DOMAIN}`;
}

const projectLead = (plan: DemoProgramme) => `demo-${plan.municipalityCode}-projectleider`;
const alderman = (plan: DemoProgramme) => `demo-${plan.municipalityCode}-wethouder`;
/** C2: a member municipality's own alderman, in the lead's programme. */
const memberAlderman = (plan: DemoProgramme, code: string) => `demo-${plan.municipalityCode}-${code}-wethouder`;
const contact = (plan: DemoProgramme, organisation: string, level: SupportLevel) =>
  `demo-${plan.municipalityCode}-${slug(organisation)}-${level.toLowerCase()}`;

/** The partner organisation and level a partner's step speaks for; a commitment is management's. */
function partnerOf(step: ResolvedStep): { organisation: string; level: SupportLevel } | undefined {
  if (step.mutation === 'confirmSupport' && step.input) return step.input;
  if (step.mutation === 'commitPartner' && step.input)
    return { organisation: step.input.organisation, level: 'MANAGEMENT' };
  return undefined;
}

/** The steps of the plan whose person is not the project lead, with their input resolved (those never depend on state). */
function steps(plan: DemoProgramme): ResolvedStep[] {
  return plannedSteps(plan).flatMap((s) =>
    s.actingAs && typeof s.input !== 'function'
      ? [{ mutation: s.mutation, actingAs: s.actingAs, ...(s.input ? { input: s.input } : {}) } as ResolvedStep]
      : [],
  );
}

/** The subject of the demo person who takes this step of the plan (P1). */
export function personFor(plan: DemoProgramme, step: ResolvedStep): string {
  if (step.mutation === 'confirmMemberCommitment' && step.input)
    return memberAlderman(plan, step.input.municipalityCode);
  if (step.actingAs === 'ADMINISTRATIVE_LEAD') return alderman(plan);
  const partner = step.actingAs === 'PARTNER' ? partnerOf(step) : undefined;
  return partner ? contact(plan, partner.organisation, partner.level) : projectLead(plan);
}

/**
 * The people a plan needs and the roles each holds: one per role, one contact per organisation and
 * level, each with a made-up name and an address of their own (`projectleider.amsterdam@…`,
 * `wethouder.amsterdam@…`, `ggd-amsterdam.management.amsterdam@…`).
 */
export function demoPeople(plan: DemoProgramme): DemoPerson[] {
  const people = new Map<string, DemoPerson>();
  const names = new Set<string>();
  const named = (subject: string) => {
    const name = nameFor(subject, names);
    names.add(name);
    return name;
  };
  const municipality = `Gemeente ${plan.name}`;
  people.set(projectLead(plan), {
    subject: projectLead(plan),
    name: named(projectLead(plan)),
    email: addressOf(plan, 'projectleider'),
    language: 'nl',
    organisation: municipality,
    municipal: true,
    grants: [{ role: 'PROJECT_LEAD' }],
  });
  const planned = steps(plan);
  if (plan.administrativeLead !== null || planned.some((s) => s.actingAs === 'ADMINISTRATIVE_LEAD')) {
    people.set(alderman(plan), {
      subject: alderman(plan),
      name: named(alderman(plan)),
      email: addressOf(plan, 'wethouder'),
      language: 'nl',
      organisation: municipality,
      municipal: true,
      grants: [{ role: 'ADMINISTRATIVE_LEAD' }],
    });
  }
  // C2: each member municipality's own alderman, bound to that municipality. They sign in as members
  // only (no MUNICIPALITY token for the lead's municipality): what they may do comes from this role.
  for (const member of plan.members ?? []) {
    const subject = memberAlderman(plan, member.municipalityCode);
    people.set(subject, {
      subject,
      name: named(subject),
      email: `wethouder.${mailSlug(member.name, 20)}.${mailSlug(plan.name, 20)}@${DEMO_MAIL_DOMAIN}`,
      language: 'nl',
      organisation: `Gemeente ${member.name}`,
      municipal: false,
      grants: [{ role: 'ADMINISTRATIVE_LEAD', municipalityCode: member.municipalityCode }],
    });
  }
  for (const step of planned) {
    const partner = step.actingAs === 'PARTNER' ? partnerOf(step) : undefined;
    if (!partner) continue;
    const subject = contact(plan, partner.organisation, partner.level);
    if (people.has(subject)) continue;
    const committed = plan.partners.find((p) => normalise(p.organisation) === normalise(partner.organisation));
    people.set(subject, {
      subject,
      name: named(subject),
      email: addressOf(plan, LEVEL_NAMES[partner.level], partner.organisation),
      language: 'nl',
      organisation: committed?.organisation ?? partner.organisation,
      municipal: false,
      grants: [{ role: 'PARTNER_CONTACT', partner: { ...partner, domain: committed?.domain ?? 'OTHER' } }],
    });
  }
  return [...people.values()];
}
