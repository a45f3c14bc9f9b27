import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../apps/api/src/app';
import { loadApiConfig } from '../apps/api/src/config';
import { migrate, openDataSource } from '../libs/persistence/src';
import { PostgresServer } from './chaos/support/postgres-server';
import { freePort } from './support/free-port';
import { launcherSecret, mintToken } from './support/tokens';

// Issue 7: when the read model's database or Temporal is out of reach, a user gets a clear,
// retryable answer (SERVICE_UNAVAILABLE, HTTP 503 with Retry-After), not an "internal error",
// and nothing is recorded. The API runs on a real PostgreSQL that the test stops and starts, with
// Temporal on a closed port.

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-unavailable-'));
let pg: PostgresServer;
let app: NestFastifyApplication;
let apiUrl: string;
let token: string;
let readModel: DataSource;

interface Answer {
  status: number;
  retryAfter: string | null;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string; details?: { retryAfterSeconds?: number } } }[];
  };
}

async function ask(query: string, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query }),
  });
  const text = await res.text();
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    text,
    body: JSON.parse(text) as Answer['body'],
  };
}

const INTERNALS = /SELECT|ECONNREFUSED|postgres|127\.0\.0\.1|terminat|\bat .*\.js|Error:/i;

beforeAll(async () => {
  pg = await PostgresServer.create(process.env.OLIEVLEK_PG_BIN as string);
  const databaseUrl = await pg.createDatabase('unavailable');
  readModel = await openDataSource({ url: databaseUrl });
  await migrate(readModel);
  const config = loadApiConfig({
    PORT: String(await freePort()),
    OLIEVLEK_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`,
    LOG_LEVEL: 'silent',
  });
  app = await createApiApp(config);
  await app.listen(config.port, config.host);
  apiUrl = `http://${config.host}:${config.port}`;
  token = await mintToken(launcherSecret(dataDir), { sub: 'e2e', role: 'KWARTIERMAKER' });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await readModel?.destroy().catch(() => undefined);
  await pg?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a dependency out of reach gives a retryable answer', () => {
  it('answers normally while everything is up (the control)', async () => {
    const res = await ask('{ programme(municipalityCode: "GM0363") { id } nationalOverview { total } }');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { programme: null, nationalOverview: { total: 0 } } });
  });

  it('Temporal unreachable: startProgramme says SERVICE_UNAVAILABLE with 503 and Retry-After, and nothing starts', async () => {
    const res = await ask('mutation { startProgramme(municipalityCode: "GM0363") { id } }');
    expect(res.status).toBe(503);
    expect(res.retryAfter).toBe('15');
    expect(res.body.data).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', details: { retryAfterSeconds: 15 } });
    expect(res.body.errors![0].message).toMatch(/Probeer het over 15 seconden opnieuw/);
    expect(res.text).not.toMatch(INTERNALS);
    const [{ count }] = (await readModel.query('SELECT count(*)::int AS count FROM programme')) as { count: number }[];
    expect(count).toBe(0);
  }, 90_000);

  for (const mode of ['fast', 'immediate'] as const) {
    it(`PostgreSQL stopped (${mode}): reads and the CSV export say so with 503 and Retry-After; back to 200 once it returns`, async () => {
      await pg.stop(mode);
      try {
        const read = await ask('{ programme(municipalityCode: "GM0363") { id } nationalOverview { total } }');
        expect(read.status).toBe(503);
        expect(read.retryAfter).toBe('15');
        expect(read.body.errors!.map((e) => e.extensions?.code)).toEqual([
          'SERVICE_UNAVAILABLE',
          'SERVICE_UNAVAILABLE',
        ]);
        expect(read.body.errors![0].message).toMatch(/gegevens van Olievlek zijn even niet bereikbaar/);
        expect(read.text).not.toMatch(INTERNALS);

        const english = await ask('{ nationalOverview { total } }', { 'accept-language': 'en' });
        expect(english.body.errors![0].message).toMatch(/briefly out of reach/);

        const csv = await fetch(`${apiUrl}/export/overview.csv`, { headers: { authorization: `Bearer ${token}` } });
        expect(csv.status).toBe(503);
        expect(csv.headers.get('retry-after')).toBe('15');
        const csvBody = await csv.text();
        expect(JSON.parse(csvBody)).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
        expect(csvBody).not.toMatch(INTERNALS);

        // An unknown municipality is still refused as such: validation needs no database.
        const malformed = await ask('{ programme(municipalityCode: "XX") { id } }');
        expect(malformed.status).toBe(200);
        expect(malformed.body.errors![0].extensions?.code).toBe('VALIDATION_FAILED');
      } finally {
        await pg.start();
      }
      // The pool reconnects by itself; the same read answers again.
      let again: Answer | undefined;
      for (let i = 0; i < 50; i++) {
        again = await ask('{ programme(municipalityCode: "GM0363") { id } nationalOverview { total } }');
        if (again.status === 200) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(again!.body).toEqual({ data: { programme: null, nationalOverview: { total: 0 } } });
    }, 90_000);
  }
});
