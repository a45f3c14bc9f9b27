import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProgramme } from '../../../../libs/domain/src';
import { EMBEDDED_ISSUER } from '../../../../libs/platform/src';
import {
  inTransaction,
  MemberDirectory,
  migrate,
  openDataSource,
  ProgrammeReadModel,
} from '../../../../libs/persistence/src';
import { freePort } from '../../../../test/support/free-port';
import { graphql } from '../../../../test/support/launcher';
import { municipalityCodes } from '../../../../test/support/municipality-codes';
import { launcherSecret, mintToken } from '../../../../test/support/tokens';
import { createApiApp } from '../app';
import { loadApiConfig } from '../config';

// Me.tasks reads the person's memberships and their programmes in a constant number of SQL
// queries (no query per programme), counted with a TypeORM subscriber on the API's own DataSource,
// over HTTP against a real SQLite read model; a kwartiermaker's mentor pairings are capped.

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-tasks-'));
const CODES = municipalityCodes(40);

let app: NestFastifyApplication;
let apiUrl: string;
const queries: string[] = [];

beforeAll(async () => {
  const databaseUrl = join(dataDir, 'olievlek.sqlite');
  const seed = await openDataSource({ url: databaseUrl });
  await migrate(seed);
  const readModel = new ProgrammeReadModel(seed);
  const directory = new MemberDirectory(seed);
  let at = Date.parse('2026-11-02T09:00:00Z');
  for (const code of CODES) {
    const started = startProgramme(
      { programmeId: `programme-${code}-1`, municipalityCode: code, sequence: 1 },
      (at += 60_000),
    );
    if (!started.ok) throw new Error(started.error.message);
    await readModel.upsert(started.value);
  }
  await inTransaction(seed, async (m) => {
    for (const [subject, count] of [
      ['few', 5],
      ['many', 40],
    ] as const) {
      const member = await directory.ensureMember({ issuer: EMBEDDED_ISSUER, subject, name: subject }, m);
      for (const code of CODES.slice(0, count))
        await directory.grant(m, { programmeId: `programme-${code}-1`, memberId: member.id, role: 'PROJECT_LEAD' });
    }
  });
  await seed.destroy();

  const config = loadApiConfig({
    PORT: String(await freePort()),
    OLIEVLEK_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}`,
    LOG_LEVEL: 'silent',
    FEED_INTERVAL_MS: '60000',
  });
  app = await createApiApp(config);
  await app.listen(config.port, config.host);
  apiUrl = `http://${config.host}:${config.port}`;
  app.get(DataSource).subscribers.push({ beforeQuery: (event: { query: string }) => void queries.push(event.query) });
}, 60_000);

afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type Answer = { me: { tasks: Array<{ programme: { id: string; name: string }; step: string; label: string }> } };

async function tasksOf(claims: Record<string, unknown>): Promise<{ n: number; tasks: Answer['me']['tasks'] }> {
  const token = await mintToken(launcherSecret(dataDir), claims);
  queries.length = 0;
  const res = await graphql<Answer>(
    apiUrl,
    `
      {
        me {
          tasks {
            programme {
              id
              name
              municipality {
                name
              }
            }
            step
            label
          }
        }
      }
    `,
    undefined,
    { token },
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return { n: queries.length, tasks: res.data!.me.tasks };
}

describe('Me.tasks reads in one batch', () => {
  it('costs the same number of queries for 5 programmes as for 40, names and municipalities included', async () => {
    const few = await tasksOf({ sub: 'few' });
    const many = await tasksOf({ sub: 'many' });
    // R1.1, R1.2, R1.3 in each new programme.
    expect(few.tasks).toHaveLength(15);
    expect(many.tasks).toHaveLength(120);
    expect(new Set(many.tasks.map((t) => t.programme.id)).size).toBe(40);
    expect(many.tasks.every((t) => t.programme.name.startsWith('Collectief tegen kindermishandeling '))).toBe(true);
    expect(many.n).toBe(few.n);
    expect(many.n, queries.join('\n')).toBeLessThanOrEqual(3);
  });

  it('gives a person without memberships nothing, in the same few queries', async () => {
    const nobody = await tasksOf({ sub: 'nobody' });
    expect(nobody.tasks).toEqual([]);
    expect(nobody.n).toBeLessThanOrEqual(3);
  });

  it('shows a kwartiermaker the 25 new programmes without a mentor that started longest ago', async () => {
    const { tasks } = await tasksOf({ sub: 'kwartiermaker', role: 'KWARTIERMAKER' });
    expect(tasks.every((t) => t.step === 'recordMentorPairing')).toBe(true);
    expect(tasks.map((t) => t.programme.id).sort()).toEqual(
      CODES.slice(0, 25)
        .map((c) => `programme-${c}-1`)
        .sort(),
    );
  });
});
