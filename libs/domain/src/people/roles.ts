import { LABELS } from '../labels';
import { normalise } from '../lifecycle/rules';
import { SUPPORT_LEVELS, type PartnerDomain, type SupportLevel } from '../lifecycle/types';

/**
 * The roles a person holds in one programme (DOMAIN Part 2, "People and who may take a step").
 * Kwartiermakers are national, not members of a programme: they come from the sign-in identity.
 */
export const MEMBER_ROLES = [
  'PROJECT_LEAD',
  'ADMINISTRATIVE_LEAD',
  'PARTNER_CONTACT',
  'PROGRAMME_MANAGER',
  'OBSERVER',
] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A partner contact speaks for one organisation at one level (P1, R2.4). */
export const PARTNER_LEVELS = SUPPORT_LEVELS;
export type PartnerLevel = SupportLevel;

/** One role one person holds in one programme, with the partner organisation for a partner contact. */
export interface Grant {
  /** The membership's opaque id (what removal names). */
  membershipId: string;
  role: MemberRole;
  partner?: { organisation: string; domain: PartnerDomain; level: PartnerLevel };
  /**
   * C2: an ADMINISTRATIVE_LEAD membership for a member municipality of a collective: the alderman
   * of that municipality, who confirms its commitment and takes none of the lead's steps.
   */
  municipalityCode?: string;
}

/** Role names a municipal user reads, Dutch and English (words in labels.ts). */
export const MEMBER_ROLE_LABELS: Readonly<Record<MemberRole | 'KWARTIERMAKER', { nl: string; en: string }>> =
  LABELS.memberRole;

/** Organisation names compare as the agenda compares them (R2.4): without case or surrounding spaces. */
export const sameOrganisation = (a: string, b: string): boolean => normalise(a) === normalise(b);
