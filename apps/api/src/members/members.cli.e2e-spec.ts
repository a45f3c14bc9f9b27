import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../../../test/support/postgres';
import { grantOf, MemberDirectory, migrate, openDataSource } from '../../../../libs/persistence/src';

// `npm run members -- grant` (infra/members.sh): a developer's tool that writes memberships of local
// token identities into the directory of the database npm start uses; never with the local issuer off.

const ROOT = join(__dirname, '..', '..', '..', '..');
const dirs: string[] = [];
const P = 'programme-GM0363-1';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], env: Record<string, string>): Promise<Run> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !key.startsWith('AUTH_') && key !== 'NODE_ENV' && key !== 'DATABASE_URL' && key !== 'OLIEVLEK_DATA_DIR',
    ),
  );
  const child = spawn(command, args, { cwd: ROOT, env: { ...base, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const npmMembers = (args: string[], env: Record<string, string>) =>
  run('npm', ['run', '--silent', 'members', '--', ...args], env);
// Straight to the compiled CLI, once npmMembers has built it.
const nodeMembers = (args: string[], env: Record<string, string>) =>
  run(process.execPath, ['dist/apps/api/src/members/members.cli.js', ...args], env);

const freshDataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'olievlek-members-'));
  dirs.push(dir);
  return dir;
};

/** A data folder whose database is migrated, as after a first npm start. */
async function migratedDataDir(): Promise<string> {
  const dir = freshDataDir();
  const dataSource = await openDataSource({ url: join(dir, 'olievlek.sqlite') });
  await migrate(dataSource);
  await dataSource.destroy();
  return dir;
}

/** The roles a local identity holds in the programme, as the API reads them (P1). */
async function rolesOf(url: string, subject: string, programmeId = P): Promise<string[]> {
  const dataSource = await openDataSource({ url });
  try {
    const { memberships } = await new MemberDirectory(dataSource).activeMemberships({
      issuer: 'olievlek-local',
      subject,
    });
    return memberships
      .filter((m) => m.programmeId === programmeId)
      .map(grantOf)
      .map((g) => (g.partner ? `${g.role} ${g.partner.organisation} ${g.partner.domain} ${g.partner.level}` : g.role))
      .sort();
  } finally {
    await dataSource.destroy();
  }
}

const aldermanAndPartner = [
  'grant',
  '--programme',
  P,
  '--subject',
  'walkthrough',
  '--role',
  'ADMINISTRATIVE_LEAD',
  '--partner',
  'Veilig Thuis:CARE:PROFESSIONAL',
  '--partner',
  'Veilig Thuis:CARE:MANAGEMENT',
];

let dataDir: string;
let first: Run;

