import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase } from '../../../test/support/postgres';
import { AFTER_FIXTURE_MERGER, FIXTURE_YEAR_2099 } from '../../../test/support/reference-year-fixture';
import { recordMunicipalityMerger, startProgramme, type ProgrammeState } from '../../domain/src';
import {
  applyReferenceYear,
  migrate,
  readReferenceYear,
  MunicipalityEntity,
  openDataSource,
  ProgrammeEntity,
  ProgrammeReadModel,
  ReferenceYearError,
  revertReferenceYear,
} from './index';

// Herindeling (issue 17.6): a reference year is loaded by a migration that closes the merged
// municipalities and adds the new one, on SQLite and PostgreSQL, with a FIXTURE year 2099.

const sqliteDir = mkdtempSync(join(tmpdir(), 'olievlek-reference-years-'));
afterAll(() => rmSync(sqliteDir, { recursive: true, force: true }));

/** Runs `work` the way a migration runs: one query runner, one transaction, rolled back on a throw. */
async function asMigration<T>(dataSource: DataSource, work: (q: import('typeorm').QueryRunner) => Promise<T>) {
  const q = dataSource.createQueryRunner();
  await q.startTransaction();
  try {
    const result = await work(q);
    await q.commitTransaction();
    return result;
  } catch (error) {
    await q.rollbackTransaction();
    throw error;
  } finally {
    await q.release();
  }
}

