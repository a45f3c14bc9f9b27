import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadModelActivities } from '../../libs/activities/src/read-model.activities';
import {
  getProgrammeStateQuery,
  PROGRAMME_LIFECYCLE_WORKFLOW,
  type ProgrammeLifecycleInput,
} from '../../libs/contracts/src';
import type { ProgrammeSnapshot } from '../../libs/domain/src';
import { migrate, openDataSource, ProgrammeReadModel } from '../../libs/persistence/src';
import { createTimeSkippingEnv, workflowBundle } from '../support/temporal';

let env: TestWorkflowEnvironment;
let taskQueueSeq = 0;

beforeAll(async () => {
  env = await createTimeSkippingEnv();
});
afterAll(async () => {
  await env?.teardown();
});

const input = (code: string): ProgrammeLifecycleInput => ({
  programmeId: `programme-${code}-1`,
  municipalityCode: code,
  sequence: 1,
});

async function withWorker<T>(
  activities: ReturnType<typeof createReadModelActivities>,
  fn: (taskQueue: string) => Promise<T>,
): Promise<T> {
  const taskQueue = `test-${++taskQueueSeq}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    workflowBundle: await workflowBundle(),
    activities,
  });
  return worker.runUntil(fn(taskQueue));
}

describe('programme lifecycle workflow: start', () => {
  it('starts in COMMITMENT, answers its state and projects it once', async () => {
    const projected: ProgrammeSnapshot[] = [];
    const activities = {
      async projectProgramme(s: ProgrammeSnapshot) {
        projected.push(s);
      },
    };
    await withWorker(activities, async (taskQueue) => {
      const handle = await env.client.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, {
        taskQueue,
        workflowId: 'programme-GM0363-1',
        args: [input('GM0363')],
      });
      const state = await handle.query(getProgrammeStateQuery);
      expect(state).toMatchObject({
        programmeId: 'programme-GM0363-1',
        municipalityCode: 'GM0363',
        phase: 'COMMITMENT',
        status: 'ACTIVE',
        version: 1,
      });
      expect(new Date(state.startedAt).toISOString()).toBe(state.startedAt);
      // The workflow keeps running: a programme lasts years, not one request.
      const description = await handle.describe();
      expect(description.status.name).toBe('RUNNING');
      await expect.poll(() => projected, { timeout: 10_000 }).toEqual([state]);
      await handle.terminate('test done');
    });
  });

  it('puts the programme into the read model through the real projection activity', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'olievlek-wf-'));
    const dataSource = await openDataSource({ url: join(dir, 'read-model.sqlite') });
    try {
      await migrate(dataSource);
      await withWorker(createReadModelActivities({ dataSource }), async (taskQueue) => {
        const handle = await env.client.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, {
          taskQueue,
          workflowId: 'programme-GM0917-1',
          args: [input('GM0917')],
        });
        const state = await handle.query(getProgrammeStateQuery);
        const readModel = new ProgrammeReadModel(dataSource);
        // The projection runs as an activity after the first workflow task: it catches up shortly.
        await expect
          .poll(() => readModel.findLatest('GM0917'), { timeout: 10_000 })
          .toMatchObject({
            id: 'programme-GM0917-1',
            phase: 'COMMITMENT',
            status: 'ACTIVE',
            startedAt: state.startedAt,
            municipality: { name: 'Heerlen' },
          });
        await handle.terminate('test done');
      });
    } finally {
      await dataSource.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
