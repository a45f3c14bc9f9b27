import { join } from 'node:path';
import { PARTNER_LEVELS, type PartnerDomain, type PartnerLevel } from '../../libs/domain/src';
import { EMBEDDED_ISSUER } from '../../libs/platform/src';
import { inTransaction, MemberDirectory, migrate, openDataSource } from '../../libs/persistence/src';
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
  return whileSqliteBusy(() => grantRoles(launcherDatabase(launcher), programmeId, subject, grants));
}

/**
 * SQLite: a transaction that read and then writes fails at once (SQLITE_BUSY, no busy wait) while
 * another process (the API, the worker's projection of the start just made) holds the write lock.
 * It rolled back, so set-up simply takes it again a moment later.
 */
async function whileSqliteBusy<T>(fn: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      const e = error as { code?: unknown; driverError?: { code?: unknown } };
      const code = e.driverError?.code ?? e.code;
      if ((code !== 'SQLITE_BUSY' && code !== 'SQLITE_BUSY_SNAPSHOT') || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/**
 * grantRoles for many people and programmes through one connection (a load test gives fifty
 * people a role in twenty programmes): test set-up, written straight into the directory.
 */
export async function grantMany(
  databaseUrl: string,
  entries: ReadonlyArray<{ programmeId: string; subject: string; grants: readonly RoleGrant[] }>,
): Promise<void> {
  const dataSource = await openDataSource({ url: databaseUrl });
  try {
    await migrate(dataSource);
    const directory = new MemberDirectory(dataSource);
    await whileSqliteBusy(() =>
      inTransaction(dataSource, async (m) => {
        for (const { programmeId, subject, grants } of entries) {
          const member = await directory.ensureMember({ issuer: EMBEDDED_ISSUER, subject, name: subject }, m);
          for (const g of grants) {
            await directory.grant(
              m,
              typeof g === 'string'
                ? { programmeId, memberId: member.id, role: g }
                : {
                    programmeId,
                    memberId: member.id,
                    role: 'PARTNER_CONTACT',
                    partner: { organisation: g.organisation, domain: g.domain, level: g.level },
                  },
            );
          }
        }
      }),
    );
  } finally {
    await dataSource.destroy();
  }
}
