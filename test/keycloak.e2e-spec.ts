import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiProcess } from './support/api-process';
import { DevServer } from './support/dev-server';
import { Keycloak, REALM_FILE } from './support/keycloak';
import { graphql } from './support/launcher';
import { migrateDatabase } from './support/worker-process';

// The API in `jwks` mode against a real Keycloak (infra/ensure-keycloak.sh) with the repo's realm
// (infra/keycloak/olievlek-realm.json): client-credentials service accounts get tokens over HTTP
// and the API reads their `role` and `municipalities` claims. Dev-only secrets, as in the realm file.

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
// Same issuer and keys, but it expects another audience.
let otherAudienceApi: ApiProcess | undefined;

beforeAll(async () => {
  const other = { ...(JSON.parse(readFileSync(REALM_FILE, 'utf8')) as Record<string, unknown>), realm: OTHER_REALM };
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
      env: jwks('another-api'),
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
