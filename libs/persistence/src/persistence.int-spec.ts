import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../../test/support/postgres';
import { createReadModelActivities } from '../../activities/src/read-model.activities';
import type { ProgrammeSnapshot } from '../../domain/src';
import { MunicipalityEntity, migrate, openDataSource, ProgrammeEntity, ProgrammeReadModel } from './index';

const snapshot = (over: Partial<ProgrammeSnapshot> = {}): ProgrammeSnapshot => ({
  programmeId: 'programme-GM0363-1',
  municipalityCode: 'GM0363',
  sequence: 1,
  phase: 'COMMITMENT',
  status: 'ACTIVE',
  startedAt: '2027-01-04T08:00:00.000Z',
  updatedAt: '2027-01-04T08:00:00.000Z',
  version: 1,
  ...over,
});

const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-sqlite-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, 'read-model.sqlite') },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('read model on $kind', ({ url }) => {
  let dataSource: DataSource;
  let applied: string[];

  beforeAll(async () => {
    dataSource = await openDataSource({ url: await url() });
    applied = await migrate(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('applies every migration on an empty database, and none a second time', async () => {
    expect(applied).toEqual(['InitialSchema1763920000000', 'SeedMunicipalities20251763920000001']);
    expect(await migrate(dataSource)).toEqual([]);
  });

  it('holds the 342 municipalities of 2025 with their regions', async () => {
    const repo = dataSource.getRepository(MunicipalityEntity);
    expect(await repo.count()).toBe(342);
    const byRegion = await repo
      .createQueryBuilder('m')
      .select('m.school_holiday_region', 'region')
      .addSelect('COUNT(*)', 'n')
      .groupBy('m.school_holiday_region')
      .orderBy('region')
      .getRawMany<{ region: string; n: string | number }>();
    expect(byRegion.map((r) => [r.region, Number(r.n)])).toEqual([
      ['midden', 108],
      ['noord', 116],
      ['zuid', 118],
    ]);
    const heerlen = await repo.findOneByOrFail({ code: 'GM0917' });
    expect(heerlen).toMatchObject({
      name: 'Heerlen',
      province: 'Limburg',
      veiligThuisRegion: 'Zuid-Limburg',
      schoolHolidayRegion: 'zuid',
      referenceYear: 2025,
    });
    const amsterdam = await repo.findOneByOrFail({ code: 'GM0363' });
    expect(amsterdam).toMatchObject({ name: 'Amsterdam', province: 'Noord-Holland', schoolHolidayRegion: 'noord' });
    expect(amsterdam.labelLat).toBeCloseTo(52.37, 1);
  });

  it('projects a programme idempotently: a repeat or an older version changes nothing', async () => {
    const { projectProgramme } = createReadModelActivities({ dataSource });
    const programmes = dataSource.getRepository(ProgrammeEntity);

    await projectProgramme(snapshot());
    await projectProgramme(snapshot());
    expect(await programmes.countBy({ municipalityCode: 'GM0363' })).toBe(1);

    await projectProgramme(snapshot({ version: 3, phase: 'AGENDA', updatedAt: '2027-02-01T09:00:00.000Z' }));
    await projectProgramme(snapshot({ version: 2, phase: 'COMMITMENT', updatedAt: '2027-01-20T09:00:00.000Z' }));
    const row = await programmes.findOneByOrFail({ id: 'programme-GM0363-1' });
    expect(row).toMatchObject({ phase: 'AGENDA', version: 3, updatedAt: '2027-02-01T09:00:00.000Z' });
    expect(JSON.parse(row.state)).toMatchObject({ phase: 'AGENDA', version: 3 });
  });

  it('finds the latest programme of a municipality, with the municipality', async () => {
    const readModel = new ProgrammeReadModel(dataSource);
    await readModel.upsert(snapshot({ programmeId: 'programme-GM0505-1', municipalityCode: 'GM0505', status: 'CLOSED', phase: 'CLOSED' }));
    await readModel.upsert(snapshot({ programmeId: 'programme-GM0505-2', municipalityCode: 'GM0505', sequence: 2 }));
    const latest = await readModel.findLatest('GM0505');
    expect(latest).toMatchObject({ id: 'programme-GM0505-2', sequence: 2, status: 'ACTIVE' });
    expect(latest?.municipality?.name).toBe('Dordrecht');
    expect(await readModel.findLatest('GM0014')).toBeNull();
  });

  it('refuses a programme for a municipality that does not exist', async () => {
    const readModel = new ProgrammeReadModel(dataSource);
    await expect(
      readModel.upsert(snapshot({ programmeId: 'programme-GM9999-1', municipalityCode: 'GM9999' })),
    ).rejects.toThrow();
  });
});
