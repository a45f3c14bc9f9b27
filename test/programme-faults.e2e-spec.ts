import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  getProgrammeStateQuery,
  MUNICIPALITY_CODE_SA,
  OPEN_ESCALATION_LEVEL_SA,
  PHASE_SA,
  PROGRAMME_LIFECYCLE_WORKFLOW,
  PROGRAMME_STATUS_SA,
  programmeUpdates,
  PROGRAMMES_TASK_QUEUE,
  PROVINCE_SA,
  type ProgrammeLifecycleInput,
} from '../libs/contracts/src';
import type { Actor, CommandInput, CommandPayloads, CommandType, ProgrammeView } from '../libs/domain/src';
import { openDataSource, ProgrammeReadModel } from '../libs/persistence/src';
import { DevServer } from './support/dev-server';
import { WebhookReceiver } from './support/webhook-receiver';
import { WorkerProcess } from './support/worker-process';
import { activityAttempts } from './support/history';
import { temporalDataConverter } from '../libs/platform/src';

// docs/rules.md "Stalls and escalations": every escalation is stored and delivered through an outbox,
// so none is lost. Here the faults are real: the worker process is SIGKILLed mid-lifecycle and the
// Temporal dev server is SIGKILLed and restarted on its SQLite file.

const PROJECT_LEAD: Actor = { role: 'PROJECT_LEAD' };
const ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD' };
const MUNICIPALITY = 'GM0363';
const WORKFLOW_ID = `programme-${MUNICIPALITY}-1`;

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-faults-'));
const databaseUrl = join(dataDir, 'olievlek.sqlite');
let server: DevServer;
let receiver: WebhookReceiver;
let connection: Connection;
let handle: WorkflowHandle;
let readModelDb: DataSource | undefined;
let terminated = false;
const workers: WorkerProcess[] = [];
const t0 = Date.now();
const marks: string[] = [];

