import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../apps/api/src/app';
import { loadApiConfig } from '../apps/api/src/config';
import { startProgramme } from '../libs/domain/src';
import { migrate, openDataSource, ProgrammeReadModel } from '../libs/persistence/src';
import { freePort } from './support/free-port';
import { graphql } from './support/launcher';
import { municipalityCodes } from './support/municipality-codes';
import { launcherSecret, mintToken } from './support/tokens';

// No N+1: a page of programmes with their municipalities costs the same number of SQL queries
// for 5 programmes as for 40. The queries are counted with a TypeORM subscriber on the API's own
// DataSource, over real HTTP against a real SQLite read model.

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-batching-'));
const CODES = municipalityCodes(40);

let app: NestFastifyApplication;
let apiUrl: string;
let token: string;
const queries: string[] = [];

beforeAll(async () => {
  const databaseUrl = join(dataDir, 'olievlek.sqlite');
  const seed = await openDataSource({ url: databaseUrl });
  await migrate(seed);
  const readModel = new ProgrammeReadModel(seed);
  let at = Date.parse('2026-11-01T09:00:00Z');
  for (const code of CODES) {
    const started = startProgramme(
      { programmeId: `programme-${code}-1`, municipalityCode: code, sequence: 1 },
      (at += 60_000),
    );
    if (!started.ok) throw new Error(started.error.message);
    await readModel.upsert(started.value);
  }
  await seed.destroy();

  const config = loadApiConfig({
    PORT: String(await freePort()),
    OLIEVLEK_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`,
    LOG_LEVEL: 'silent',
    // The subscriptions' change feed polls the read model on a timer: not during the count.
    FEED_INTERVAL_MS: '60000',
  });
  app = await createApiApp(config);
  await app.listen(config.port, config.host);
  apiUrl = `http://${config.host}:${config.port}`;
  app.get(DataSource).subscribers.push({ beforeQuery: (event: { query: string }) => void queries.push(event.query) });
  token = await mintToken(launcherSecret(dataDir), { sub: 'kwartiermaker', role: 'KWARTIERMAKER' });
}, 60_000);

afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function countQueries(first: number): Promise<{ n: number; programmes: number }> {
  queries.length = 0;
  const res = await graphql<{
    programmes: { edges: { node: { municipality: { name: string; province: string } } }[] };
  }>(
    apiUrl,
    `{ programmes(first: ${first}) { totalCount edges { node { id phase municipality { name province } } } } }`,
    undefined,
    { token },
  );
  expect(res.errors).toBeUndefined();
  const edges = res.data!.programmes.edges;
  expect(edges.every((e) => e.node.municipality.name.length > 0)).toBe(true);
  return { n: queries.length, programmes: edges.length };
}

describe('programmes page', () => {
  it('loads a page and all its municipalities in a constant number of queries (count, page, one batched municipality load)', async () => {
    const small = await countQueries(5);
    const large = await countQueries(40);
    expect(small.programmes).toBe(5);
    expect(large.programmes).toBe(40);
    expect(large.n).toBe(small.n);
    expect(large.n).toBeLessThanOrEqual(3);
    expect(queries.filter((q) => /FROM "municipality"/i.test(q) && !/JOIN/i.test(q))).toHaveLength(1);
  });
});
