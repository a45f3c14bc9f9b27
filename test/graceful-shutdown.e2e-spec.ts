import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MUNICIPALITY_CODE_SA,
  OPEN_ESCALATION_LEVEL_SA,
  PHASE_SA,
  PROGRAMME_LIFECYCLE_WORKFLOW,
  PROGRAMME_STATUS_SA,
  PROGRAMMES_TASK_QUEUE,
  PROVINCE_SA,
  type ProgrammeLifecycleInput,
} from '../libs/contracts/src';
import { openDataSource, ProgrammeReadModel } from '../libs/persistence/src';
import { driveLifecycle, FULL_LIFECYCLE } from './chaos/support/lifecycle-script';
import { DevServer } from './support/dev-server';
import { freePort } from './support/free-port';
import { WebhookReceiver } from './support/webhook-receiver';
import { WorkerProcess } from './support/worker-process';
import { activityAttempts } from './support/history';
import { temporalDataConverter } from '../libs/platform/src';

// A SIGTERM while an escalation POST is in flight: the worker stops polling, lets the delivery
// finish within WORKER_SHUTDOWN_GRACE_MS and exits 0. Without a grace time the SDK cancels the
// activity at once and Temporal sends the escalation a second time.

const MUNICIPALITY = 'GM0599';
const WORKFLOW_ID = `programme-${MUNICIPALITY}-1`;
const LATE_MUNICIPALITY = 'GM0772';
const LATE_WORKFLOW_ID = `programme-${LATE_MUNICIPALITY}-1`;
// The webhook answers this long after it has received the POST.
const WEBHOOK_DELAY_MS = 4_000;

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-shutdown-'));
const databaseUrl = join(dataDir, 'olievlek.sqlite');
let server: DevServer;
let receiver: WebhookReceiver;
let connection: Connection;
let client: Client;
let handle: WorkflowHandle;
const handles: WorkflowHandle[] = [];
let readModelDb: DataSource | undefined;
const workers: WorkerProcess[] = [];

async function startWorker(migrate: boolean, env: Record<string, string> = {}): Promise<WorkerProcess> {
  const worker = await WorkerProcess.start({
    temporalAddress: server.address,
    dataDir,
    databaseUrl,
    migrate,
    env: { ESCALATION_WEBHOOK_URL: receiver.url, WORKER_SHUTDOWN_GRACE_MS: '20000', ...env },
    startTimeoutMs: 25_000,
  });
  workers.push(worker);
  return worker;
}

/** Starts a programme and takes it to the external lead leaving during EMBEDDING (R4.3: a level-2 escalation at once). */
async function programmeWithEscalation(
  municipalityCode: string,
  province: string,
): Promise<{ handle: WorkflowHandle; escalationId: string }> {
  const programmeId = `programme-${municipalityCode}-1`;
  const input: ProgrammeLifecycleInput = {
    programmeId,
    municipalityCode,
    sequence: 1,
    province,
    schoolHolidayRegion: 'zuid',
  };
  const started = await client.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, {
    taskQueue: PROGRAMMES_TASK_QUEUE,
    workflowId: programmeId,
    args: [input],
    typedSearchAttributes: new TypedSearchAttributes([
      { key: MUNICIPALITY_CODE_SA, value: municipalityCode },
      { key: PROVINCE_SA, value: province },
      { key: PHASE_SA, value: 'COMMITMENT' },
      { key: PROGRAMME_STATUS_SA, value: 'ACTIVE' },
      { key: OPEN_ESCALATION_LEVEL_SA, value: 0 },
    ]),
  });
  handles.push(started);
  const departure = FULL_LIFECYCLE.findIndex((s) => s.type === 'recordLeadDeparture');
  const { final } = await driveLifecycle(client, programmeId, FULL_LIFECYCLE.slice(0, departure + 1), {
    deadline: Date.now() + 40_000,
  });
  expect(final.escalations).toMatchObject([{ kind: 'LEAD_DEPARTED', ruleId: 'R4.3', level: 2 }]);
  return { handle: started, escalationId: final.escalations[0]!.id };
}

beforeAll(async () => {
  server = await DevServer.start({ dbFile: join(dataDir, 'temporal.db'), startTimeoutMs: 20_000 });
  receiver = await WebhookReceiver.start();
  connection = await Connection.connect({ address: server.address });
  client = new Client({ connection, dataConverter: temporalDataConverter });
}, 60_000);