function mark(what: string): void {
  marks.push(`${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s  ${what}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function startWorker(migrate: boolean): Promise<WorkerProcess> {
  const worker = await WorkerProcess.start({
    temporalAddress: server.address,
    dataDir,
    databaseUrl,
    migrate,
    env: { ESCALATION_WEBHOOK_URL: receiver.url },
    startTimeoutMs: 25_000,
  });
  workers.push(worker);
  mark(`worker ${workers.length} running (pid ${worker.pid})`);
  return worker;
}

function step<T extends CommandType>(
  type: T,
  payload: CommandPayloads[T],
  actor: Actor = PROJECT_LEAD,
): Promise<ProgrammeView> {
  return handle.executeUpdate(programmeUpdates[type], { args: [{ ...payload, actor } as CommandInput<T>] });
}

function view(): Promise<ProgrammeView> {
  return handle.query(getProgrammeStateQuery);
}

/** Calls `attempt` until it resolves to a value other than undefined (errors count as not yet); at most `ms`. */
async function waitFor<T>(attempt: () => Promise<T | undefined>, ms: number, what: string): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await attempt();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${ms} ms (last error: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Rejects when `promise` has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

beforeAll(async () => {
  server = await DevServer.start({ dbFile: join(dataDir, 'temporal.db'), startTimeoutMs: 20_000 });
  mark(`dev server ready on ${server.address}`);
  receiver = await WebhookReceiver.start();
  await startWorker(true);
  readModelDb = await openDataSource({ url: databaseUrl });
  connection = await Connection.connect({ address: server.address });
  const client = new Client({ connection, dataConverter: temporalDataConverter });
  const input: ProgrammeLifecycleInput = {
    programmeId: WORKFLOW_ID,
    municipalityCode: MUNICIPALITY,
    sequence: 1,
    province: 'Noord-Holland',
    schoolHolidayRegion: 'noord',
  };
  // As ProgrammeService.start does it.
  handle = await client.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, {
    taskQueue: PROGRAMMES_TASK_QUEUE,
    workflowId: WORKFLOW_ID,
    args: [input],
    workflowIdConflictPolicy: 'FAIL',
    workflowIdReusePolicy: 'REJECT_DUPLICATE',
    typedSearchAttributes: new TypedSearchAttributes([
      { key: MUNICIPALITY_CODE_SA, value: MUNICIPALITY },
      { key: PROVINCE_SA, value: 'Noord-Holland' },
      { key: PHASE_SA, value: 'COMMITMENT' },
      { key: PROGRAMME_STATUS_SA, value: 'ACTIVE' },
      { key: OPEN_ESCALATION_LEVEL_SA, value: 0 },
    ]),
  });
  mark('workflow started');
}, 240_000);

afterAll(async () => {
  // Only while the server runs: against a stopped one the client retries for many seconds.
  if (!terminated && server?.running) await handle?.terminate('fault test failed').catch(() => undefined);
  await connection?.close().catch(() => undefined);
  for (const worker of workers) await worker.kill();
  await receiver?.close();
  await server?.stop();
  await readModelDb?.destroy();
  rmSync(dataDir, { recursive: true, force: true });
  const warnings = workers.flatMap((w, i) =>
    w
      .logs()
      .filter((l) => Number(l.level) >= 40)
      .map((l) => `worker ${i + 1}: ${JSON.stringify(l)}`),
  );
  console.info(`programme fault test timeline:\n${[...marks, ...warnings].join('\n')}`);
});

describe('programme lifecycle under faults on the dev server', () => {
  let actionId = '';

  it('an update sent while the worker is SIGKILLed completes on a new worker; the lifecycle goes on', async () => {
    await step('designateAdministrativeLead', { name: 'Wethouder Jeugd' });
    await step('commitPartner', { organisation: 'Veilig Thuis', domain: 'CARE' });
    await step('commitPartner', { organisation: 'Stichting Openbaar Onderwijs', domain: 'EDUCATION' });
    await step('commitPartner', { organisation: 'Politie Amsterdam', domain: 'JUSTICE' });
    await step('appointProjectLead', { kind: 'EXTERNAL' });
    const committed = await step('confirmCommitment', {}, ALDERMAN);
    expect(committed).toMatchObject({ phase: 'AGENDA', riskFlags: ['EXTERNAL_LEAD'] });
    mark(`commitment confirmed (version ${committed.version})`);

    expect(await workers[0]!.kill()).toEqual({ code: null, signal: 'SIGKILL' });
    mark('worker 1 SIGKILLed');

    let settled = false;
    const pending = step('recordBottleneck', { description: 'Signalen worden niet gedeeld', domain: 'CARE' }).finally(
      () => {
        settled = true;
      },
    );
    pending.catch(() => undefined); // awaited below; no unhandled rejection meanwhile
    await new Promise((r) => setTimeout(r, 1_000));
    expect(settled, 'an update cannot complete without a worker').toBe(false);
    await startWorker(false);
    const afterCrash = await within(pending, 40_000, 'the update sent without a worker');
    mark('pending update completed on worker 2');
    expect(afterCrash.version).toBe(committed.version + 1);
    expect(afterCrash.agenda.bottlenecks).toMatchObject([{ domain: 'CARE' }]);

    await step('recordBottleneck', { description: 'Leerkrachten herkennen signalen niet', domain: 'EDUCATION' });
    await step('recordBottleneck', { description: 'Zorg en straf werken langs elkaar', domain: 'JUSTICE' });
    await step('selectTheme', { theme: 'COLLABORATION' });
    const drafted = await step('addAction', {
      title: 'Zorg-straf-overleg',
      theme: 'COLLABORATION',
      ownerOrganisation: 'Veilig Thuis',
    });
    actionId = drafted.agenda.actions[0]!.id;
    await step('confirmSupport', { organisation: 'Veilig Thuis', level: 'PROFESSIONAL' });
    await step('confirmSupport', { organisation: 'Veilig Thuis', level: 'MANAGEMENT' });
    expect(await step('adoptAgenda', {}, ALDERMAN)).toMatchObject({ phase: 'EXECUTION' });
    await step('updateActionStatus', { actionId, status: 'DONE' });
    const embedding = await step('completeExecution', {});
    expect(embedding).toMatchObject({ phase: 'EMBEDDING', status: 'ACTIVE', escalations: [] });
    expect(embedding.training).toBeUndefined();
    mark(`EMBEDDING reached (version ${embedding.version})`);
  }, 120_000);

  it('R4.3 lead departure survives a worker SIGKILL and a dev-server crash: one escalation, delivered, read model caught up', async () => {
    const departed = await step('recordLeadDeparture', {});
    expect(await workers[1]!.kill()).toEqual({ code: null, signal: 'SIGKILL' });
    mark(`lead departure recorded, worker 2 SIGKILLed; POSTs so far: ${receiver.received.length}`);
    expect(departed.escalations).toHaveLength(1);
    const escalation = departed.escalations[0]!;
    expect(escalation).toMatchObject({
      level: 2,
      kind: 'LEAD_DEPARTED',
      ruleId: 'R4.3',
      step: 'EMBEDDING',
      status: 'OPEN',
    });
    expect(departed.openEscalationLevel).toBe(2);
    const escalationId = escalation.id;

    const worker3 = await startWorker(false);
    await server.kill();
    mark('dev server SIGKILLed');
    // Down for a while, so the worker's pollers see a real outage.
    await new Promise((r) => setTimeout(r, 3_000));
    await server.restart();
    mark('dev server restarted on the same file');

    // A query is answered by a worker: it only works once a worker polls the restarted server.
    const after = await waitFor(view, 30_000, 'query after the dev-server restart');
    mark(`query answered after restart; worker 3 ${worker3.running ? 'still running' : 'exited'}`);
    // The worker rides out the outage and polls the restarted server by itself.
    expect(worker3.running, 'worker 3 survives the dev-server restart').toBe(true);
    expect(workers).toHaveLength(3);
    expect(after.phase).toBe('EMBEDDING');
    expect(after.version).toBeGreaterThanOrEqual(departed.version);
    expect(after.commitment).toEqual(departed.commitment);
    expect(after.agenda).toEqual(departed.agenda);
    expect(after.riskFlags).toEqual(departed.riskFlags);
    expect(after.commitment.partners.map((p) => p.domain)).toEqual(['CARE', 'EDUCATION', 'JUSTICE']);
    expect(after.agenda.actions).toMatchObject([{ id: actionId, status: 'DONE' }]);
    expect(after.escalations.map((e) => e.id)).toEqual([escalationId]);

    // At least once: the webhook may see the same key twice, never a second escalation.
    await waitFor(async () => (receiver.delivered().length > 0 ? true : undefined), 45_000, 'webhook delivery');
    mark(`webhook delivered; POSTs so far: ${receiver.received.length}`);
    expect(receiver.distinctKeys()).toEqual([escalationId]);
    expect(receiver.delivered()[0]!.body).toMatchObject({
      escalation: { id: escalationId, level: 2 },
      programme: { programmeId: WORKFLOW_ID },
    });

    await expect
      .poll(async () => (await view()).escalations[0]?.delivery.status, { timeout: 30_000, interval: 250 })
      .toBe('DELIVERED');
    const readModel = new ProgrammeReadModel(readModelDb!);
    await expect
      .poll(async () => (await readModel.findLatest(MUNICIPALITY))?.version === (await view()).version, {
        timeout: 45_000,
        interval: 250,
      })
      .toBe(true);
    mark('read model caught up');
    expect(await readModel.findLatest(MUNICIPALITY)).toMatchObject({
      id: WORKFLOW_ID,
      phase: 'EMBEDDING',
      openEscalationLevel: 2,
    });
    expect(await readModel.listOutbox(WORKFLOW_ID)).toMatchObject([
      { id: escalationId, level: 2, deliveryStatus: 'DELIVERED' },
    ]);

    await expect
      .poll(
        async () =>
          JSON.parse(
            await server.cli(
              'workflow',
              'list',
              '--query',
              `Phase='EMBEDDING' AND OpenEscalationLevel=2`,
              '-o',
              'json',
            ),
          ),
        { timeout: 10_000, interval: 500 },
      )
      .toMatchObject([{ execution: { workflowId: WORKFLOW_ID } }]);

    await step('nameEmbeddingOwner', { role: 'Beleidsadviseur jeugd' });
    await step('recordEmbedding', {
      actionId,
      instrument: 'REGIONAL_APPROACH_PLAN',
      instrumentName: 'Regionale aanpak kindermishandeling 2026-2030',
      takenOverBy: 'Veilig Thuis',
      responsibleRole: 'Teamleider',
    });
    const continuation = await step('completeEmbedding', {});
    expect(continuation).toMatchObject({ phase: 'CONTINUATION', openEscalationLevel: 0 });
    expect(continuation.escalations).toMatchObject([{ id: escalationId, status: 'RESOLVED' }]);
    mark(`CONTINUATION reached; POSTs: ${receiver.received.length}, delivered: ${receiver.delivered().length}`);
    // One delivery in the workflow's history; an attempt lost with a killed worker is retried inside it.
    const deliveries = await activityAttempts(handle, 'deliverEscalation');
    expect(deliveries).toHaveLength(1);
    const projections = await activityAttempts(handle, 'projectProgramme');
    mark(
      `deliverEscalation attempt that succeeded: ${deliveries[0]}; projectProgramme runs: ${projections.length}, retried: ${projections.filter((a) => a > 1).length}`,
    );
    await expect
      .poll(async () => (await readModel.findLatest(MUNICIPALITY))?.phase, { timeout: 15_000, interval: 250 })
      .toBe('CONTINUATION');
    expect(receiver.distinctKeys()).toEqual([escalationId]);
  }, 180_000);

  it('terminates the programme and stops worker and server, leaving no process behind', async () => {
    await handle.terminate('fault test done');
    terminated = true;
    const pids = [...workers.map((w) => w.pid!), server.pid!];
    for (const worker of workers) await worker.stop();
    await server.stop();
    for (const pid of pids) expect(alive(pid), `pid ${pid}`).toBe(false);
    mark('all stopped');
  }, 30_000);
});
