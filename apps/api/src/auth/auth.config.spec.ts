import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAuthConfig } from './auth.config';
import { readOrCreateJwtSecret } from './jwt-secret';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'olievlek-auth-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('embedded secret in the data folder', () => {
  it('is generated once (48 random bytes, base64url, mode 0600) and then reused', () => {
    const dir = join(tempDir(), 'not-yet-there');
    const first = readOrCreateJwtSecret(dir);
    expect(first).toMatch(/^[A-Za-z0-9_-]{64}$/);
    expect(statSync(join(dir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    expect(readOrCreateJwtSecret(dir)).toBe(first);
    expect(readFileSync(join(dir, 'jwt-secret'), 'utf8')).toBe(`${first}\n`);
  });

  it('refuses a secret file that is too short', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'jwt-secret'), 'short\n');
    expect(() => readOrCreateJwtSecret(dir)).toThrow(/fewer than 32 bytes/);
  });

  it('is what the local development issuer uses when AUTH_JWT_SECRET is unset', () => {
    const dir = tempDir();
    const sut = loadAuthConfig({ OLIEVLEK_DATA_DIR: dir });
    expect(sut).toEqual({
      local: {
        secret: readFileSync(join(dir, 'jwt-secret'), 'utf8').trim(),
        secretFile: join(dir, 'jwt-secret'),
        issuer: 'olievlek-local',
        audience: 'olievlek-local',
      },
    });
  });
});

describe('loadAuthConfig', () => {
  const secret = 'x'.repeat(32);
  const oidcEnv = {
    AUTH_JWKS_URL: 'https://idp.example.nl/jwks',
    AUTH_ISSUER: 'https://idp.example.nl',
    AUTH_AUDIENCE: 'olievlek',
  };
  const oidc = { jwksUrl: oidcEnv.AUTH_JWKS_URL, issuer: oidcEnv.AUTH_ISSUER, audience: oidcEnv.AUTH_AUDIENCE };
  const local = { secret, issuer: 'olievlek-local', audience: 'olievlek-local' };

  it('prefers AUTH_JWT_SECRET and then writes no file', () => {
    const dir = tempDir();
    expect(loadAuthConfig({ OLIEVLEK_DATA_DIR: dir, AUTH_JWT_SECRET: secret })).toEqual({ local });
    expect(() => statSync(join(dir, 'jwt-secret'))).toThrow();
  });

  it('refuses a short AUTH_JWT_SECRET without echoing it', () => {
    expect(() => loadAuthConfig({ AUTH_JWT_SECRET: 'too-short-secret' })).toThrow(
      /AUTH_JWT_SECRET: must be at least 32 bytes/,
    );
    expect(() => loadAuthConfig({ AUTH_JWT_SECRET: 'too-short-secret' })).not.toThrow(/too-short-secret/);
  });

  it('in development trusts two issuers: the OIDC provider and the local development issuer', () => {
    expect(loadAuthConfig({ ...oidcEnv, AUTH_JWT_SECRET: secret })).toEqual({ oidc, local });
    expect(loadAuthConfig({ ...oidcEnv, AUTH_JWT_SECRET: secret, NODE_ENV: 'test' })).toEqual({ oidc, local });
  });

  it('in production trusts only the OIDC provider, and writes no secret file', () => {
    const dir = tempDir();
    expect(loadAuthConfig({ ...oidcEnv, NODE_ENV: 'production', OLIEVLEK_DATA_DIR: dir })).toEqual({ oidc });
    expect(() => statSync(join(dir, 'jwt-secret'))).toThrow();
  });

  it('turns the local issuer off with AUTH_LOCAL_ISSUER=false, and on explicitly outside production', () => {
    expect(loadAuthConfig({ ...oidcEnv, AUTH_LOCAL_ISSUER: 'false' })).toEqual({ oidc });
    expect(loadAuthConfig({ AUTH_LOCAL_ISSUER: 'true', AUTH_JWT_SECRET: secret })).toEqual({ local });
  });

  it.each([
    [{ AUTH_JWKS_URL: 'https://idp.example.nl/jwks' }, /AUTH_ISSUER: required with AUTH_JWKS_URL.*AUTH_AUDIENCE/],
    [{ AUTH_JWKS_URL: 'http://idp.example.nl/jwks', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' }, /must use https/],
    [{ AUTH_JWKS_URL: 'not a url', AUTH_ISSUER: 'i', AUTH_AUDIENCE: 'a' }, /must be a URL/],
    [{ ...oidcEnv, AUTH_ISSUER: 'olievlek-local', AUTH_JWT_SECRET: 'x'.repeat(32) }, /AUTH_ISSUER: must not be/],
    [{ AUTH_ISSUER: 'i', AUTH_JWT_SECRET: 'x'.repeat(32) }, /AUTH_ISSUER: only with AUTH_JWKS_URL/],
    [{ AUTH_AUDIENCE: 'a', AUTH_JWT_SECRET: 'x'.repeat(32) }, /AUTH_AUDIENCE: only with AUTH_JWKS_URL/],
    [{ ...oidcEnv, NODE_ENV: 'production', AUTH_LOCAL_ISSUER: 'true' }, /AUTH_LOCAL_ISSUER: .*never.*production/],
    [{ NODE_ENV: 'production' }, /AUTH_JWKS_URL: required with NODE_ENV=production/],
    [{ AUTH_LOCAL_ISSUER: 'false' }, /AUTH_JWKS_URL: required with AUTH_LOCAL_ISSUER=false/],
    [{ ...oidcEnv, NODE_ENV: 'production', AUTH_JWT_SECRET: 'x'.repeat(32) }, /AUTH_JWT_SECRET: only for the local/],
    [{ AUTH_LOCAL_ISSUER: 'yes', AUTH_JWT_SECRET: 'x'.repeat(32) }, /AUTH_LOCAL_ISSUER/],
  ])('refuses %j', (env, problem) => {
    expect(() => loadAuthConfig(env)).toThrow(problem);
  });

  it('allows plain http for a JWKS on a loopback address', () => {
    expect(
      loadAuthConfig({
        AUTH_JWKS_URL: 'http://127.0.0.1:8080/jwks',
        AUTH_ISSUER: 'i',
        AUTH_AUDIENCE: 'a',
        AUTH_LOCAL_ISSUER: 'false',
      }),
    ).toEqual({ oidc: { jwksUrl: 'http://127.0.0.1:8080/jwks', issuer: 'i', audience: 'a' } });
  });
});
