import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../common/graphql-errors';
import { freePort } from '../../../../test/support/free-port';
import { signHs256Token } from './token-signer';
import { IdentityProviderUnavailableError, TokenVerifier } from './token-verifier';

// An OIDC provider's key set served from a local HTTP server, as AUTH_JWKS_URL points to in production.
const ISSUER = 'https://idp.example.nl/realms/olievlek';
const AUDIENCE = 'olievlek-api';
const claims = { sub: 'kim', role: 'KWARTIERMAKER' };

let server: Server;
let jwksUrl: string;
let jwksRequests = 0;
let rsa: { privateKey: CryptoKey; jwk: JWK };
let ec: { privateKey: CryptoKey; jwk: JWK };
let sut: TokenVerifier;

async function keyPair(alg: 'RS256' | 'ES256', kid: string) {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg, use: 'sig' } };
}

function sign(
  key: CryptoKey,
  header: { alg: string; kid?: string },
  options: { issuer?: string; audience?: string; expiresAt?: number } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader(header)
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresAt ?? Math.floor(Date.now() / 1000) + 300)
    .sign(key);
}

async function reason(promise: Promise<unknown>): Promise<unknown> {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(UserFacingError);
  const e = error as UserFacingError;
  expect(e.extensions.code).toBe('UNAUTHENTICATED');
  return (e.extensions.details as { reason: string }).reason;
}

beforeAll(async () => {
  rsa = await keyPair('RS256', 'rsa-1');
  ec = await keyPair('ES256', 'ec-1');
  server = createServer((req, res) => {
    jwksRequests += 1;
    if (req.url !== '/jwks') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [rsa.jwk, ec.jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/jwks`;
  sut = TokenVerifier.fromConfig({ auth: { oidc: { jwksUrl, issuer: ISSUER, audience: AUDIENCE } } });
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
});

describe('TokenVerifier against a JWKS (OIDC)', () => {
  it("accepts RS256 and ES256 tokens signed by the provider's keys", async () => {
    await expect(
      sut.authenticateHeader(`Bearer ${await sign(rsa.privateKey, { alg: 'RS256', kid: 'rsa-1' })}`),
    ).resolves.toEqual({
      issuer: ISSUER,
      subject: 'kim',
      role: 'KWARTIERMAKER',
      municipalities: [],
      programmes: [],
    });
    await expect(sut.verify(await sign(ec.privateKey, { alg: 'ES256', kid: 'ec-1' }))).resolves.toMatchObject({
      role: 'KWARTIERMAKER',
    });
  });

  it('fetches the key set once and caches it', async () => {
    const before = jwksRequests;
    for (let i = 0; i < 3; i += 1) await sut.verify(await sign(rsa.privateKey, { alg: 'RS256', kid: 'rsa-1' }));
    expect(jwksRequests).toBe(before);
  });

  it('refuses a token signed with another key under a known kid', async () => {
    const intruder = await keyPair('RS256', 'rsa-1');
    expect(await reason(sut.verify(await sign(intruder.privateKey, { alg: 'RS256', kid: 'rsa-1' })))).toBe('INVALID');
  });

  it('refuses a token whose kid the provider does not know', async () => {
    const intruder = await keyPair('RS256', 'rsa-unknown');
    expect(await reason(sut.verify(await sign(intruder.privateKey, { alg: 'RS256', kid: 'rsa-unknown' })))).toBe(
      'INVALID',
    );
  });

  it('refuses a wrong audience or issuer', async () => {
    const key = rsa.privateKey;
    expect(await reason(sut.verify(await sign(key, { alg: 'RS256', kid: 'rsa-1' }, { audience: 'another-api' })))).toBe(
      'INVALID',
    );
    expect(
      await reason(sut.verify(await sign(key, { alg: 'RS256', kid: 'rsa-1' }, { issuer: 'https://evil.example' }))),
    ).toBe('INVALID');
  });

  it('refuses an expired token', async () => {
    const token = await sign(
      rsa.privateKey,
      { alg: 'RS256', kid: 'rsa-1' },
      { expiresAt: Math.floor(Date.now() / 1000) - 120 },
    );
    expect(await reason(sut.verify(token))).toBe('EXPIRED');
  });

  it('refuses HS256, also when signed with the public key as secret (algorithm confusion)', async () => {
    const options = { issuer: ISSUER, audience: AUDIENCE, expiresInSeconds: 300 };
    expect(await reason(sut.verify(await signHs256Token('x'.repeat(48), claims, options)))).toBe('INVALID');
    expect(await reason(sut.verify(await signHs256Token(JSON.stringify(rsa.jwk), claims, options)))).toBe('INVALID');
  });

  it('reports an unreachable provider as its own error, not as UNAUTHENTICATED', async () => {
    const down = TokenVerifier.fromConfig({
      auth: { oidc: { jwksUrl: `http://127.0.0.1:${await freePort()}/jwks`, issuer: ISSUER, audience: AUDIENCE } },
    });
    const error = await down
      .verify(await sign(rsa.privateKey, { alg: 'RS256', kid: 'rsa-1' }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdentityProviderUnavailableError);
    expect(error).not.toBeInstanceOf(UserFacingError);
  });
});

describe('TokenVerifier with two issuers (development): the OIDC provider and the local issuer', () => {
  const local = {
    secret: 'a-local-secret-that-is-long-enough-for-hs256-0123',
    issuer: 'olievlek-local',
    audience: 'olievlek-local',
  };
  const localToken = (issuer = local.issuer, audience = local.audience) =>
    signHs256Token(local.secret, claims, { issuer, audience, expiresInSeconds: 300 });
  let both: TokenVerifier;
  beforeAll(() => {
    both = TokenVerifier.fromConfig({ auth: { oidc: { jwksUrl, issuer: ISSUER, audience: AUDIENCE }, local } });
  });

  it("accepts each issuer's own tokens and says which issuer verified them", async () => {
    await expect(both.verify(await sign(rsa.privateKey, { alg: 'RS256', kid: 'rsa-1' }))).resolves.toMatchObject({
      subject: 'kim',
      issuer: ISSUER,
    });
    await expect(both.verify(await localToken())).resolves.toMatchObject({ subject: 'kim', issuer: 'olievlek-local' });
  });

  it("never checks a token with the other issuer's key: each iss brings its own algorithms, key and audience", async () => {
    // Local secret, provider's iss and aud: HS256 is not the provider's algorithm.
    expect(await reason(both.verify(await localToken(ISSUER, AUDIENCE)))).toBe('INVALID');
    // Provider's key, local iss: RS256 is not the local issuer's algorithm.
    const rs256Local = await sign(
      rsa.privateKey,
      { alg: 'RS256', kid: 'rsa-1' },
      { issuer: local.issuer, audience: local.audience },
    );
    expect(await reason(both.verify(rs256Local))).toBe('INVALID');
    // Local iss, but the provider's audience.
    expect(await reason(both.verify(await localToken(local.issuer, AUDIENCE)))).toBe('INVALID');
  });

  it('refuses local tokens once the local issuer is off (production), provider tokens still pass', async () => {
    const production = TokenVerifier.fromConfig({ auth: { oidc: { jwksUrl, issuer: ISSUER, audience: AUDIENCE } } });
    expect(await reason(production.verify(await localToken()))).toBe('INVALID');
    await expect(production.verify(await sign(ec.privateKey, { alg: 'ES256', kid: 'ec-1' }))).resolves.toMatchObject({
      issuer: ISSUER,
    });
  });
});
