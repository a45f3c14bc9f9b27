import type { DataSource } from 'typeorm';
import { sameOrganisation } from '../../../libs/domain/src';
import { grantOf, inTransaction, MemberDirectory, MemberEntity, openDataSource } from '../../../libs/persistence/src';
import type { DemoGrant, DemoPerson } from './demo-people';

/**
 * The member directory of the running product's database (DATABASE_URL, else the data folder's
 * SQLite file), where the seed gives its demo people their roles (P1). Like `npm run members`, a
 * development path only: the seed runs only while the local development issuer is on, and grants
 * only to that issuer's identities. Roles already held are left alone, so a second run adds nothing.
 * Each person gets their demo name and address (P3: escalations reach them by e-mail); an entry
 * made without an address (the API makes the project lead's when they start the programme, and
 * earlier seeds made them all so) is completed once, an entry with an address is left as it is.
 */
export class DemoDirectory {
  private constructor(
    private readonly dataSource: DataSource,
    private readonly directory: MemberDirectory,
    private readonly issuer: string,
  ) {}

  /** Opens the database; rejects when it is not migrated (the API and worker of npm start migrate it). */
  static async open(databaseUrl: string, issuer: string): Promise<DemoDirectory> {
    const dataSource = await openDataSource({ url: databaseUrl });
    if (await dataSource.showMigrations()) {
      await dataSource.destroy();
      throw new Error(`the database at ${databaseUrl} is not migrated: is npm start running on it?`);
    }
    return new DemoDirectory(dataSource, new MemberDirectory(dataSource), issuer);
  }

  /** Gives each person the roles they lack in the programme; answers how many were granted. */
  async grant(programmeId: string, people: readonly DemoPerson[]): Promise<number> {
    // SQLite: a transaction that has read and then writes fails at once (SQLITE_BUSY, no busy wait)
    // when another process (the API, the worker's projections) holds the write lock; it rolled
    // back, so it is simply taken again a moment later.
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.grantOnce(programmeId, people);
      } catch (error) {
        if (!sqliteBusy(error) || attempt >= 20) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  }

  private grantOnce(programmeId: string, people: readonly DemoPerson[]): Promise<number> {
    return inTransaction(this.dataSource, async (m) => {
      let granted = 0;
      for (const person of people) {
        const member = await this.directory.ensureMember(
          { issuer: this.issuer, subject: person.subject, name: person.name, email: person.email },
          m,
        );
        const details = member.erasedAt ? {} : missingDetails(member, person);
        if (Object.keys(details).length > 0) {
          await m.update(MemberEntity, { id: member.id }, details);
          Object.assign(member, details);
        }
        const held = (await this.directory.activeMembershipsOf(programmeId, m))
          .filter((x) => x.memberId === member.id)
          .map(grantOf);
        for (const g of person.grants) {
          if (held.some((h) => sameGrant(h, g))) continue;
          await this.directory.grant(m, {
            programmeId,
            memberId: member.id,
            role: g.role,
            ...(g.role === 'PARTNER_CONTACT' ? { partner: g.partner } : {}),
          });
          granted++;
        }
      }
      return granted;
    });
  }

  close(): Promise<void> {
    return this.dataSource.destroy();
  }
}

/** What a demo person's entry lacks: everything when it has no address, else at most the organisation. */
function missingDetails(
  member: MemberEntity,
  person: DemoPerson,
): Partial<Pick<MemberEntity, 'name' | 'email' | 'language' | 'organisation'>> {
  if (member.email.trim() === '')
    return { name: person.name, email: person.email, language: person.language, organisation: person.organisation };
  return member.organisation === null ? { organisation: person.organisation } : {};
}

function sameGrant(held: ReturnType<typeof grantOf>, wanted: DemoGrant): boolean {
  if (held.role !== wanted.role) return false;
  if (wanted.role !== 'PARTNER_CONTACT') return true;
  return (
    held.partner !== undefined &&
    sameOrganisation(held.partner.organisation, wanted.partner.organisation) &&
    held.partner.level === wanted.partner.level
  );
}

const sqliteBusy = (error: unknown): boolean => {
  const code =
    (error as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code ??
    (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT';
};
