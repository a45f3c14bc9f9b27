import { normalise, type PartnerDomain, type SupportLevel } from '../../../libs/domain/src';
import type { DemoProgramme } from './demo-plan';
import { plannedSteps, type ResolvedStep } from './demo-steps';

// P1: every step of a demo programme is taken by the person who holds its role: the municipality's
// project lead, its alderman (the administrative lead) and each partner organisation's own contacts
// (R2.4: one at professional and one at management level). The seed gives these demo people their
// roles in the member directory and signs each of their steps with that person's own local token.

/** A role one demo person holds in the programme. */
export type DemoGrant =
  | { role: 'PROJECT_LEAD' | 'ADMINISTRATIVE_LEAD' }
  | { role: 'PARTNER_CONTACT'; partner: { organisation: string; domain: PartnerDomain; level: SupportLevel } };

export interface DemoPerson {
  /** The `sub` of the person's local token, bound to their directory entry. */
  subject: string;
  name: string;
  /** The municipality's own people sign in as MUNICIPALITY; partner contacts as members only. */
  municipal: boolean;
  grants: DemoGrant[];
}

const LEVEL_NAMES: Record<SupportLevel, string> = { PROFESSIONAL: 'uitvoering', MANAGEMENT: 'management' };

const slug = (organisation: string) =>
  normalise(organisation)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const projectLead = (plan: DemoProgramme) => `demo-${plan.municipalityCode}-projectleider`;
const alderman = (plan: DemoProgramme) => `demo-${plan.municipalityCode}-wethouder`;
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
  if (step.actingAs === 'ADMINISTRATIVE_LEAD') return alderman(plan);
  const partner = step.actingAs === 'PARTNER' ? partnerOf(step) : undefined;
  return partner ? contact(plan, partner.organisation, partner.level) : projectLead(plan);
}

/** The people a plan needs and the roles each holds: one per role, one contact per organisation and level. */
export function demoPeople(plan: DemoProgramme): DemoPerson[] {
  const people = new Map<string, DemoPerson>();
  people.set(projectLead(plan), {
    subject: projectLead(plan),
    name: `Projectleider, gemeente ${plan.name}`,
    municipal: true,
    grants: [{ role: 'PROJECT_LEAD' }],
  });
  const planned = steps(plan);
  if (plan.administrativeLead !== null || planned.some((s) => s.actingAs === 'ADMINISTRATIVE_LEAD')) {
    people.set(alderman(plan), {
      subject: alderman(plan),
      name: `${plan.administrativeLead ?? 'Wethouder'}, gemeente ${plan.name}`,
      municipal: true,
      grants: [{ role: 'ADMINISTRATIVE_LEAD' }],
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
      name: `Contactpersoon ${partner.organisation}, ${LEVEL_NAMES[partner.level]}`,
      municipal: false,
      grants: [{ role: 'PARTNER_CONTACT', partner: { ...partner, domain: committed?.domain ?? 'OTHER' } }],
    });
  }
  return [...people.values()];
}