afterAll(async () => {
  if (server?.running) for (const h of handles) await h.terminate('shutdown test done').catch(() => undefined);
  await connection?.close().catch(() => undefined);
  for (const worker of workers) await worker.kill();
  await receiver?.close();
  await server?.stop();
  await readModelDb?.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('graceful worker shutdown', () => {
  it('SIGTERM during a slow escalation delivery: the POST completes once, the worker exits 0, the outbox shows DELIVERED', async () => {
    const metricsPort = await freePort();
    const sdkMetricsPort = await freePort();
    const first = await startWorker(true, {
      WORKER_METRICS_PORT: String(metricsPort),
      TEMPORAL_METRICS_BIND_ADDRESS: `127.0.0.1:${sdkMetricsPort}`,
    });
    readModelDb = await openDataSource({ url: databaseUrl });
    const input: ProgrammeLifecycleInput = {
      programmeId: WORKFLOW_ID,
      municipalityCode: MUNICIPALITY,
      sequence: 1,
      province: 'Noord-Brabant',
      schoolHolidayRegion: 'zuid',
    };
    handle = await client.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, {
      taskQueue: PROGRAMMES_TASK_QUEUE,
      workflowId: WORKFLOW_ID,
      args: [input],
      typedSearchAttributes: new TypedSearchAttributes([
        { key: MUNICIPALITY_CODE_SA, value: MUNICIPALITY },
        { key: PROVINCE_SA, value: 'Noord-Brabant' },
        { key: PHASE_SA, value: 'COMMITMENT' },
        { key: PROGRAMME_STATUS_SA, value: 'ACTIVE' },
        { key: OPEN_ESCALATION_LEVEL_SA, value: 0 },
      ]),
    });

    handles.push(handle);
    receiver.respondAfter(WEBHOOK_DELAY_MS);
    // Up to the external lead leaving during EMBEDDING: R4.3 raises a level-2 escalation at once.
    const departure = FULL_LIFECYCLE.findIndex((s) => s.type === 'recordLeadDeparture');
    const { final } = await driveLifecycle(client, WORKFLOW_ID, FULL_LIFECYCLE.slice(0, departure + 1), {
      deadline: Date.now() + 40_000,
    });
    expect(final.escalations).toMatchObject([{ kind: 'LEAD_DEPARTED', ruleId: 'R4.3', level: 2 }]);
    const escalationId = final.escalations[0]!.id;

    // The POST has arrived and is not answered yet: the activity is in flight.
    await receiver.waitForCount(1, 20_000);
    const live = await fetch(`http://127.0.0.1:${metricsPort}/health/live`);
    expect(live.status).toBe(200);
    const scraped = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    expect(scraped).toMatch(
      /olievlek_worker_activity_executions_total\{activity_type="projectProgramme",outcome="completed"\} [1-9]/,
    );
    expect(scraped).toMatch(/olievlek_projection_lag_seconds_count [1-9]/);
    expect(scraped).toContain('process_resident_memory_bytes');
    // The SDK's own exporter (Temporal Core) on its port.
    const sdk = await (await fetch(`http://127.0.0.1:${sdkMetricsPort}/metrics`)).text();
    expect(sdk).toMatch(/^temporal_activity_execution_latency_count\{.*activity_type="projectProgramme".*\} [1-9]/m);

    const exit = await first.kill('SIGTERM');
    expect(exit, first.output.slice(-2_000)).toEqual({ code: 0, signal: null });
    const logs = first.logs().map((l) => l.msg);
    expect(logs).toContain('worker stopping');
    expect(logs).toContain('worker stopped');
    // Exactly one POST, and it was answered 200 before the worker was gone.
    expect(receiver.received).toHaveLength(1);
    expect(receiver.delivered()).toHaveLength(1);

    // The completion reached Temporal: the next worker records it without delivering again.
    await startWorker(false);
    const readModel = new ProgrammeReadModel(readModelDb);
    await expect
      .poll(async () => (await readModel.listOutbox(WORKFLOW_ID)).map((e) => e.deliveryStatus), {
        timeout: 45_000,
        interval: 250,
      })
      .toEqual(['DELIVERED']);
    expect(receiver.received).toHaveLength(1);
    expect(receiver.distinctKeys()).toEqual([escalationId]);
    expect(await activityAttempts(handle, 'deliverEscalation')).toEqual([1]);
    await Promise.all(workers.map((w) => w.stop()));
  }, 150_000);

  it('past the grace time the delivery is cancelled, the worker still exits 0, and Temporal delivers it again under the same key', async () => {
    receiver.received.length = 0;
    receiver.respondAfter(0);
    const first = await startWorker(false, { WORKER_SHUTDOWN_GRACE_MS: '500' });
    receiver.respondAfter(WEBHOOK_DELAY_MS * 2);
    const { handle: late, escalationId } = await programmeWithEscalation(LATE_MUNICIPALITY, 'Noord-Brabant');
    await receiver.waitForCount(1, 20_000);

    const exit = await first.kill('SIGTERM');
    expect(exit, first.output.slice(-2_000)).toEqual({ code: 0, signal: null });
    receiver.respondAfter(0);
    await startWorker(false);
    const readModel = new ProgrammeReadModel(readModelDb!);
    await expect
      .poll(async () => (await readModel.listOutbox(LATE_WORKFLOW_ID)).map((e) => e.deliveryStatus), {
        timeout: 60_000,
        interval: 250,
      })
      .toEqual(['DELIVERED']);
    expect(receiver.received.length).toBeGreaterThanOrEqual(2);
    expect(receiver.distinctKeys()).toEqual([escalationId]);
    expect((await activityAttempts(late, 'deliverEscalation')).at(-1)).toBeGreaterThanOrEqual(2);
  }, 150_000);
});
