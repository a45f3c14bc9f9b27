import type { DataSource, EntityManager } from 'typeorm';
import { sameOrganisation } from '../../../libs/domain/src';
import {
  grantOf,
  inTransaction,
  MemberDirectory,
  MemberEntity,
  openDataSource,
  sqliteBusy,
} from '../../../libs/persistence/src';
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
  grant(programmeId: string, people: readonly DemoPerson[]): Promise<number> {
    return this.retried(() => this.grantOnce(programmeId, people));
  }

  /**
   * SQLite: a transaction that has read and then writes fails at once (SQLITE_BUSY, no busy wait)
   * when another process (the API, the worker's projections) holds the write lock; it rolled
   * back, so it is simply taken again a moment later.
   */
  private async retried<T>(transaction: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await transaction();
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
        const member = await this.member(person, m);
        const active = await this.directory.activeMembershipsOf(programmeId, m);
        const held = active.filter((x) => x.memberId === member.id).map(grantOf);
        for (const g of person.grants) {
          if (held.some((h) => sameGrant(h, g))) continue;
          // One administrative lead at a time (P1): one a realm person took over is not given back.
          // C2: a member municipality's alderman is bound to that municipality, beside the lead's.
          const bound = 'municipalityCode' in g ? g.municipalityCode : undefined;
          if (
            g.role === 'ADMINISTRATIVE_LEAD' &&
            active.some((x) => x.role === g.role && (x.municipalityCode ?? undefined) === bound)
          )
            continue;
          await this.directory.grant(m, {
            programmeId,
            memberId: member.id,
            role: g.role,
            ...(g.role === 'PARTNER_CONTACT' ? { partner: g.partner } : {}),
            ...(bound ? { municipalityCode: bound } : {}),
          });
          granted++;
        }
      }
      return granted;
    });
  }

  /**
   * The administrative lead changes hands (issue 15: a demo realm's alderman takes over from the
   * seed's own once the plan needs no more of their steps): every other holder's role ends, as
   * removing a member does (P2: the timeline keeps what they did), recorded as done by `by` (the
   * project lead), then `to` holds it. Nothing changes when `to` holds it already.
   */
  async handOver(programmeId: string, to: DemoPerson, by: DemoPerson): Promise<boolean> {
    const { member, byMember, others } = await this.retried(() =>
      inTransaction(this.dataSource, async (m) => {
        const member = await this.member(to, m);
        const byMember = await this.member(by, m);
        const holders = (await this.directory.activeMembershipsOf(programmeId, m)).filter(
          // The lead's alderman only; member municipalities' aldermen (C2) keep their role.
          (x) => x.role === 'ADMINISTRATIVE_LEAD' && !x.municipalityCode,
        );
        const others = holders.some((x) => x.memberId === member.id) ? null : holders;
        return { member, byMember, others };
      }),
    );
    if (!others) return false;
    for (const x of others)
      await this.retried(() => this.directory.end(programmeId, x.id, byMember.id, 'PROJECT_LEAD'));
    await this.retried(() =>
      inTransaction(this.dataSource, (m) =>
        this.directory.grant(m, {
          programmeId,
          memberId: member.id,
          role: 'ADMINISTRATIVE_LEAD',
          grantedBy: byMember.id,
          grantedByRole: 'PROJECT_LEAD',
        }),
      ),
    );
    return true;
  }

  /** The person's directory entry, made or completed with their demo name and address. */
  private async member(person: DemoPerson, m: EntityManager): Promise<MemberEntity> {
    const member = await this.directory.ensureMember(
      { issuer: person.issuer ?? this.issuer, subject: person.subject, name: person.name, email: person.email },
      m,
    );
    const details = member.erasedAt ? {} : missingDetails(member, person);
    if (Object.keys(details).length > 0) {
      await m.update(MemberEntity, { id: member.id }, details);
      Object.assign(member, details);
    }
    return member;
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
  return member.organisation === null && person.organisation ? { organisation: person.organisation } : {};
}

function sameGrant(held: ReturnType<typeof grantOf>, wanted: DemoGrant): boolean {
  if (held.role !== wanted.role) return false;
  if (wanted.role === 'ADMINISTRATIVE_LEAD')
    return (
      (held.municipalityCode ?? undefined) === ('municipalityCode' in wanted ? wanted.municipalityCode : undefined)
    );
  if (wanted.role !== 'PARTNER_CONTACT') return true;
  return (
    held.partner !== undefined &&
    sameOrganisation(held.partner.organisation, wanted.partner.organisation) &&
    held.partner.level === wanted.partner.level
  );
}
