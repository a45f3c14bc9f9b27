import { generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../common/graphql-errors';
import type { AuthConfig } from './auth.config';
import { signHs256Token } from './token-signer';
import { TokenVerifier } from './token-verifier';

const SECRET = 'test-secret-that-is-long-enough-for-hs256-0123456789';
const local = { secret: SECRET, issuer: 'olievlek-local', audience: 'olievlek-local' };
const auth: AuthConfig = { local };
const sut = TokenVerifier.fromConfig({ auth });
const now = () => Math.floor(Date.now() / 1000);

const municipality = { sub: 'alice', role: 'MUNICIPALITY', municipalities: ['GM0363'] };
const mint = (
  claims: Record<string, unknown> = municipality,
  opts: { iat?: number; exp?: number; secret?: string } = {},
) =>
  signHs256Token(opts.secret ?? SECRET, claims, {
    issuer: local.issuer,
    audience: local.audience,
    issuedAt: opts.iat ?? now(),
    expiresInSeconds: opts.exp ?? 3600,
  });

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The rejection's code and reason, checking that the sentence does not echo the token. */
async function rejection(promise: Promise<unknown>, token?: string) {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserFacingError);
  const e = error as UserFacingError;
  if (token) {
    expect(e.message).not.toContain(token);
    expect(e.english).not.toContain(token);
    expect(JSON.stringify(e.extensions)).not.toContain(token);
  }
  return { code: e.extensions.code, reason: (e.extensions.details as { reason: string }).reason };
}