beforeAll(async () => {
  dataDir = await migratedDataDir();
  first = await npmMembers(aldermanAndPartner, { OLIEVLEK_DATA_DIR: dataDir });
}, 300_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run --silent members -- grant', () => {
  it('grants a local identity the roles in the data folder’s database, one line per role', async () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout.trim().split('\n')).toEqual([
      `toegekend (granted): ADMINISTRATIVE_LEAD — olievlek-local/walkthrough in ${P}`,
      `toegekend (granted): PARTNER_CONTACT Veilig Thuis (CARE, PROFESSIONAL) — olievlek-local/walkthrough in ${P}`,
      `toegekend (granted): PARTNER_CONTACT Veilig Thuis (CARE, MANAGEMENT) — olievlek-local/walkthrough in ${P}`,
    ]);
    expect(await rolesOf(join(dataDir, 'olievlek.sqlite'), 'walkthrough')).toEqual([
      'ADMINISTRATIVE_LEAD',
      'PARTNER_CONTACT Veilig Thuis CARE MANAGEMENT',
      'PARTNER_CONTACT Veilig Thuis CARE PROFESSIONAL',
    ]);
  });

  it('leaves roles already held as they are: running it again changes nothing', async () => {
    const again = await nodeMembers([...aldermanAndPartner, '--role', 'OBSERVER'], { OLIEVLEK_DATA_DIR: dataDir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout.match(/^al in bezit \(already held\)/gm)).toHaveLength(3);
    expect(again.stdout).toMatch(/^toegekend \(granted\): OBSERVER/m);
    expect(await rolesOf(join(dataDir, 'olievlek.sqlite'), 'walkthrough')).toHaveLength(4);
  });

  it('refuses a second administrative lead (P1: one alderman per programme) and grants nothing', async () => {
    const r = await nodeMembers(
      ['grant', '--programme', P, '--subject', 'someone-else', '--role', 'OBSERVER', '--role', 'ADMINISTRATIVE_LEAD'],
      { OLIEVLEK_DATA_DIR: dataDir },
    );
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^members: .*al een andere bestuurlijk trekker/m);
    expect(r.stderr).toMatch(/^members: .*already has another administrative lead/m);
    expect(await rolesOf(join(dataDir, 'olievlek.sqlite'), 'someone-else')).toEqual([]);
  });

  it('writes to DATABASE_URL when it is set (PostgreSQL)', async () => {
    const url = await createDatabase(inject('postgresAdminUrl'), 'members_cli');
    const dataSource = await openDataSource({ url });
    await migrate(dataSource);
    await dataSource.destroy();
    const r = await nodeMembers(
      ['grant', '--programme', P, '--subject', 'pg-person', '--partner', 'Politie:JUSTICE:MANAGEMENT'],
      { DATABASE_URL: url, OLIEVLEK_DATA_DIR: freshDataDir() },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(await rolesOf(url, 'pg-person')).toEqual(['PARTNER_CONTACT Politie JUSTICE MANAGEMENT']);
  });

  it.each([
    ['NODE_ENV=production', { NODE_ENV: 'production' }],
    ['AUTH_LOCAL_ISSUER=false', { AUTH_LOCAL_ISSUER: 'false' }],
    ['NODE_ENV=production with AUTH_LOCAL_ISSUER=true', { NODE_ENV: 'production', AUTH_LOCAL_ISSUER: 'true' }],
  ])(
    'refuses when the local development issuer is off (%s): exit 2, a clear message, nothing granted',
    async (_case, env: Record<string, string>) => {
      const dir = await migratedDataDir();
      const r = await npmMembers(aldermanAndPartner, { OLIEVLEK_DATA_DIR: dir, ...env });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^members: .*lokale ontwikkeluitgever staat uit/m);
      expect(r.stderr).toMatch(/^members: the local development issuer is off/m);
      expect(await rolesOf(join(dir, 'olievlek.sqlite'), 'walkthrough')).toEqual([]);
    },
  );

  it('refuses a data folder without a database, and does not create one', async () => {
    const dir = freshDataDir();
    const r = await nodeMembers(aldermanAndPartner, { OLIEVLEK_DATA_DIR: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^members: there is no database at .* yet: run npm start first/m);
    expect(existsSync(join(dir, 'olievlek.sqlite'))).toBe(false);
  });

  it('refuses a database that is not migrated', async () => {
    const dir = freshDataDir();
    const empty = await openDataSource({ url: join(dir, 'olievlek.sqlite') });
    await empty.destroy();
    const r = await nodeMembers(aldermanAndPartner, { OLIEVLEK_DATA_DIR: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^members: the database is not migrated yet/m);
  });

  it.each([
    ['an unknown municipality', ['grant', '--programme', 'programme-GM9999-1', '--subject', 's', '--role', 'OBSERVER']],
    ['a malformed programme id', ['grant', '--programme', 'GM0363', '--subject', 's', '--role', 'OBSERVER']],
    ['a partner contact without --partner', ['grant', '--programme', P, '--subject', 's', '--role', 'PARTNER_CONTACT']],
    ['an unknown role', ['grant', '--programme', P, '--subject', 's', '--role', 'KWARTIERMAKER']],
  ])('refuses %s with exit 2 and nothing on stdout', async (_case, args) => {
    const r = await nodeMembers(args, { OLIEVLEK_DATA_DIR: dataDir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^members: /m);
  });
});
