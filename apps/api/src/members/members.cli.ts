// `npm run --silent members -- grant …` (infra/members.sh): gives the person of a local development
// token roles in a programme, straight in the member directory of the database `npm start` uses
// (DATABASE_URL, else <data folder>/olievlek.sqlite). A developer's tool for scripts and demos
// (infra/walkthrough.sh), beside `npm run token`: the product itself grants roles only to the
// person who starts a programme and by invitation (P2). Exit 2 on a refusal, among them whenever
// the local development issuer is off (production), since only its identities are granted to.
import { existsSync } from 'node:fs';
import type { DataSource } from 'typeorm';
import { parseProgrammeId, sameOrganisation, type Grant } from '../../../../libs/domain/src';
import {
  databaseKind,
  grantOf,
  inTransaction,
  MemberDirectory,
  MunicipalityEntity,
  openDataSource,
} from '../../../../libs/persistence/src';
import { databaseUrl } from '../../../../libs/platform/src';
import { EMBEDDED_ISSUER, localIssuerEnabled } from '../auth/auth.config';
import { MEMBERS_USAGE, parseMembersArgs, type RequestedGrant } from './members-args';

class Refusal extends Error {}

function refuse(message: string): never {
  process.stderr.write(`members: ${message.replace(/\n/g, '\nmembers: ')}\n`);
  process.exit(2);
}

const label = (g: RequestedGrant): string =>
  g.role === 'PARTNER_CONTACT'
    ? `PARTNER_CONTACT ${g.partner.organisation} (${g.partner.domain}, ${g.partner.level})`
    : g.role;

const holds = (held: readonly Grant[], g: RequestedGrant): boolean =>
  held.some(
    (h) =>
      h.role === g.role &&
      (g.role !== 'PARTNER_CONTACT' ||
        (h.partner !== undefined &&
          sameOrganisation(h.partner.organisation, g.partner.organisation) &&
          h.partner.level === g.partner.level)),
  );

async function open(url: string): Promise<DataSource> {
  // An SQLite file that is not there yet would be created empty: the product has not run here.
  if (databaseKind(url) === 'sqlite' && !existsSync(url.replace(/^sqlite:(\/\/)?/, ''))) {
    throw new Refusal(
      `er is nog geen database op ${url}: start npm start eerst (met dezelfde OLIEVLEK_DATA_DIR of DATABASE_URL).\n` +
        `there is no database at ${url} yet: run npm start first (with the same OLIEVLEK_DATA_DIR or DATABASE_URL).`,
    );
  }
  try {
    return await openDataSource({ url });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Refusal(`de database is niet bereikbaar (${reason}).\nthe database cannot be reached (${reason}).`);
  }
}

async function main(): Promise<void> {
  const args = parseMembersArgs(process.argv.slice(2));
  if (args.kind === 'help') {
    process.stdout.write(MEMBERS_USAGE);
    return;
  }
  if (args.kind === 'refused') refuse(`${args.message}\n(npm run --silent members -- --help)`);

  // Only identities of the local development issuer get roles here (issue 14): with NODE_ENV=production
  // or AUTH_LOCAL_ISSUER=false the API does not accept its tokens, and people join by invitation.
  if (!localIssuerEnabled(process.env) || process.env.NODE_ENV === 'production') {
    refuse(
      'de lokale ontwikkeluitgever staat uit (NODE_ENV=production of AUTH_LOCAL_ISSUER=false): ' +
        'leden komen dan alleen via een uitnodiging in een programma, niet via dit commando.\n' +
        'the local development issuer is off (NODE_ENV=production or AUTH_LOCAL_ISSUER=false): ' +
        'people then join a programme only by invitation, not through this command.',
    );
  }

  const url = databaseUrl(process.env);
  const dataSource = await open(url);
  try {
    if (await dataSource.showMigrations()) {
      throw new Refusal(
        'de database is nog niet bijgewerkt: start npm start (dat voert de migraties uit) en probeer het opnieuw.\n' +
          'the database is not migrated yet: run npm start (it applies the migrations) and try again.',
      );
    }
    const { programmeId, subject, grants } = args;
    const code = parseProgrammeId(programmeId);
    const municipality =
      code.ok && (await dataSource.getRepository(MunicipalityEntity).findOneBy({ code: code.value.municipalityCode }));
    if (!municipality) {
      throw new Refusal(
        `${programmeId}: de gemeentecode bestaat niet.\n${programmeId}: no municipality has that code.`,
      );
    }
    const directory = new MemberDirectory(dataSource);
    // inTransaction waits its turn while the running API or worker writes (busy_timeout).
    const lines = await inTransaction(dataSource, async (m) => {
      const member = await directory.ensureMember(
        { issuer: EMBEDDED_ISSUER, subject, ...(args.name ? { name: args.name } : {}) },
        m,
      );
      const current = await directory.activeMembershipsOf(programmeId, m);
      const held = current.filter((x) => x.memberId === member.id).map(grantOf);
      // P1: one administrative lead per programme, as an invitation would have it.
      const alderman = current.find((x) => x.role === 'ADMINISTRATIVE_LEAD' && x.memberId !== member.id);
      if (alderman && grants.some((g) => g.role === 'ADMINISTRATIVE_LEAD')) {
        throw new Refusal(
          `${programmeId} heeft al een andere bestuurlijk trekker; er is niets toegekend.\n` +
            `${programmeId} already has another administrative lead; nothing was granted.`,
        );
      }
      const out: string[] = [];
      for (const g of grants) {
        if (holds(held, g)) {
          out.push(`al in bezit (already held): ${label(g)}`);
          continue;
        }
        const membership = await directory.grant(m, {
          programmeId,
          memberId: member.id,
          role: g.role,
          ...(g.role === 'PARTNER_CONTACT' ? { partner: g.partner } : {}),
        });
        held.push(grantOf(membership));
        out.push(`toegekend (granted): ${label(g)}`);
      }
      return out;
    });
    const who = `${EMBEDDED_ISSUER}/${subject} in ${programmeId}`;
    for (const line of lines) process.stdout.write(`${line} — ${who}\n`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  if (error instanceof Refusal) refuse(error.message);
  process.stderr.write(`members: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
