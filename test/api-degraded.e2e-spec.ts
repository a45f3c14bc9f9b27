import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiApp } from '../apps/api/src/app';
import { loadApiConfig } from '../apps/api/src/config';
import { freePort } from './support/free-port';
import { graphql } from './support/launcher';
import { launcherSecret, mintToken } from './support/tokens';

// The API when what it depends on is missing: Temporal unreachable, database without schema.
const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-degraded-'));
let app: NestFastifyApplication;
let apiUrl: string;

beforeAll(async () => {
  const closedPort = await freePort();
  const config = loadApiConfig({
    PORT: String(await freePort()),
    OLIEVLEK_DATA_DIR: dataDir,
    TEMPORAL_ADDRESS: `127.0.0.1:${closedPort}`,
    LOG_LEVEL: 'silent',
  });
  app = await createApiApp(config);
  await app.listen(config.port, config.host);
  apiUrl = `http://${config.host}:${config.port}`;
});

afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('API with its dependencies down', () => {
  it('answers /health with 503 and names what is down', async () => {
    const res = await fetch(`${apiUrl}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable', database: 'up', temporal: 'down' });
  });

  it('masks an unexpected failure: a stable code, a Dutch sentence, no SQL or stack trace', async () => {
    // The database file exists but no migration ran: the query fails inside TypeORM.
    const token = await mintToken(launcherSecret(dataDir), { sub: 'e2e', role: 'KWARTIERMAKER' });
    const res = await graphql(apiUrl, '{ programme(municipalityCode: "GM0363") { id } }', undefined, { token });
    expect(res.status).toBe(200);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(res.errors![0].message).toMatch(/Er ging iets mis/);
    expect(JSON.stringify(res)).not.toMatch(/SELECT|sqlite|no such table|at .*\.js/i);
  });

  it('binds only to the loopback interface by default', () => {
    const address = app.getHttpServer().address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });
});
