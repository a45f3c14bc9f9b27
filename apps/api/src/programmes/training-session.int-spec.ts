import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgrammeState } from '../../../../libs/domain/src';
import { migrate, openDataSource, ProgrammeReadModel } from '../../../../libs/persistence/src';
import { freePort } from '../../../../test/support/free-port';
import { launcherSecret, mintToken } from '../../../../test/support/tokens';
import { calendarFixed, withSession } from '../../../../test/support/training-sessions';
import { createApiApp } from '../app';
import { loadApiConfig } from '../config';

// R3.3 TrainingSession.provisional over GraphQL, read from a SQLite read model holding the domain's
// own states: a session planned under R3.3 on a published school year, and a session of a programme
// recorded before the field existed (no `provisional` in its state).

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-training-session-'));
let app: NestFastifyApplication;
let apiUrl: string;
let token: string;

const planned = withSession(
  calendarFixed('programme-GM0344-1'),
  '2027-10-05',
  'Signalen herkennen',
  Date.parse('2027-01-11T09:00:00.000Z'),
);

/** The same programme as stored by the read model, with its session marked the way R3.3 marks an estimated year. */
function markedProvisional(state: ProgrammeState): ProgrammeState {
  const copy = structuredClone(state);
  copy.programmeId = 'programme-GM0344-2';
  copy.sequence = 2;
  copy.training!.sessions[0]!.provisional = true;
  return copy;
}

async function sessions(id: string): Promise<{ date: string; provisional: boolean }[]> {
  const res = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `{ programme(id: "${id}") { training { sessions { date provisional } } } }` }),
  });
  const body = (await res.json()) as {
    data?: { programme: { training: { sessions: { date: string; provisional: boolean }[] } } };
    errors?: unknown[];
  };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.programme.training.sessions;
}

beforeAll(async () => {
  const databaseUrl = join(dataDir, 'api.sqlite');
  const db = await openDataSource({ url: databaseUrl });
  await migrate(db);
  const readModel = new ProgrammeReadModel(db);
  await readModel.upsert(planned);
  await readModel.upsert(markedProvisional(planned));
  await db.destroy();
  const config = loadApiConfig({
    PORT: String(await freePort()),
    HOST: '127.0.0.1',
    OLIEVLEK_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`,
    LOG_LEVEL: 'silent',
  });
  app = await createApiApp(config);
  await app.listen(config.port, config.host);
  apiUrl = `http://${config.host}:${config.port}`;
  token = await mintToken(launcherSecret(dataDir), { sub: 'training-session-spec', role: 'KWARTIERMAKER' });
}, 120_000);

afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('R3.3 TrainingSession.provisional', () => {
  it('is false for a session on a school day of a published school year (the state has no field)', async () => {
    expect(planned.training!.sessions[0]!.provisional).toBeUndefined();
    expect(await sessions('programme-GM0344-1')).toEqual([{ date: '2027-10-05', provisional: false }]);
  });

  it('is true for a session the domain marked provisional', async () => {
    expect(await sessions('programme-GM0344-2')).toEqual([{ date: '2027-10-05', provisional: true }]);
  });
});