describe.each([
  { kind: 'SQLite', url: async () => join(sqliteDir, 'reference-years.sqlite') },
  { kind: 'PostgreSQL', url: async () => createDatabase(inject('postgresAdminUrl')) },
])('reference years on $kind', ({ url }) => {
  let dataSource: DataSource;
  const municipalities = () => dataSource.getRepository(MunicipalityEntity);
  const snapshot = async () =>
    JSON.stringify(await municipalities().find({ order: { code: 'ASC' } }), (_k, v: unknown) => v);

  beforeAll(async () => {
    dataSource = await openDataSource({ url: await url() });
    await migrate(dataSource);
  });
  afterAll(async () => {
    await dataSource?.destroy();
  });

  it('holds the 342 municipalities of 2025 as current from 2025, without successors (migration 0017)', async () => {
    expect(await municipalities().countBy({ validFrom: 2025 })).toBe(342);
    const current = await municipalities().find();
    expect(current.every((m) => m.validUntil === null && m.successorCode === null)).toBe(true);
  });

  it('refuses a year that does not fit, naming every problem, and changes nothing', async () => {
    const before = await snapshot();
    const wrong = {
      ...FIXTURE_YEAR_2099,
      expectedCount: 340,
      mergers: [{ ...FIXTURE_YEAR_2099.mergers[0]!, merged: ['GM0060', 'GM0999'] }],
    };
    const failure = await asMigration(dataSource, (q) => applyReferenceYear(q, wrong)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ReferenceYearError);
    expect((failure as ReferenceYearError).problems.map((p) => p.kind)).toEqual([
      'MERGED_CODE_UNKNOWN',
      'COUNT_MISMATCH',
    ]);
    expect((failure as Error).message).toContain('merged municipality GM0999 does not exist');
    expect(await snapshot()).toBe(before);
  });

  it('loads the fixture year 2099: old rows kept and closed with their successor, the new one added', async () => {
    const ameland2025 = await municipalities().findOneByOrFail({ code: 'GM0060' });
    // The year's data as a migration reads it: a JSON file.
    const file = join(sqliteDir, `year-2099-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify(FIXTURE_YEAR_2099, null, 2));
    const plan = await asMigration(dataSource, (q) => applyReferenceYear(q, readReferenceYear(file)));
    expect(plan.closes.map((c) => c.code)).toEqual(['GM0060', 'GM0088']);

    expect(await municipalities().findOneByOrFail({ code: 'GM0060' })).toEqual({
      ...ameland2025,
      validUntil: 2098,
      successorCode: 'GM9901',
    });
    expect(await municipalities().findOneByOrFail({ code: 'GM0088' })).toMatchObject({
      name: 'Schiermonnikoog',
      validFrom: 2025,
      validUntil: 2098,
      successorCode: 'GM9901',
    });
    expect(await municipalities().findOneByOrFail({ code: 'GM9901' })).toMatchObject({
      name: 'Waddeneilanden-Oost',
      province: 'Fryslân',
      veiligThuisCode: 'VT04',
      schoolHolidayRegion: 'noord',
      referenceYear: 2099,
      validFrom: 2099,
      validUntil: null,
      successorCode: null,
    });
    // Every other municipality is untouched: 343 rows, 341 current (the year's published count).
    expect(await municipalities().count()).toBe(343);
    const current = await municipalities().createQueryBuilder('m').where('m.valid_until IS NULL').getCount();
    expect(current).toBe(341);
    expect(await municipalities().findOneByOrFail({ code: 'GM0363' })).toMatchObject({
      validUntil: null,
      successorCode: null,
    });
  });

  it('refuses loading the same year twice', async () => {
    const failure = await asMigration(dataSource, (q) => applyReferenceYear(q, FIXTURE_YEAR_2099)).catch(
      (e: unknown) => e,
    );
    expect((failure as ReferenceYearError).problems.map((p) => p.kind)).toContain('YEAR_NOT_AFTER_LOADED');
  });

  it('reverts the year (a migration down): the merged rows reopen and the new one goes; it loads again', async () => {
    await asMigration(dataSource, (q) => revertReferenceYear(q, 2099));
    expect(await municipalities().count()).toBe(342);
    expect(await municipalities().findOneByOrFail({ code: 'GM0088' })).toMatchObject({
      validUntil: null,
      successorCode: null,
    });
    await asMigration(dataSource, (q) => applyReferenceYear(q, FIXTURE_YEAR_2099));
    expect(await municipalities().count()).toBe(343);
  });

  it("moves a running programme's row to the successor under the same id when its state does", async () => {
    const readModel = new ProgrammeReadModel(dataSource);
    const started = startProgramme(
      { programmeId: 'programme-GM0060-1', municipalityCode: 'GM0060', sequence: 1 },
      Date.parse('2098-06-01T08:00:00.000Z'),
    );
    if (!started.ok) throw new Error(started.error.message);
    await readModel.upsert(started.value);
    const merged = recordMunicipalityMerger(
      started.value,
      {
        successorCode: 'GM9901',
        effectiveOn: '2099-01-01',
        sequence: 1,
        formerName: 'Ameland',
        successorName: 'Waddeneilanden-Oost',
      },
      AFTER_FIXTURE_MERGER,
    );
    if (!merged.ok) throw new Error(merged.error.message);
    await readModel.upsert(merged.value);

    const row = await dataSource.getRepository(ProgrammeEntity).findOneByOrFail({ id: 'programme-GM0060-1' });
    expect(row).toMatchObject({ municipalityCode: 'GM9901', sequence: 1 });
    expect((JSON.parse(row.state) as ProgrammeState).timeline.at(-1)?.summary).toBe(
      'Gemeente Ameland is per 1 januari 2099 opgegaan in Waddeneilanden-Oost.',
    );
    // The national map's list shows it under the successor, and the successor's latest programme is it.
    const page = await readModel.page({
      scope: 'ALL',
      filter: { latestPerMunicipality: true, municipalityCode: 'GM9901' },
      sort: 'STARTED_AT',
      direction: 'DESC',
      first: 10,
    });
    expect(page.rows.map((r) => r.id)).toEqual(['programme-GM0060-1']);
    expect((await readModel.findLatest('GM9901'))?.id).toBe('programme-GM0060-1');
    expect(await readModel.findLatest('GM0060')).toBeNull();
  });
});
