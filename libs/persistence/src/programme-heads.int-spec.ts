import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../../test/support/postgres';
import { startProgramme, type ProgrammeState } from '../../domain/src';
import { migrate, openDataSource, ProgrammeReadModel } from './index';

// Issue 18.1: the `programme` query reads a head (the row without its state JSON) and the state
// only when the API's cache lacks that version; heads and full rows must agree field for field.
const state = (municipalityCode: string, sequence: number, over: Partial<ProgrammeState> = {}): ProgrammeState => {
  const started = startProgramme(
    { programmeId: `programme-${municipalityCode}-${sequence}`, municipalityCode, sequence },
    Date.parse('2027-01-04T08:00:00.000Z'),
  );
  if (!started.ok) throw new Error(started.error.message);
  return { ...started.value, ...over };
};

const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-heads-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, 'read-model.sqlite') },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('programme heads on $kind (issue 18.1)', ({ url }) => {
  let dataSource: DataSource;
  let readModel: ProgrammeReadModel;

  beforeAll(async () => {
    dataSource = await openDataSource({ url: await url() });
    await migrate(dataSource);
    readModel = new ProgrammeReadModel(dataSource);
    await readModel.upsert(state('GM0363', 1, { status: 'CLOSED', phase: 'CLOSED' }));
    await readModel.upsert(state('GM0363', 2, { riskFlags: ['EXTERNAL_LEAD'] }));
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('a head is the identity of the row, phase, status and version with its municipality, for the latest programme and by id', async () => {
    const full = await readModel.findLatest('GM0363');
    const head = await readModel.findLatestHead('GM0363');
    expect(full?.id).toBe('programme-GM0363-2');
    const { id, municipalityCode, sequence, phase, status, startedAt, updatedAt, version, municipality } = full!;
    expect(head).toEqual(
      expect.objectContaining({ id, municipalityCode, sequence, phase, status, startedAt, updatedAt, version }),
    );
    expect(head?.municipality).toEqual(municipality);
    // Only what the programme query needs: neither the state JSON nor the columns behind it.
    expect((head as { state?: unknown } | null)?.state).toBeUndefined();
    expect((head as { riskFlags?: unknown } | null)?.riskFlags).toBeUndefined();
    const byId = await readModel.findHeadById('programme-GM0363-1');
    expect(byId).toMatchObject({ id: 'programme-GM0363-1', status: 'CLOSED', municipality: { name: 'Amsterdam' } });
    expect((byId as { state?: unknown } | null)?.state).toBeUndefined();
    expect(await readModel.findHeadById('programme-none')).toBeNull();
    expect(await readModel.findLatestHead('GM0014')).toBeNull();
  });

  it('findById answers the full row as before', async () => {
    const row = await readModel.findById('programme-GM0363-2');
    expect(row).toMatchObject({
      id: 'programme-GM0363-2',
      riskFlags: ',EXTERNAL_LEAD,',
      municipality: { code: 'GM0363' },
    });
    expect(JSON.parse(row!.state)).toMatchObject({ programmeId: 'programme-GM0363-2' });
    expect(await readModel.findById('programme-none')).toBeNull();
  });

  it('stateAt answers the stored state and its version, a newer one once projected', async () => {
    const before = await readModel.stateAt('programme-GM0363-2');
    expect(before).toMatchObject({ version: 1 });
    expect(JSON.parse(before!.state)).toMatchObject({ version: 1, riskFlags: ['EXTERNAL_LEAD'] });
    await readModel.upsert(state('GM0363', 2, { version: 2, riskFlags: [] }));
    const after = await readModel.stateAt('programme-GM0363-2');
    expect(after?.version).toBe(2);
    expect(JSON.parse(after!.state)).toMatchObject({ version: 2, riskFlags: [] });
    expect((await readModel.findHeadById('programme-GM0363-2'))?.version).toBe(2);
    expect(await readModel.stateAt('programme-none')).toBeNull();
  });
});