describe('TokenVerifier (HS256, the local development issuer)', () => {
  it('accepts a valid token and returns its principal', async () => {
    await expect(sut.verify(await mint())).resolves.toEqual({
      issuer: 'olievlek-local',
      subject: 'alice',
      role: 'MUNICIPALITY',
      municipalities: ['GM0363'],
      programmes: [],
    });
  });

  it('gives a graphql-ws connection the principal with the token exp in ms, the same when remembered', async () => {
    const iat = now();
    const token = await mint(municipality, { iat, exp: 90 });
    const first = await sut.authenticateSession(`Bearer ${token}`);
    expect(first).toEqual({ principal: await sut.verify(token), expiresAt: (iat + 90) * 1000 });
    await expect(sut.authenticateSession(`Bearer ${token}`)).resolves.toEqual(first);
    expect(await rejection(sut.authenticateSession(undefined))).toEqual({ code: 'UNAUTHENTICATED', reason: 'MISSING' });
  });

  it('accepts every role with its own claims', async () => {
    const manager = await mint({
      sub: 'bob',
      role: 'PROGRAMME_MANAGER',
      programmes: ['programme-GM0363-1', 'programme-GM0363-1'],
    });
    await expect(sut.verify(manager)).resolves.toMatchObject({
      role: 'PROGRAMME_MANAGER',
      programmes: ['programme-GM0363-1'],
    });
    const kwartiermaker = await mint({ sub: 'kim', role: 'KWARTIERMAKER', municipalities: [], programmes: [] });
    await expect(sut.verify(kwartiermaker)).resolves.toMatchObject({
      role: 'KWARTIERMAKER',
      municipalities: [],
      programmes: [],
    });
  });

  it('reads the Authorization header (scheme case-insensitive)', async () => {
    const token = await mint();
    await expect(sut.authenticateHeader(`Bearer ${token}`)).resolves.toMatchObject({ subject: 'alice' });
    await expect(sut.authenticateHeader(`bearer   ${token} `)).resolves.toMatchObject({ subject: 'alice' });
  });

  it('refuses a missing header with UNAUTHENTICATED', async () => {
    for (const header of [undefined, '', '   ', 'Bearer', 'Bearer ']) {
      expect(await rejection(sut.authenticateHeader(header))).toEqual({ code: 'UNAUTHENTICATED', reason: 'MISSING' });
    }
  });

  it('refuses another scheme than Bearer', async () => {
    const token = await mint();
    expect(await rejection(sut.authenticateHeader(`Basic ${token}`), token)).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'MISSING',
    });
  });

  it('refuses an expired token', async () => {
    const token = await mint(municipality, { iat: now() - 7200, exp: 3600 });
    expect(await rejection(sut.verify(token), token)).toEqual({ code: 'UNAUTHENTICATED', reason: 'EXPIRED' });
  });

  it('tolerates 30 s of clock skew on expiry, not more', async () => {
    await expect(sut.verify(await mint(municipality, { iat: now() - 3610, exp: 3600 }))).resolves.toBeDefined();
    const late = await mint(municipality, { iat: now() - 3660, exp: 3600 });
    expect(await rejection(sut.verify(late))).toMatchObject({ reason: 'EXPIRED' });
  });

  it('refuses a token that is not yet valid (nbf)', async () => {
    const token = await new SignJWT(municipality)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(local.issuer)
      .setAudience(local.audience)
      .setNotBefore(now() + 600)
      .setExpirationTime(now() + 3600)
      .sign(new TextEncoder().encode(SECRET));
    expect(await rejection(sut.verify(token), token)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
  });

  it('refuses a token signed with another secret (forged)', async () => {
    const token = await mint(municipality, { secret: 'another-secret-that-is-long-enough-for-hs256-xyz' });
    expect(await rejection(sut.verify(token), token)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const [header, , signature] = (await mint()).split('.');
    const payload = b64({
      sub: 'alice',
      role: 'KWARTIERMAKER',
      iss: local.issuer,
      aud: local.audience,
      exp: now() + 3600,
    });
    const token = `${header}.${payload}.${signature}`;
    expect(await rejection(sut.verify(token), token)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
  });

  it('refuses alg none, with or without a signature part', async () => {
    const payload = b64({ ...municipality, iss: local.issuer, aud: local.audience, exp: now() + 3600 });
    for (const token of [`${b64({ alg: 'none' })}.${payload}.`, `${b64({ alg: 'none' })}.${payload}.AAAA`]) {
      expect(await rejection(sut.verify(token), token)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
    }
  });

  it('refuses another algorithm than HS256 (HS512 with the same secret, RS256)', async () => {
    const hs512 = await new SignJWT(municipality)
      .setProtectedHeader({ alg: 'HS512' })
      .setIssuer(local.issuer)
      .setAudience(local.audience)
      .setExpirationTime(now() + 3600)
      .sign(new TextEncoder().encode(SECRET));
    const { privateKey } = await generateKeyPair('RS256');
    const rs256 = await new SignJWT(municipality)
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(local.issuer)
      .setAudience(local.audience)
      .setExpirationTime(now() + 3600)
      .sign(privateKey);
    for (const token of [hs512, rs256]) {
      expect(await rejection(sut.verify(token), token)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
    }
  });

  it('refuses a wrong issuer or audience', async () => {
    for (const claims of [
      { issuer: 'someone-else', audience: local.audience },
      { issuer: local.issuer, audience: 'another-api' },
    ]) {
      const token = await signHs256Token(SECRET, municipality, { ...claims, expiresInSeconds: 3600 });
      expect(await rejection(sut.verify(token), token)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
    }
  });

  it('refuses a token without expiry or subject', async () => {
    const noExp = await new SignJWT(municipality)
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(local.issuer)
      .setAudience(local.audience)
      .sign(new TextEncoder().encode(SECRET));
    const noSub = await mint({ role: 'KWARTIERMAKER' });
    for (const token of [noExp, noSub]) {
      expect(await rejection(sut.verify(token), token)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
    }
  });

  it('refuses malformed role claims', async () => {
    const malformed: Record<string, unknown>[] = [
      { sub: 'x', role: 'ADMIN' },
      { sub: 'x', municipalities: ['GM0363'] },
      { sub: 'x', role: 'municipality', municipalities: ['GM0363'] },
      { sub: 'x', role: 'MUNICIPALITY' },
      { sub: 'x', role: 'MUNICIPALITY', municipalities: [] },
      { sub: 'x', role: 'MUNICIPALITY', municipalities: ['GM363'] },
      { sub: 'x', role: 'MUNICIPALITY', municipalities: 'GM0363' },
      { sub: 'x', role: 'MUNICIPALITY', municipalities: ['GM0363'], programmes: ['programme-GM0363-1'] },
      { sub: 'x', role: 'PROGRAMME_MANAGER', programmes: ['GM0363'] },
      { sub: 'x', role: 'PROGRAMME_MANAGER', municipalities: ['GM0363'] },
      { sub: 'x', role: 'KWARTIERMAKER', programmes: ['programme-GM0363-1'] },
      { sub: 42, role: 'KWARTIERMAKER' },
    ];
    for (const claims of malformed) {
      const token = await mint(claims);
      const outcome = await rejection(sut.verify(token), token);
      expect(outcome.code).toBe('UNAUTHENTICATED');
      // A non-string sub already fails jose's own claim check.
      expect(['CLAIMS', 'INVALID']).toContain(outcome.reason);
    }
  });

  it('refuses garbage and oversized tokens', async () => {
    for (const token of ['not-a-jwt', 'a.b', 'a.b.c.d.e', `${'a'.repeat(20_000)}.b.c`, 'Bearer a b']) {
      expect(await rejection(sut.verify(token))).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });
});

describe('TokenVerifier remembers tokens it verified', () => {
  it('a remembered token is refused once it expires: it is never remembered past exp + the clock tolerance', async () => {
    const verifier = TokenVerifier.fromConfig({ auth });
    // Expired 29 s ago: within the 30 s tolerance for at most one more second.
    const token = await mint(municipality, { iat: now() - 3629, exp: 3600 });
    await expect(verifier.verify(token)).resolves.toMatchObject({ subject: 'alice' });
    await new Promise((r) => setTimeout(r, 1100));
    expect(await rejection(verifier.verify(token), token)).toEqual({ code: 'UNAUTHENTICATED', reason: 'EXPIRED' });
  });

  it('a token changed after a good one was remembered is still refused (remembered by its exact text)', async () => {
    const verifier = TokenVerifier.fromConfig({ auth });
    const token = await mint();
    await verifier.verify(token);
    const [header, , signature] = token.split('.');
    const raised = `${header}.${b64({ ...municipality, role: 'KWARTIERMAKER', municipalities: [], exp: now() + 3600 })}.${signature}`;
    expect(await rejection(verifier.verify(raised), raised)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
    const forged = await mint(municipality, { secret: 'another-secret-that-is-long-enough-for-hs256-xyz' });
    expect(await rejection(verifier.verify(forged), forged)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
  });

  it('the remembered principal is the same for every request and cannot be changed by one of them', async () => {
    const verifier = TokenVerifier.fromConfig({ auth });
    const token = await mint();
    const first = await verifier.verify(token);
    expect(() => first.municipalities.push('GM0599')).toThrow(TypeError);
    expect(() => Object.assign(first, { role: 'KWARTIERMAKER' })).toThrow(TypeError);
    await expect(verifier.verify(token)).resolves.toEqual({
      issuer: 'olievlek-local',
      subject: 'alice',
      role: 'MUNICIPALITY',
      municipalities: ['GM0363'],
      programmes: [],
    });
  });
});

describe("TokenVerifier chooses the issuer by the token's iss", () => {
  // Nothing listens here: a test that reached for these keys would fail with IdentityProviderUnavailableError.
  const oidc = {
    jwksUrl: 'http://127.0.0.1:9/jwks',
    issuer: 'https://idp.example.nl/realms/olievlek',
    audience: 'api',
  };

  it('accepts a local token beside an OIDC issuer without asking the OIDC provider', async () => {
    const both = TokenVerifier.fromConfig({ auth: { oidc, local } });
    await expect(both.verify(await mint())).resolves.toMatchObject({ subject: 'alice', issuer: 'olievlek-local' });
  });

  it('refuses a local token when the local issuer is off (production), without a network call', async () => {
    const oidcOnly = TokenVerifier.fromConfig({ auth: { oidc } });
    const token = await mint();
    expect(await rejection(oidcOnly.verify(token), token)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
  });

  it('refuses a token naming no issuer or an unknown one as INVALID, without a network call', async () => {
    const both = TokenVerifier.fromConfig({ auth: { oidc, local } });
    const noIss = await new SignJWT(municipality)
      .setProtectedHeader({ alg: 'HS256' })
      .setAudience(local.audience)
      .setExpirationTime(now() + 3600)
      .sign(new TextEncoder().encode(SECRET));
    const unknown = await signHs256Token(SECRET, municipality, {
      issuer: 'https://elsewhere.example.nl',
      audience: local.audience,
      expiresInSeconds: 3600,
    });
    for (const token of [noIss, unknown]) {
      expect(await rejection(both.verify(token), token)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
    }
  });

  it("checks a token naming the OIDC issuer by that issuer's rules: HS256 with the local secret is refused", async () => {
    const both = TokenVerifier.fromConfig({ auth: { oidc, local } });
    const forged = await signHs256Token(SECRET, municipality, {
      issuer: oidc.issuer,
      audience: oidc.audience,
      expiresInSeconds: 3600,
    });
    expect(await rejection(both.verify(forged), forged)).toEqual({ code: 'UNAUTHENTICATED', reason: 'INVALID' });
  });

  it('refuses a configuration without any issuer', () => {
    expect(() => TokenVerifier.fromConfig({ auth: {} as AuthConfig })).toThrow(/no token issuer/);
  });
});
