import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiProcess } from './support/api-process';
import { DevServer } from './support/dev-server';
import { Keycloak, REALM_FILE } from './support/keycloak';
import { graphql } from './support/launcher';
import { launcherSecret, mintToken } from './support/tokens';
import { migrateDatabase } from './support/worker-process';

// The API against a real Keycloak (infra/ensure-keycloak.sh) with the repo's realm
// (infra/keycloak/olievlek-realm.json): client-credentials service accounts get tokens over HTTP
// and the API reads their `role` and `municipalities` claims; the demo people sign in through the
// realm's login form (authorization code + PKCE, the olievlek-web client). In development the API
// trusts Keycloak and the local development issuer (`npm run token`) side by side; the second API
// runs as production does, Keycloak only. Dev-only secrets and passwords, as in the realm file.

const AUDIENCE = 'olievlek-api';
const KWARTIERMAKER = { id: 'olievlek-kwartiermaker-service', secret: 'dev-only-kwartiermaker-service-secret' };
const GM0363 = { id: 'olievlek-gm0363-service', secret: 'dev-only-gm0363-service-secret' };
// Same clients and secrets in a second realm of the same Keycloak: another issuer and other keys.
const OTHER_REALM = 'olievlek-other';

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-keycloak-e2e-'));
const databaseUrl = join(dataDir, 'olievlek.sqlite');
let keycloak: Keycloak | undefined;
let server: DevServer | undefined;
let api: ApiProcess | undefined;
// Same issuer and keys, but it expects another audience, and the local issuer is off as in production.
let otherAudienceApi: ApiProcess | undefined;
// Any free port: Keycloak allows the loopback callback on every port (RFC 8252, 7.3).
const CALLBACK = 'http://127.0.0.1:45321/auth/callback';

beforeAll(async () => {
  const realm = JSON.parse(readFileSync(REALM_FILE, 'utf8')) as { users?: Record<string, unknown>[] };
  // User ids are unique across a Keycloak, not per realm: the copy's users get ids of their own.
  const users = realm.users?.map((user) => Object.fromEntries(Object.entries(user).filter(([key]) => key !== 'id')));
  const other = { ...realm, realm: OTHER_REALM, users };
  [keycloak, server] = await Promise.all([
    Keycloak.start({ extraRealms: [other], startTimeoutMs: 180_000 }),
    DevServer.start({ dbFile: join(dataDir, 'temporal.db'), startTimeoutMs: 60_000 }),
    migrateDatabase(databaseUrl),
  ]);
  console.log(`Keycloak ready in ${(keycloak.startMs / 1000).toFixed(1)} s`);
  const jwks = (audience: string) => ({
    AUTH_JWKS_URL: keycloak!.jwksUrl(),
    AUTH_ISSUER: keycloak!.issuer(),
    AUTH_AUDIENCE: audience,
  });
  [api, otherAudienceApi] = await Promise.all([
    ApiProcess.start({
      temporalAddress: server.address,
      databaseUrl,
      dataDir: join(dataDir, 'api'),
      env: jwks(AUDIENCE),
    }),
    ApiProcess.start({
      temporalAddress: server.address,
      databaseUrl,
      dataDir: join(dataDir, 'other-api'),
      env: { ...jwks('another-api'), AUTH_LOCAL_ISSUER: 'false' },
    }),
  ]);
}, 300_000);

