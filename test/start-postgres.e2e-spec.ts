import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, Launcher } from './support/launcher';
import { createDatabase } from './support/postgres';

// `npm start` with DATABASE_URL=postgres://…: the same build, the read model on PostgreSQL.
let launcher: Launcher;
let databaseUrl: string;

beforeAll(async () => {
  databaseUrl = await createDatabase(inject('postgresAdminUrl'), 'e2e');
  launcher = await Launcher.onFreePorts({ DATABASE_URL: databaseUrl });
  await launcher.start();
});

afterAll(async () => {
  await launcher?.dispose();
});

describe('npm start on PostgreSQL', () => {
  it('migrates PostgreSQL, starts a programme and projects it there', async () => {
    const started = await graphql<{ startProgramme: { id: string; phase: string } }>(
      launcher.apiUrl,
      'mutation { startProgramme(municipalityCode: "GM0599") { id phase } }',
      undefined,
      { token: await launcher.token() },
    );
    expect(started.data?.startProgramme).toEqual({ id: 'programme-GM0599-1', phase: 'COMMITMENT' });

    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      expect((await client.query('SELECT COUNT(*)::int AS n FROM municipality')).rows[0].n).toBe(342);
      await expect
        .poll(async () => (await client.query('SELECT id, phase, status FROM programme')).rows, { timeout: 10_000 })
        .toEqual([{ id: 'programme-GM0599-1', phase: 'COMMITMENT', status: 'ACTIVE' }]);
    } finally {
      await client.end();
    }
    // The embedded SQLite default was not used at all.
    expect(existsSync(join(launcher.dataDir, 'olievlek.sqlite'))).toBe(false);
    const read = await graphql<{ programme: { municipality: { name: string } } }>(
      launcher.apiUrl,
      '{ programme(municipalityCode: "GM0599") { municipality { name } } }',
      undefined,
      { token: await launcher.token() },
    );
    expect(read.data?.programme.municipality.name).toBe('Rotterdam');
  });
});
