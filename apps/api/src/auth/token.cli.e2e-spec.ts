import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launcherSecret } from '../../../../test/support/tokens';
import { TokenVerifier } from './token-verifier';

const ROOT = join(__dirname, '..', '..', '..', '..');
const dirs: string[] = [];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], env: Record<string, string>): Promise<Run> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !key.startsWith('AUTH_') && key !== 'NODE_ENV'),
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

const npmToken = (args: string[], env: Record<string, string>) =>
  run('npm', ['run', '--silent', 'token', '--', ...args], env);
// Straight to the compiled CLI, once npmToken has built it.
const nodeToken = (args: string[], env: Record<string, string>) =>
  run(process.execPath, ['dist/apps/api/src/auth/token.cli.js', ...args], env);

const freshDataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'olievlek-token-'));
  dirs.push(dir);
  return dir;
};

const verifierFor = (dataDir: string) =>
  TokenVerifier.fromConfig({
    auth: { local: { secret: launcherSecret(dataDir), issuer: 'olievlek-local', audience: 'olievlek-local' } },
  });

let dataDir: string;
let first: Run;

beforeAll(async () => {
  dataDir = freshDataDir();
  first = await npmToken(['--role', 'MUNICIPALITY', '--municipality', 'GM0363'], { OLIEVLEK_DATA_DIR: dataDir });
}, 300_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run --silent token', () => {
  it('prints exactly one line, a token that verifies with the generated secret', async () => {
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\n$/);
    expect(statSync(join(dataDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    await expect(verifierFor(dataDir).verify(first.stdout.trim())).resolves.toEqual({
      subject: 'local-municipality',
      role: 'MUNICIPALITY',
      municipalities: ['GM0363'],
      programmes: [],
      issuer: 'olievlek-local',
    });
  });

  it('keeps the secret of the data folder on later runs', async () => {
    const secret = readFileSync(join(dataDir, 'jwt-secret'), 'utf8');
    const again = await nodeToken(['--role', 'PROGRAMME_MANAGER', '--programme', 'programme-GM0363-1'], {
      OLIEVLEK_DATA_DIR: dataDir,
    });
    expect(again.code, again.stderr).toBe(0);
    expect(readFileSync(join(dataDir, 'jwt-secret'), 'utf8')).toBe(secret);
    await expect(verifierFor(dataDir).verify(again.stdout.trim())).resolves.toMatchObject({
      programmes: ['programme-GM0363-1'],
    });
  });

  it('agrees on one secret when several first runs race', async () => {
    const dir = freshDataDir();
    const runs = await Promise.all(
      Array.from({ length: 6 }, () => nodeToken(['--role', 'KWARTIERMAKER'], { OLIEVLEK_DATA_DIR: dir })),
    );
    const verifier = verifierFor(dir);
    for (const r of runs) {
      expect(r.code, r.stderr).toBe(0);
      await expect(verifier.verify(r.stdout.trim())).resolves.toMatchObject({ role: 'KWARTIERMAKER' });
    }
  });

  it('signs with AUTH_JWT_SECRET when it is set', async () => {
    const secret = 'an-explicit-secret-of-at-least-32-bytes!';
    const r = await nodeToken(['--role', 'KWARTIERMAKER'], {
      OLIEVLEK_DATA_DIR: freshDataDir(),
      AUTH_JWT_SECRET: secret,
    });
    expect(r.code, r.stderr).toBe(0);
    const verifier = TokenVerifier.fromConfig({
      auth: { local: { secret, issuer: 'olievlek-local', audience: 'olievlek-local' } },
    });
    await expect(verifier.verify(r.stdout.trim())).resolves.toMatchObject({ role: 'KWARTIERMAKER' });
  });

  const oidc = {
    AUTH_JWKS_URL: 'https://idp.example.nl/jwks',
    AUTH_ISSUER: 'https://idp.example.nl',
    AUTH_AUDIENCE: 'olievlek',
  };

  it('still signs local tokens in development when an OIDC issuer is configured beside it', async () => {
    const dir = freshDataDir();
    const r = await nodeToken(['--role', 'KWARTIERMAKER'], { OLIEVLEK_DATA_DIR: dir, ...oidc });
    expect(r.code, r.stderr).toBe(0);
    await expect(verifierFor(dir).verify(r.stdout.trim())).resolves.toMatchObject({ issuer: 'olievlek-local' });
  });

  it.each([
    ['NODE_ENV=production', { NODE_ENV: 'production', ...oidc }],
    ['AUTH_LOCAL_ISSUER=false', { AUTH_LOCAL_ISSUER: 'false', ...oidc }],
    ['NODE_ENV=production without any issuer configured', { NODE_ENV: 'production' }],
  ])(
    'refuses when the local development issuer is off (%s): exit 2, a clear message, nothing on stdout',
    async (_case, env: Record<string, string>) => {
      const dir = freshDataDir();
      const r = await npmToken(['--role', 'KWARTIERMAKER'], { OLIEVLEK_DATA_DIR: dir, ...env });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^token: .*lokale ontwikkeluitgever staat uit/m);
      expect(r.stderr).toMatch(/^token: the local development issuer is off/m);
      expect(() => statSync(join(dir, 'jwt-secret'))).toThrow();
    },
  );

  it.each([
    ['a MUNICIPALITY without --municipality', ['--role', 'MUNICIPALITY']],
    ['a malformed municipality code', ['--role', 'MUNICIPALITY', '--municipality', 'Amsterdam']],
    ['a malformed programme id', ['--role', 'PROGRAMME_MANAGER', '--programme', 'GM0363']],
    ['an unknown role', ['--role', 'ADMIN']],
    ['a short AUTH_JWT_SECRET', ['--role', 'KWARTIERMAKER'], { AUTH_JWT_SECRET: 'short' }],
  ])('refuses %s with exit 2 and nothing on stdout', async (_what, args, env: Record<string, string> = {}) => {
    const r = await nodeToken(args, { OLIEVLEK_DATA_DIR: freshDataDir(), ...env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^token: /m);
  });
});
