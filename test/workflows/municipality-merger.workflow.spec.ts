import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMergers, mergerUpdateId } from '../../apps/api/src/reference/apply-mergers';
import { getProgrammeStateQuery, recordMunicipalityMergerUpdate } from '../../libs/contracts/src';
import { amsterdamDate, type ReferenceYearData } from '../../libs/domain/src';
import { applyReferenceYear, ProgrammeEntity } from '../../libs/persistence/src';
import { ProgrammeHarness } from '../support/programme-harness';
import { FIXTURE_YEAR_2099 } from '../support/reference-year-fixture';
import { createTimeSkippingEnv } from '../support/temporal';

// Herindeling (issue 17.6, docs/operations.md "Loading a new reference year"): a running programme
// of a municipality that merged continues under its successor, on the real worker and the
// time-skipping test server. The fixture merger (Ameland + Schiermonnikoog → Waddeneilanden-Oost,
// GM9901) is moved to the coming 1 January so the test clock reaches it in weeks, not decades.

let env: TestWorkflowEnvironment;
let harness: ProgrammeHarness;

beforeEach(async () => {
  env = await createTimeSkippingEnv();
  harness = await ProgrammeHarness.create(env);
});
afterEach(async () => {
  await harness?.dispose();
  await env?.teardown();
});

/** Loads the fixture merger as the next year's division, as its migration would. */
async function loadNextYear(): Promise<number> {
  const year = Number(amsterdamDate(await harness.now()).slice(0, 4)) + 1;
  const data: ReferenceYearData = { ...FIXTURE_YEAR_2099, year };
  const q = harness.dataSource.createQueryRunner();
  try {
    await q.startTransaction();
    await applyReferenceYear(q, data);
    await q.commitTransaction();
  } finally {
    await q.release();
  }
  return year;
}

describe('herindeling: a running programme of a merged municipality', () => {
  it('continues under its successor with the same id, its timeline naming the merger, moved once', async () => {
    const year = await loadNextYear();
    const sut = await harness.start('GM0060', { province: 'Fryslân', schoolHolidayRegion: 'noord' });
    await sut.commit();
    await expect.poll(async () => (await sut.readModelRow())?.phase, { timeout: 10_000 }).toBe('AGENDA');

    // Before 1 January nothing is due: the merger is not in effect yet.
    expect(await applyMergers(harness.dataSource, env.client, await harness.now())).toEqual([]);

    await harness.sleepUntil(`${year}-01-05`, '09:00');
    const outcomes = await applyMergers(harness.dataSource, env.client, await harness.now());
    expect(outcomes).toEqual([
      { programmeId: 'programme-GM0060-1', formerCode: 'GM0060', successorCode: 'GM9901', result: 'MOVED' },
    ]);

    const view = await sut.view();
    expect(view).toMatchObject({
      programmeId: 'programme-GM0060-1',
      municipalityCode: 'GM9901',
      sequence: 1,
      phase: 'AGENDA',
      province: 'Fryslân',
      schoolHolidayRegion: 'noord',
    });
    expect(view.timeline.filter((e) => e.event === 'municipalityMerged')).toEqual([
      expect.objectContaining({
        by: { role: 'SYSTEM' },
        summary: `Gemeente Ameland is per 1 januari ${year} opgegaan in Waddeneilanden-Oost.`,
      }),
    ]);

    // The read model follows: the same row, now under the successor; the former code has no programme.
    await expect
      .poll(
        async () =>
          (await harness.dataSource.getRepository(ProgrammeEntity).findOneBy({ id: sut.id }))?.municipalityCode,
        { timeout: 10_000 },
      )
      .toBe('GM9901');
    expect((await harness.readModel.findLatest('GM9901'))?.id).toBe('programme-GM0060-1');
    expect(await harness.readModel.findLatest('GM0060')).toBeNull();

    // Running it again finds nothing to do; a repeated send with the same update id changes nothing.
    expect(await applyMergers(harness.dataSource, env.client, await harness.now())).toEqual([]);
    await sut.handle.executeUpdate(recordMunicipalityMergerUpdate, {
      args: [{ successorCode: 'GM9901', effectiveOn: `${year}-01-01` }],
      updateId: mergerUpdateId(sut.id, 'GM9901'),
    });
    const again = await sut.handle.query(getProgrammeStateQuery);
    expect(again.timeline.filter((e) => e.event === 'municipalityMerged')).toHaveLength(1);
    expect(again.version).toBe(view.version);

    // And the programme goes on under its successor.
    const next = await sut.step('recordBottleneck', { description: 'Eilanden delen geen signalen', domain: 'CARE' });
    expect(next.municipalityCode).toBe('GM9901');
  });

  it('a programme that ended stays with its former municipality', async () => {
    const year = await loadNextYear();
    const sut = await harness.start('GM0088', { province: 'Fryslân', schoolHolidayRegion: 'noord' });
    await sut.step('abortProgramme', { reason: 'Opgaan in de nieuwe gemeente' }, { role: 'KWARTIERMAKER' });
    await expect.poll(async () => (await sut.readModelRow())?.status, { timeout: 10_000 }).toBe('ABORTED');
    await harness.sleepUntil(`${year}-01-05`, '09:00');
    expect(await applyMergers(harness.dataSource, env.client, await harness.now())).toEqual([]);
    expect((await sut.readModelRow())?.municipalityCode).toBe('GM0088');
  });
});