afterAll(async () => {
  await Promise.all([api?.stop(), otherAudienceApi?.stop(), server?.stop(), keycloak?.stop()]);
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
const codes = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (res.errors ?? []).map((e) => e.extensions?.code);

describe('service accounts of the Keycloak realm', () => {
  it('gives tokens with the claims the API reads and its audience', async () => {
    const kwartiermaker = claims(await keycloak!.clientCredentialsToken(KWARTIERMAKER.id, KWARTIERMAKER.secret));
    const municipality = claims(await keycloak!.clientCredentialsToken(GM0363.id, GM0363.secret));

    expect(kwartiermaker).toMatchObject({ iss: keycloak!.issuer(), role: 'KWARTIERMAKER' });
    expect(kwartiermaker.municipalities).toBeUndefined();
    expect(municipality).toMatchObject({ role: 'MUNICIPALITY', municipalities: ['GM0363'] });
    for (const c of [kwartiermaker, municipality]) {
      expect([c.aud].flat()).toContain(AUDIENCE);
      expect(c.sub).toEqual(expect.any(String));
    }
  });

  it('lets a kwartiermaker service account read the national overview and the national queue', async () => {
    const sut = await keycloak!.clientCredentialsToken(KWARTIERMAKER.id, KWARTIERMAKER.secret);

    const res = await graphql<{ nationalOverview: { total: number }; escalationQueue: unknown[] }>(
      api!.url,
      '{ nationalOverview { total } escalationQueue { programmeId } }',
      undefined,
      { token: sut },
    );

    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data).toEqual({ nationalOverview: { total: 0 }, escalationQueue: [] });
  });

  it('lets a municipality service account read its own municipality but not the national queue', async () => {
    const sut = await keycloak!.clientCredentialsToken(GM0363.id, GM0363.secret);

    const own = await graphql(
      api!.url,
      '{ programme(municipalityCode: "GM0363") { id } programmes { totalCount } }',
      undefined,
      {
        token: sut,
      },
    );
    const national = await graphql(api!.url, '{ escalationQueue { programmeId } }', undefined, { token: sut });

    expect(own.errors, JSON.stringify(own.errors)).toBeUndefined();
    expect(own.data).toEqual({ programme: null, programmes: { totalCount: 0 } });
    expect(codes(national)).toEqual(['FORBIDDEN']);
  });

  it('refuses a token of another realm of the same Keycloak as UNAUTHENTICATED', async () => {
    const sut = await keycloak!.clientCredentialsToken(KWARTIERMAKER.id, KWARTIERMAKER.secret, OTHER_REALM);

    const res = await graphql(api!.url, '{ nationalOverview { total } }', undefined, { token: sut });

    expect(claims(sut).iss).toBe(keycloak!.issuer(OTHER_REALM));
    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a token of the right issuer for another audience as UNAUTHENTICATED', async () => {
    const sut = await keycloak!.clientCredentialsToken(KWARTIERMAKER.id, KWARTIERMAKER.secret);

    const res = await graphql(otherAudienceApi!.url, '{ nationalOverview { total } }', undefined, { token: sut });

    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a request without a token as UNAUTHENTICATED', async () => {
    const res = await graphql(api!.url, '{ nationalOverview { total } }');

    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the demo people of the Keycloak realm', () => {
  const signIn = (username: string) =>
    keycloak!.passwordSignIn(username, `dev-only-${username}`, { redirectUri: CALLBACK });

  it('sign in through the login form; the access token names the person, for the API, without a role claim', async () => {
    for (const username of ['wethouder', 'zorgpartner', 'onderwijspartner', 'justitiepartner']) {
      const sut = claims((await signIn(username)).access_token);

      expect(sut).toMatchObject({
        iss: keycloak!.issuer(),
        azp: 'olievlek-web',
        preferred_username: username,
        email: `${username}@olievlek.invalid`,
        email_verified: true,
        name: expect.stringMatching(/^\S+ \S+$/),
      });
      expect([sut.aud].flat()).toContain(AUDIENCE);
      // Rights come from programme memberships in the product's own directory (P1), not from the token.
      expect(sut.role).toBeUndefined();
      expect(sut.person_role).toBeUndefined();
      expect(sut.municipalities).toBeUndefined();
    }
  });

  it('gives the project lead MUNICIPALITY for GM0363 and keeps the programme manager and kwartiermaker roles', async () => {
    expect(claims((await signIn('projectleider')).access_token)).toMatchObject({
      role: 'MUNICIPALITY',
      municipalities: ['GM0363'],
      name: 'Pim Projectleider',
    });
    expect(claims((await signIn('programmamanager')).access_token)).toMatchObject({
      role: 'PROGRAMME_MANAGER',
      programmes: ['programme-GM0363-1'],
    });
    expect(claims((await signIn('kwartiermaker')).access_token)).toMatchObject({ role: 'KWARTIERMAKER' });
  });

  it('lets a person without a role claim in as a member with no programmes yet, not as a kwartiermaker', async () => {
    const sut = (await signIn('wethouder')).access_token;

    const own = await graphql(api!.url, '{ programmes { totalCount } }', undefined, { token: sut });
    const national = await graphql(api!.url, '{ escalationQueue { programmeId } }', undefined, { token: sut });

    expect(own.errors, JSON.stringify(own.errors)).toBeUndefined();
    expect(own.data).toEqual({ programmes: { totalCount: 0 } });
    expect(codes(national)).toEqual(['FORBIDDEN']);
  });

  it('refuses a wrong password and a redirect URI other than the loopback /auth/callback', async () => {
    await expect(keycloak!.passwordSignIn('wethouder', 'wrong', { redirectUri: CALLBACK })).rejects.toThrow(/refused/);
    for (const redirectUri of ['http://127.0.0.1:45321/elsewhere', 'http://evil.example/auth/callback']) {
      await expect(keycloak!.passwordSignIn('wethouder', 'dev-only-wethouder', { redirectUri })).rejects.toThrow(
        /no login form \(400\)/,
      );
    }
  });
});

describe('two issuers in development, one in production', () => {
  const localToken = (dir: string) =>
    mintToken(launcherSecret(dir), { sub: 'local-kwartiermaker', role: 'KWARTIERMAKER' });

  it('accepts local development tokens beside Keycloak tokens in development', async () => {
    const local = await graphql(api!.url, '{ nationalOverview { total } }', undefined, {
      token: await localToken(join(dataDir, 'api')),
    });
    const oidc = await graphql(api!.url, '{ nationalOverview { total } }', undefined, {
      token: await keycloak!.clientCredentialsToken(KWARTIERMAKER.id, KWARTIERMAKER.secret),
    });

    expect(local.errors, JSON.stringify(local.errors)).toBeUndefined();
    expect(oidc.errors, JSON.stringify(oidc.errors)).toBeUndefined();
  });

  it('refuses local development tokens when the local issuer is off, as in production', async () => {
    // The local issuer is off there, so it made no secret: sign with the development API's.
    const res = await graphql(otherAudienceApi!.url, '{ nationalOverview { total } }', undefined, {
      token: await localToken(join(dataDir, 'api')),
    });

    expect(codes(res)).toEqual(['UNAUTHENTICATED']);
  });
});
