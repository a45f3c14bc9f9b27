import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgrammeHarness } from '../support/programme-harness';
import { createTimeSkippingEnv } from '../support/temporal';

let env: TestWorkflowEnvironment;
let harness: ProgrammeHarness;

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  harness = await ProgrammeHarness.create(env);
});
afterAll(async () => {
  await harness?.dispose();
  await env?.teardown();
});

describe('programme lifecycle workflow: start', () => {
  it('starts in COMMITMENT with its checklist, keeps running, and projects into the read model', async () => {
    const sut = await harness.start('GM0917', { province: 'Limburg', schoolHolidayRegion: 'zuid' });
    const view = await sut.view();
    expect(view).toMatchObject({
      programmeId: 'programme-GM0917-1',
      municipalityCode: 'GM0917',
      phase: 'COMMITMENT',
      status: 'ACTIVE',
      version: 1,
      settings: {
        stallThresholdWeeks: { COMMITMENT: 6, AGENDA: 12, EXECUTION: 8, EMBEDDING: 8 },
        calendarCutoff: '05-31',
      },
      openEscalationLevel: 0,
    });
    expect(view.checklist.filter((i) => i.blocking).map((i) => i.ruleId)).toEqual(['R1.1', 'R1.2', 'R1.3']);
    expect(view.nextDeadlineAt).toBe(new Date(Date.parse(view.startedAt) + 6 * 7 * 86_400_000).toISOString());
    // The workflow keeps running: a programme lasts years, not one request.
    expect((await sut.handle.describe()).status.name).toBe('RUNNING');
    await expect
      .poll(() => sut.readModelRow(), { timeout: 10_000 })
      .toMatchObject({
        id: 'programme-GM0917-1',
        phase: 'COMMITMENT',
        status: 'ACTIVE',
        startedAt: view.startedAt,
        municipality: { name: 'Heerlen' },
      });
  });

  it('keeps search attributes in step with phase, status and the highest open escalation', async () => {
    const sut = await harness.start('GM0917', { sequence: 2, province: 'Limburg', schoolHolidayRegion: 'zuid' });
    await sut.commit();
    await expect
      .poll(async () => (await sut.handle.describe()).searchAttributes, { timeout: 10_000 })
      .toMatchObject({
        Phase: ['AGENDA'],
        ProgrammeStatus: ['ACTIVE'],
        MunicipalityCode: ['GM0917'],
        Province: ['Limburg'],
        OpenEscalationLevel: [0],
      });
    await sut.step('pauseProgramme', { reason: 'Verkiezingen' });
    await expect
      .poll(async () => (await sut.handle.describe()).searchAttributes.ProgrammeStatus, { timeout: 10_000 })
      .toEqual(['PAUSED']);
  });
});
