import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, Connection } from '@temporalio/client';
import { TypedSearchAttributes } from '@temporalio/common';
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MUNICIPALITY_CODE_SA,
  OPEN_ESCALATION_LEVEL_SA,
  PHASE_SA,
  PROGRAMME_LIFECYCLE_WORKFLOW,
  PROGRAMME_STATUS_SA,
  PROGRAMMES_TASK_QUEUE,
  type ProgrammeLifecycleInput,
  type ProgrammeLifecycleResult,
} from '../../libs/contracts/src';
import type { ProgrammeState } from '../../libs/domain/src';
import { openDataSource, ProgrammeReadModel } from '../../libs/persistence/src';
import { DevServer } from '../support/dev-server';
import { municipalityCodes } from '../support/municipality-codes';
import { WorkerProcess } from '../support/worker-process';
import { converge } from './support/convergence';
import { driveLifecycle, FULL_LIFECYCLE, stepCounts, timelineCounts } from './support/lifecycle-script';
import { deliveryProblems, WebhookWithOutages } from './support/webhook-outage';
import { temporalDataConverter } from '../../libs/platform/src';

// Issue 7, fault tests: many programme lifecycles run to the end while the worker is SIGKILLed
// again and again, the Temporal dev server is SIGKILLed and restarted on its SQLite file, and the
// escalation webhook is down (connection refused) long enough for the outbox to back off and
// retry. Every programme must finish, every step must be applied exactly once (steps go as
// Temporal Updates with an update id and are re-sent with the same id when a call fails), every
// escalation must be delivered under its own idempotency key, and the read model must converge
// to each workflow's own state.
//
// Real time: the outbox backs off 30 s, 60 s, 2 min, … up to 1 h between attempts
// (programme-lifecycle.workflow.ts), so a day of downtime is ~30 attempts. Here the webhook stays
// down until some escalation has failed twice (one back-off, about 40 s); the time-skipping
// webhook-day test covers a whole simulated day.
//
// CHAOS_PROGRAMMES (default 16) sets the number of lifecycles, CHAOS_SEED replays a fault schedule.

const PROGRAMMES = Number(process.env.CHAOS_PROGRAMMES ?? 16);
const SEED = Number(process.env.CHAOS_SEED ?? Date.now() % 1_000_000);
// Kills when this share of all steps is done; the dev server goes down at DEV_SERVER_AT.
const KILL_AT = [0.04, 0.14, 0.26, 0.38, 0.5, 0.62, 0.75, 0.88];
const DEV_SERVER_AT = 0.46;
const CODES = municipalityCodes(38);

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-chaos-'));
const databaseUrl = join(dataDir, 'olievlek.sqlite');
const random = fc.sample(fc.integer({ min: 0, max: 1_000 }), { seed: SEED, numRuns: 200 });
let draw = 0;
const next = (max: number) => random[draw++ % random.length]! % (max + 1);

let server: DevServer;
let webhook: WebhookWithOutages;
let worker: WorkerProcess;
let connection: Connection;
let client: Client;
let readModelDb: DataSource;
const ids = CODES.slice(0, PROGRAMMES).map((code) => `programme-${code}-1`);
const t0 = Date.now();
const marks: string[] = [];
const mark = (what: string) => marks.push(`${((Date.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${what}`);

beforeAll(async () => {
  if (PROGRAMMES > CODES.length) throw new Error(`CHAOS_PROGRAMMES is at most ${CODES.length}`);
  server = await DevServer.start({ dbFile: join(dataDir, 'temporal.db'), startTimeoutMs: 30_000 });
  webhook = await WebhookWithOutages.start();
  worker = await WorkerProcess.start({
    temporalAddress: server.address,
    dataDir,
    databaseUrl,
    env: { ESCALATION_WEBHOOK_URL: webhook.url },
    startTimeoutMs: 60_000,
  });
  readModelDb = await openDataSource({ url: databaseUrl });
  connection = await Connection.connect({ address: server.address });
  client = new Client({ connection, dataConverter: temporalDataConverter });
  mark(`dev server ${server.address}, worker pid ${worker.pid}, webhook ${webhook.url}; seed ${SEED}`);
}, 120_000);

afterAll(async () => {
  for (const id of ids)
    await client?.workflow
      .getHandle(id)
      .terminate('chaos test ended')
      .catch(() => undefined);
  await connection?.close().catch(() => undefined);
  await worker?.kill();
  await webhook?.close();
  await server?.stop();
  await readModelDb?.destroy();
  rmSync(dataDir, { recursive: true, force: true });
  console.info(`lifecycle chaos timeline (CHAOS_SEED=${SEED}):\n${marks.join('\n')}`);
});

