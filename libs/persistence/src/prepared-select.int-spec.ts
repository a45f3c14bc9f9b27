import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../../test/support/postgres';
import { startProgramme, type ProgrammeState } from '../../domain/src';
import { migrate, MunicipalityEntity, openDataSource, ProgrammeEntity, ProgrammeReadModel } from './index';
import { PreparedSelect } from './prepared-select';

// `programme(municipalityCode)` reads through a PreparedSelect: the same entities as TypeORM's
// own loader must come out, field for field and type for type, on both databases.
const state = (municipalityCode: string, sequence: number, over: Partial<ProgrammeState> = {}): ProgrammeState => {
  const started = startProgramme(
    { programmeId: `programme-${municipalityCode}-${sequence}`, municipalityCode, sequence },
    Date.parse('2027-01-04T08:00:00.000Z'),
  );
  if (!started.ok) throw new Error(started.error.message);
  return { ...started.value, ...over };
};

const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-prepared-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, 'read-model.sqlite') },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('PreparedSelect on $kind', ({ url }) => {
  let dataSource: DataSource;
  const builder = (ds: DataSource) => () =>
    ds
      .getRepository(ProgrammeEntity)
      .createQueryBuilder('p')
      .innerJoinAndSelect('p.municipality', 'm')
      .where('p.municipality_code = :municipalityCode')
      .orderBy('p.sequence', 'DESC')
      .limit(1);

  beforeAll(async () => {
    dataSource = await openDataSource({ url: await url() });
    await migrate(dataSource);
    const readModel = new ProgrammeReadModel(dataSource);
    await readModel.upsert(state('GM0363', 1, { status: 'CLOSED', phase: 'CLOSED' }));
    await readModel.upsert(
      state('GM0363', 2, {
        mentor: {
          kind: 'PIONEER',
          municipalityCode: 'GM0599',
          name: 'Rotterdam',
          pairedAt: '2027-02-01T08:00:00.000Z',
          by: { role: 'KWARTIERMAKER', name: 'Kim' },
        },
      }),
    );
    await readModel.upsert(state('GM0014', 1));
  });

  afterAll(async () => {
    await dataSource?.destroy();
  });

  it("answers exactly what the query builder's own loader answers, for every municipality and none", async () => {
    const sut = new PreparedSelect(dataSource, builder(dataSource), ['municipalityCode'], { municipality: 'm' });
    for (const code of ['GM0363', 'GM0014', 'GM0034']) {
      const expected = await builder(dataSource)().setParameters({ municipalityCode: code }).getOne();
      const actual = await sut.one({ municipalityCode: code });
      expect(actual).toEqual(expected);
      if (expected) {
        expect(actual).toBeInstanceOf(ProgrammeEntity);
        expect(actual!.municipality).toBeInstanceOf(MunicipalityEntity);
        // Driver conversions: numbers stay numbers (PostgreSQL sends doubles and integers as such).
        expect(typeof actual!.municipality!.lat).toBe('number');
        expect(typeof actual!.version).toBe('number');
      }
    }
    expect((await sut.one({ municipalityCode: 'GM0363' }))!.sequence).toBe(2);
    expect((await sut.one({ municipalityCode: 'GM0363' }))!.mentorMunicipalityCode).toBe('GM0599');
  });

  it('refuses a query whose parameters are not the ones named (a value would land in the wrong place)', async () => {
    const sut = new PreparedSelect(dataSource, builder(dataSource), ['sequence'], {});
    await expect(sut.one({ sequence: 1 })).rejects.toThrow(/parameters/);
  });

  it('a value that looks like SQL is a value, not SQL', async () => {
    const sut = new PreparedSelect(dataSource, builder(dataSource), ['municipalityCode'], { municipality: 'm' });
    expect(await sut.one({ municipalityCode: "GM0363' OR '1'='1" })).toBeNull();
  });
});
