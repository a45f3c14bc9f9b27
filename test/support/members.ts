import { EMBEDDED_ISSUER } from '../../libs/platform/src';
import type { MemberRole, PartnerDomain, PartnerLevel } from '../../libs/domain/src';
import { inTransaction, MemberDirectory, migrate, openDataSource } from '../../libs/persistence/src';

/** A role to grant; a partner contact names their organisation, domain and level. */
export type RoleGrant =
  | Exclude<MemberRole, 'PARTNER_CONTACT'>
  | { role: 'PARTNER_CONTACT'; organisation: string; domain: PartnerDomain; level: PartnerLevel };

/** C2: a role grantRoles also grants: the alderman of one member municipality of a collective. */
export type MemberAldermanGrant = { role: 'ADMINISTRATIVE_LEAD'; municipalityCode: string };

/**
 * Test set-up, not a product path: writes memberships straight into the directory of the database
 * an API under test uses, for the identity of a local token (`mintToken`'s `sub`). The product
 * grants roles only to the starter of a programme and by invitation (test/people-sign-in.browser.e2e-spec.ts
 * drives that path); scripted lifecycles need a person who holds the alderman's and partners' roles.
 */
export function grantRoles(
  databaseUrl: string,
  programmeId: string,
  subject: string,
  grants: readonly (RoleGrant | MemberAldermanGrant)[],
): Promise<void> {
  return grantMany(databaseUrl, [{ programmeId, subject, grants }]);
}

/** grantRoles for many people and programmes through one connection and one transaction. */
export async function grantMany(
  databaseUrl: string,
  entries: ReadonlyArray<{
    programmeId: string;
    subject: string;
    grants: readonly (RoleGrant | MemberAldermanGrant)[];
  }>,
): Promise<void> {
  const dataSource = await openDataSource({ url: databaseUrl });
  try {
    await migrate(dataSource);
    const directory = new MemberDirectory(dataSource);
    // inTransaction waits its turn while another process (API, worker) writes (busy_timeout).
    await inTransaction(dataSource, async (m) => {
      for (const { programmeId, subject, grants } of entries) {
        const member = await directory.ensureMember({ issuer: EMBEDDED_ISSUER, subject, name: subject }, m);
        for (const g of grants) {
          await directory.grant(
            m,
            typeof g === 'string'
              ? { programmeId, memberId: member.id, role: g }
              : g.role === 'ADMINISTRATIVE_LEAD'
                ? { programmeId, memberId: member.id, role: g.role, municipalityCode: g.municipalityCode }
                : {
                    programmeId,
                    memberId: member.id,
                    role: 'PARTNER_CONTACT',
                    partner: { organisation: g.organisation, domain: g.domain, level: g.level },
                  },
          );
        }
      }
    });
  } finally {
    await dataSource.destroy();
  }
}