describe(`${PROGRAMMES} programme lifecycles under worker kills, a dev-server crash and a webhook outage`, () => {
  const finals = new Map<string, ProgrammeState>();
  let retries = 0;
  let kills = 0;

  it(
    'every programme runs to CLOSED, each step applied once, while the faults happen',
    async () => {
      const total = PROGRAMMES * FULL_LIFECYCLE.length;
      let done = 0;
      const deadline = Date.now() + 12 * 60_000;
      let finished = false;
      const progress = () => done / total;
      const waitFor = async (share: number) => {
        while (progress() < share && !finished) await sleep(100);
      };

      // The webhook is down before the first escalation is raised and stays down until one has
      // failed twice (its outbox row in the read model says so), at most 3 minutes after the
      // first escalation.
      await webhook.down();
      mark('webhook down (connection refused)');
      const outage = (async () => {
        const readModel = new ProgrammeReadModel(readModelDb);
        let until = deadline;
        for (;;) {
          const undelivered = await readModel.undeliveredEscalations(500).catch(() => []);
          if (undelivered.length > 0 && until === deadline) until = Math.min(deadline, Date.now() + 3 * 60_000);
          const failing = undelivered.filter((e) => e.attempts >= 2);
          if (failing.length > 0 || Date.now() > until) {
            mark(
              `${failing.length} escalation(s) failed twice or more (e.g. ${failing[0]?.id}: ${failing[0]?.lastError}); webhook up again`,
            );
            break;
          }
          await sleep(1_000);
        }
        await webhook.up();
      })();

      let devServerRestarted = false;
      const faults = (async () => {
        for (const share of KILL_AT) {
          await waitFor(share);
          if (finished) break;
          if (share >= DEV_SERVER_AT && !devServerRestarted) {
            devServerRestarted = true;
            await server.kill();
            mark(`dev server SIGKILLed at ${(progress() * 100).toFixed(0)} % of the steps`);
            await sleep(2_000 + next(3_000));
            await server.restart();
            mark('dev server restarted on the same SQLite file');
          }
          await worker.kill();
          kills++;
          mark(`worker SIGKILLed (${kills}) at ${(progress() * 100).toFixed(0)} % of the steps`);
          await sleep(next(2_000));
          await worker.restart();
          mark(`worker ${kills + 1} running (pid ${worker.pid})`);
        }
      })();

      const input = (id: string): ProgrammeLifecycleInput => ({
        programmeId: id,
        municipalityCode: id.slice(10, 16),
        sequence: 1,
      });
      const results = await Promise.all(
        ids.map(async (id, i) => {
          await sleep(i * 150);
          // As ProgrammeService.start does it.
          await client.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, {
            taskQueue: PROGRAMMES_TASK_QUEUE,
            workflowId: id,
            args: [input(id)],
            workflowIdConflictPolicy: 'FAIL',
            workflowIdReusePolicy: 'REJECT_DUPLICATE',
            typedSearchAttributes: new TypedSearchAttributes([
              { key: MUNICIPALITY_CODE_SA, value: id.slice(10, 16) },
              { key: PHASE_SA, value: 'COMMITMENT' },
              { key: PROGRAMME_STATUS_SA, value: 'ACTIVE' },
              { key: OPEN_ESCALATION_LEVEL_SA, value: 0 },
            ]),
          });
          return driveLifecycle(client, id, FULL_LIFECYCLE, {
            deadline,
            callTimeoutMs: 3_000,
            onStep: () => done++,
            pauseMs: () => 50 + next(400),
          });
        }),
      ).finally(() => {
        finished = true;
      });
      await faults;
      await outage;
      retries = results.reduce((sum, r) => sum + r.retries, 0);
      mark(
        `all ${PROGRAMMES} lifecycles driven to closeProgramme; ${retries} calls given up after 3 s or failed and re-sent with their update id`,
      );

      // A closed programme's workflow completes once its projection and outbox are done.
      for (const id of ids) {
        const { final } = (await client.workflow.getHandle(id).result()) as ProgrammeLifecycleResult;
        finals.set(id, final);
      }
      mark('every workflow completed');
      const expected = stepCounts(FULL_LIFECYCLE);
      for (const [id, final] of finals) {
        expect({ id, phase: final.phase, status: final.status }).toEqual({ id, phase: 'CLOSED', status: 'CLOSED' });
        expect(timelineCounts(final, FULL_LIFECYCLE), `${id}: each step once in the timeline`).toEqual(expected);
        expect(
          final.escalations.map((e) => ({
            kind: e.kind,
            level: e.level,
            status: e.status,
            delivery: e.delivery.status,
          })),
          id,
        ).toEqual([{ kind: 'LEAD_DEPARTED', level: 2, status: 'RESOLVED', delivery: 'DELIVERED' }]);
      }
      expect(kills, 'the worker was killed again and again').toBeGreaterThanOrEqual(5);
      expect(retries, 'calls were re-sent with their update id').toBeGreaterThan(0);
      expect(devServerRestarted, 'the dev server was killed and restarted').toBe(true);
    },
    15 * 60_000,
  );

  it('the webhook outage was real: escalations failed and were retried after a back-off', () => {
    const attempts = [...finals.values()].flatMap((f) => f.escalations.map((e) => e.delivery.attempts));
    mark(`delivery attempts per escalation: ${JSON.stringify(attempts)}`);
    expect(
      Math.max(...attempts),
      'some escalation failed at least twice before it was delivered',
    ).toBeGreaterThanOrEqual(3);
    expect(webhook.outages).toHaveLength(1);
    expect(webhook.outages[0]!.to! - webhook.outages[0]!.from).toBeGreaterThan(30_000);
  });

  it('every escalation was delivered, each request under the escalation’s own idempotency key; repeats only under the same key', () => {
    const escalationIds = [...finals.values()].flatMap((f) => f.escalations.map((e) => e.id));
    expect(escalationIds).toHaveLength(PROGRAMMES);
    const { problems, repeats } = deliveryProblems(webhook.received(), escalationIds);
    mark(`webhook: ${webhook.received().length} requests, ${repeats} repeated deliveries under the same key`);
    expect(problems).toEqual([]);
  });

  it('the read model converges to every workflow’s own state, programme by programme', async () => {
    const problems = await converge(client, readModelDb, ids, 120_000);
    mark(
      `read model converged for ${ids.length - new Set(problems.map((p) => p.split(':')[0])).size} of ${ids.length} programmes`,
    );
    expect(problems).toEqual([]);
  }, 180_000);
});
