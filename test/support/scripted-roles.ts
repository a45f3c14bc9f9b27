import { join } from 'node:path';
import { PARTNER_LEVELS, type PartnerDomain, type PartnerLevel } from '../../libs/domain/src';
import { grantRoles, type RoleGrant } from './members';

/** The read model of a launcher's data folder, as infra/start.mjs chooses it without DATABASE_URL. */
export const launcherDatabase = (launcher: { dataDir: string }): string => join(launcher.dataDir, 'olievlek.sqlite');

/** R2.4: a contact of the partner organisation at each level (both unless named). */
export function partnerContacts(
  organisation: string,
  domain: PartnerDomain,
  levels: readonly PartnerLevel[] = PARTNER_LEVELS,
): RoleGrant[] {
  return levels.map((level) => ({ role: 'PARTNER_CONTACT', organisation, domain, level }));
}

/**
 * P1: what one scripted identity needs, beside the project lead role that starting the programme
 * gave it, to take a whole lifecycle alone: the alderman's steps (R1.1, R2.5, escalations) and the
 * support test of each named partner organisation at both levels (R2.4).
 */
export function lifecycleRoles(...partners: ReadonlyArray<readonly [string, PartnerDomain]>): RoleGrant[] {
  return [
    'ADMINISTRATIVE_LEAD',
    ...partners.flatMap(([organisation, domain]) => partnerContacts(organisation, domain)),
  ];
}

/** Test set-up: grants a local token's subject these roles in a programme of a launcher (test/support/members.ts). */
export function grantOnLauncher(
  launcher: { dataDir: string },
  programmeId: string,
  subject: string,
  grants: readonly RoleGrant[],
): Promise<void> {
  return grantRoles(launcherDatabase(launcher), programmeId, subject, grants);
}
