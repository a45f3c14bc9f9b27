import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redeliverWaitingEscalations } from '../../apps/worker/src/redeliver';
import { createEscalationActivities, createReadModelActivities } from '../../libs/activities/src';
import {
  getProgrammeStateQuery,
  PROGRAMME_LIFECYCLE_WORKFLOW,
  programmeUpdates,
  type ProgrammeLifecycleInput,
} from '../../libs/contracts/src';
import type { ProgrammeView } from '../../libs/domain/src';
import { migrate, openDataSource, ProgrammeReadModel } from '../../libs/persistence/src';
import { createTimeSkippingEnv, workflowBundle } from '../support/temporal';
import { WebhookReceiver } from '../support/webhook-receiver';
import { temporalDataConverter } from '../../libs/platform/src';

// Escalation outbox with no webhook anywhere (neither the programme's nor the worker's
// ESCALATION_WEBHOOK_URL): the escalation waits as NO_CHANNEL after one look, is not retried
// with a warning every hour, and goes out once as soon as a channel appears: the programme's
// webhook (changeSettings) or a worker started with ESCALATION_WEBHOOK_URL, which tells the
// waiting programmes (apps/worker/src/redeliver.ts). On the time-skipping test server.

const HOUR = 60 * 60 * 1000;
const WEEK = 7 * 24 * HOUR;

let env: TestWorkflowEnvironment;
let dataSource: DataSource;
let webhook: WebhookReceiver;
let dir: string;
const taskQueue = `programmes-no-channel-${process.pid}`;

/** A worker on the shared task queue; without a global webhook unless one is given. */
async function runWorker(globalWebhookUrl?: string): Promise<{ stop: () => Promise<void> }> {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    dataConverter: temporalDataConverter,
    taskQueue,
    workflowBundle: await workflowBundle(),
    // No sticky queue: a stopped worker's one would hold the next task until its timeout, which
    // the time-skipping server does not reach while the test waits on queries.
    maxCachedWorkflows: 0,
    activities: {
      ...createReadModelActivities({ dataSource }),
      ...createEscalationActivities({ globalWebhookUrl, timeoutMs: 5000 }),
    },
  });
  const running = worker.run();
  return {
    stop: async () => {
      worker.shutdown();
      await running;
    },
  };
}

async function start(municipalityCode: string): Promise<WorkflowHandle> {
  const programmeId = `programme-${municipalityCode}-1`;
  // A one-week COMMITMENT threshold raises a level-1 stall escalation a week after the start.
  const input: ProgrammeLifecycleInput = {
    programmeId,
    municipalityCode,
    sequence: 1,
    province: 'Limburg',
    schoolHolidayRegion: 'zuid',
    settings: { stallThresholdWeeks: { COMMITMENT: 1 } },
  };
  return env.client.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, { taskQueue, workflowId: programmeId, args: [input] });
}

const view = (handle: WorkflowHandle): Promise<ProgrammeView> => handle.query(getProgrammeStateQuery);

/** How often the workflow ran `deliverEscalation` (scheduled activities in its history). */
async function deliveryAttempts(handle: WorkflowHandle): Promise<number> {
  const history = await handle.fetchHistory();
  return (history.events ?? []).filter(
    (e) => e.activityTaskScheduledEventAttributes?.activityType?.name === 'deliverEscalation',
  ).length;
}

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  dir = mkdtempSync(join(tmpdir(), 'olievlek-no-channel-'));
  dataSource = await openDataSource({ url: join(dir, 'read-model.sqlite') });
  await migrate(dataSource);
  webhook = await WebhookReceiver.start();
}, 120_000);

afterAll(async () => {
  await webhook?.close();
  await dataSource?.destroy();
  await env?.teardown();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('escalation outbox without a webhook', () => {
  it('waits as NO_CHANNEL without repeated attempts, then goes once when the programme gets a webhook', async () => {
    const worker = await runWorker();
    try {
      const sut = await start('GM0014');
      await env.sleep(WEEK + 60_000);
      await expect
        .poll(async () => (await view(sut)).escalations[0]?.delivery, { timeout: 20_000 })
        .toMatchObject({ status: 'NO_CHANNEL', attempts: 0 });
      expect((await view(sut)).escalations[0]!.delivery.lastError).toBeUndefined();
      // A simulated day: a failing webhook would have been tried about thirty times by now.
      await env.sleep(24 * HOUR);
      expect(await deliveryAttempts(sut)).toBe(1);
      expect((await view(sut)).escalations[0]!.delivery.status).toBe('NO_CHANNEL');
      await expect
        .poll(async () => (await new ProgrammeReadModel(dataSource).listOutbox(sut.workflowId))[0]?.deliveryStatus, {
          timeout: 20_000,
        })
        .toBe('NO_CHANNEL');

      await sut.executeUpdate(programmeUpdates.changeSettings, {
        args: [{ webhookUrl: `${webhook.url}/programme`, actor: { role: 'PROGRAMME_MANAGER' } } as never],
      });
      await expect
        .poll(async () => (await view(sut)).escalations[0]?.delivery.status, { timeout: 20_000 })
        .toBe('DELIVERED');
      const escalationId = (await view(sut)).escalations[0]!.id;
      expect(webhook.received.filter((r) => r.idempotencyKey === escalationId)).toHaveLength(1);
      expect(await deliveryAttempts(sut)).toBe(2);
    } finally {
      await worker.stop();
    }
  }, 120_000);

  it('goes at once when a worker starts with ESCALATION_WEBHOOK_URL', async () => {
    const withoutWebhook = await runWorker();
    let sut: WorkflowHandle;
    try {
      sut = await start('GM0034');
      await env.sleep(WEEK + 60_000);
      await expect
        .poll(async () => (await view(sut)).escalations[0]?.delivery.status, { timeout: 20_000 })
        .toBe('NO_CHANNEL');
      await expect
        .poll(async () => (await new ProgrammeReadModel(dataSource).listOutbox(sut.workflowId))[0]?.deliveryStatus, {
          timeout: 20_000,
        })
        .toBe('NO_CHANNEL');
    } finally {
      await withoutWebhook.stop();
    }
    const withWebhook = await runWorker(`${webhook.url}/global`);
    try {
      // What apps/worker/src/main.ts does when ESCALATION_WEBHOOK_URL is set.
      expect(await redeliverWaitingEscalations(env.client, dataSource)).toBeGreaterThanOrEqual(1);
      await expect
        .poll(async () => (await view(sut)).escalations[0]?.delivery, { timeout: 20_000 })
        .toMatchObject({ status: 'DELIVERED', attempts: 1 });
      const escalationId = (await view(sut)).escalations[0]!.id;
      expect(webhook.received.filter((r) => r.idempotencyKey === escalationId).map((r) => r.path)).toEqual([
        new URL(`${webhook.url}/global`).pathname,
      ]);
      expect(await deliveryAttempts(sut)).toBe(2);
    } finally {
      await withWebhook.stop();
    }
  }, 120_000);
});
