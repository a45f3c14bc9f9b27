import { join } from 'node:path';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import { bundleWorkflowCode, NativeConnection } from '@temporalio/worker';
import { createProgrammeWorker } from '../../apps/worker/src/worker';
import { PROGRAMME_LIFECYCLE_WORKFLOW, programmeUpdates, type ProgrammeLifecycleInput } from '../../libs/contracts/src';
import { migrate, openDataSource } from '../../libs/persistence/src';
import { DevServer } from '../../test/support/dev-server';
import { measureInterleaved, roundOptions, row } from '../support/measure';
import type { BenchModule } from '../support/types';
import { temporalDataConverter } from '../../libs/platform/src';

const MODULE = 'update-latency';
const TASK_QUEUE = `programmes-bench-${process.pid}`;
const POOL = 20;
const silent = { log: () => {}, info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, trace: () => {} };

export const updateLatencyModule: BenchModule = {
  name: MODULE,
  summary:
    'issue 7 target 5: a lifecycle step (executeUpdate designateAdministrativeLead) vs starting a workflow, p99, on a dev server with the product worker',
  async run(ctx) {
    const dir = ctx.tempDir('olievlek-bench-temporal-');
    ctx.log('starting the Temporal dev server...');
    const server = await DevServer.start({ dbFile: join(dir, 'temporal.sqlite'), startTimeoutMs: 60_000 });
    ctx.onCleanup(async () => {
      await server.stop();
    });
    const dataSource = await openDataSource({ url: join(dir, 'read-model.sqlite') });
    await migrate(dataSource);
    ctx.onCleanup(async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
    });
    ctx.log('bundling the workflows and starting the worker...');
    const workflowBundle = await bundleWorkflowCode({
      workflowsPath: join(process.cwd(), 'workflows', 'index.ts'),
      logger: silent,
    });
    const nativeConnection = await NativeConnection.connect({ address: server.address });
    const worker = await createProgrammeWorker({
      connection: nativeConnection,
      namespace: server.namespace,
      dataSource,
      workflowBundle,
      taskQueue: TASK_QUEUE,
      shutdownGraceMs: 1000,
    });
    const running = worker.run();
    let stopped = false;
    const stopWorker = async () => {
      if (stopped) return;
      stopped = true;
      worker.shutdown();
      await running.catch(() => undefined);
      await nativeConnection.close();
    };
    ctx.onCleanup(stopWorker);
    const connection = await Connection.connect({ address: server.address });
    ctx.onCleanup(() => connection.close());
    const client = new Client({ connection, namespace: server.namespace, dataConverter: temporalDataConverter });

    let seq = 0;
    const start = (code: string) => {
      const sequence = ++seq;
      const input: ProgrammeLifecycleInput = {
        programmeId: `programme-${code}-${sequence}`,
        municipalityCode: code,
        sequence,
        province: 'Noord-Holland',
        schoolHolidayRegion: 'noord',
      };
      return client.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, {
        taskQueue: TASK_QUEUE,
        workflowId: input.programmeId,
        args: [input],
      });
    };
    try {
      // Steps go round a pool of programmes in COMMITMENT, so no single history grows long.
      const pool: WorkflowHandle[] = [];
      for (let i = 0; i < POOL; i++) pool.push(await start('GM0363'));
      let n = 0;
      const step = () => {
        n++;
        return pool[n % POOL]!.executeUpdate(programmeUpdates.designateAdministrativeLead, {
          args: [{ name: `Wethouder ${n}`, actor: { role: 'PROJECT_LEAD', name: 'Projectleider' } } as never],
        });
      };
      await step();
      ctx.log('executeUpdate (a lifecycle step) vs client.workflow.start...');
      const [update, started] = await measureInterleaved(
        [
          { name: 'executeUpdate designateAdministrativeLead (answers the new view)', fn: step, async: true },
          { name: 'client.workflow.start programmeLifecycleWorkflow', fn: () => start('GM0599'), async: true },
        ],
        roundOptions(ctx.quick, { rounds: 5, roundTimeMs: 6000, minIterations: 10, warmupIterations: 2 }),
      );
      ctx.record('updateLatency', { programmesStarted: seq, steps: n, pool: POOL });
      const r = row(
        MODULE,
        'lifecycle step (Temporal Update)',
        update!,
        started!,
        [],
        'dev server (SQLite) and the product worker in this process, one call at a time; the step waits for the workflow to apply it and answer; the start only for the server to accept it',
      );
      const ratio = update!.p99 / started!.p99;
      return [
        {
          ...r,
          ratio,
          checks: [{ target: 'p99 ≤ 3× baseline p99', holds: ratio <= 3 }],
          figure: {
            subject: `p99 ${update!.p99.toPrecision(3)} ms`,
            baseline: `p99 ${started!.p99.toPrecision(3)} ms`,
            ratioOf: 'p99',
          },
        },
      ];
    } finally {
      await stopWorker();
    }
  },
};
