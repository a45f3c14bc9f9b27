import { join } from 'node:path';
import { Client, Connection, type WorkflowHandle } from '@temporalio/client';
import type { DataConverter } from '@temporalio/common';
import { bundleWorkflowCode, NativeConnection } from '@temporalio/worker';
import { createProgrammeWorker } from '../../apps/worker/src/worker';
import { PROGRAMME_LIFECYCLE_WORKFLOW, programmeUpdates, type ProgrammeLifecycleInput } from '../../libs/contracts/src';
import { migrate, openDataSource } from '../../libs/persistence/src';
import * as platform from '../../libs/platform/src';
import { DevServer } from '../../test/support/dev-server';
import { TemporalCluster } from '../../test/support/temporal-cluster';
import { measureInterleaved, roundOptions, summarise } from '../support/measure';
import { formatMs } from '../support/report';
import { pool as inPool } from '../support/temporal-stack';
import type { BenchModule, BenchRow, Latency } from '../support/types';

const MODULE = 'cluster';
const POOL = 20;
const CONCURRENCY = 10;
const silent = { log: () => {}, info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, trace: () => {} };
// The product's data converter where libs/platform has one (issue 18's payload codec).
const dataConverter = (platform as { temporalDataConverter?: DataConverter }).temporalDataConverter;

/** One Temporal server with the product worker in this process on its own SQLite read model. */
interface Target {
  label: string;
  start(): Promise<WorkflowHandle>;
  step(): Promise<unknown>;
}

export const clusterModule: BenchModule = {
  name: MODULE,
  summary:
    'issue 18: programme starts/s and a lifecycle step’s latency on the Temporal cluster (four server processes, PostgreSQL) beside the dev server (SQLite), same run',
  async run(ctx) {
    const dir = ctx.tempDir('olievlek-bench-cluster-');
    const pg = await ctx.postgres();
    ctx.log(`${MODULE}: starting the Temporal cluster (frontend, history, matching, worker) and a dev server...`);
    const cluster = await TemporalCluster.start({ postgresAdminUrl: pg.adminUrl, historyShards: 4 });
    ctx.onCleanup(() => cluster.stop());
    const dev = await DevServer.start({ dbFile: join(dir, 'temporal.sqlite'), startTimeoutMs: 60_000 });
    ctx.onCleanup(async () => {
      await dev.stop();
    });
    const workflowBundle = await bundleWorkflowCode({
      workflowsPath: join(process.cwd(), 'workflows', 'index.ts'),
      logger: silent,
    });

    const open = async (label: string, address: string, namespace: string): Promise<Target> => {
      const slug = label.replace(/ /g, '-');
      const dataSource = await openDataSource({ url: join(dir, `${slug}-read-model.sqlite`) });
      await migrate(dataSource);
      const native = await NativeConnection.connect({ address });
      const taskQueue = `programmes-bench-${slug}-${process.pid}`;
      const worker = await createProgrammeWorker({
        connection: native,
        namespace,
        dataSource,
        workflowBundle,
        taskQueue,
        shutdownGraceMs: 1000,
      });
      const running = worker.run();
      const connection = await Connection.connect({ address });
      // Last registered runs first: the client, then the worker, then its connection and database.
      ctx.onCleanup(async () => {
        worker.shutdown();
        await running.catch(() => undefined);
        await native.close();
        if (dataSource.isInitialized) await dataSource.destroy();
      });
      ctx.onCleanup(() => connection.close());
      const client = new Client({ connection, namespace, ...(dataConverter ? { dataConverter } : {}) });
      let seq = 0;
      const start = () => {
        const sequence = ++seq;
        const input: ProgrammeLifecycleInput = {
          programmeId: `programme-GM0599-${sequence}`,
          municipalityCode: 'GM0599',
          sequence,
          province: 'Zuid-Holland',
          schoolHolidayRegion: 'midden',
        };
        return client.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, {
          taskQueue,
          workflowId: input.programmeId,
          args: [input],
        });
      };
      // Steps go round a pool of programmes in COMMITMENT, so no single history grows long.
      const handles: WorkflowHandle[] = [];
      for (let i = 0; i < POOL; i++) handles.push(await start());
      let n = 0;
      const step = () => {
        n++;
        return handles[n % POOL]!.executeUpdate(programmeUpdates.designateAdministrativeLead, {
          args: [{ name: `Wethouder ${n}`, actor: { role: 'PROJECT_LEAD', name: 'Projectleider' } } as never],
        });
      };
      for (let i = 0; i < 3; i++) await step();
      return { label, start, step };
    };
    const onCluster = await open('cluster', cluster.address, cluster.namespace);
    const onDev = await open('dev server', dev.address, dev.namespace);

    ctx.log(`${MODULE}: a lifecycle step (executeUpdate), one at a time, cluster and dev server interleaved...`);
    const [clusterStep, devStep] = await measureInterleaved(
      [
        { name: 'executeUpdate designateAdministrativeLead on the cluster', fn: () => onCluster.step(), async: true },
        { name: 'executeUpdate designateAdministrativeLead on the dev server', fn: () => onDev.step(), async: true },
      ],
      roundOptions(ctx.quick, { rounds: 4, roundTimeMs: 5000, minIterations: 10, warmupIterations: 2 }),
    );

    // Starts: rounds of `size` starts with CONCURRENCY in flight, alternating which server goes first.
    const size = ctx.quick ? 100 : 300;
    const rounds = 4;
    const figures = new Map<Target, { samples: number[]; seconds: number }>([
      [onCluster, { samples: [], seconds: 0 }],
      [onDev, { samples: [], seconds: 0 }],
    ]);
    for (let round = 0; round < rounds; round++) {
      for (const t of round % 2 === 0 ? [onCluster, onDev] : [onDev, onCluster]) {
        ctx.log(`${MODULE}: round ${round + 1}/${rounds}: ${size} client.workflow.start on the ${t.label}...`);
        const f = figures.get(t)!;
        const t0 = performance.now();
        await inPool(size, CONCURRENCY, async () => {
          const s = performance.now();
          await t.start();
          f.samples.push(performance.now() - s);
        });
        f.seconds += (performance.now() - t0) / 1000;
      }
    }
    const rate = (t: Target) => figures.get(t)!.samples.length / figures.get(t)!.seconds;
    const startLatency = (t: Target): Latency =>
      summarise(`client.workflow.start programmeLifecycleWorkflow on the ${t.label}`, figures.get(t)!.samples);
    const [clusterStarts, devStarts] = [startLatency(onCluster), startLatency(onDev)];
    ctx.record('cluster', {
      historyShards: 4,
      startsPerServer: rounds * size,
      startConcurrency: CONCURRENCY,
      stepPool: POOL,
      clusterStartsPerSecond: rate(onCluster),
      devServerStartsPerSecond: rate(onDev),
    });
    const rows: BenchRow[] = [
      {
        module: MODULE,
        name: 'lifecycle step (Temporal Update) on the cluster',
        subject: clusterStep!,
        baseline: devStep!,
        ratio: clusterStep!.p95 / devStep!.p95,
        ratioP50: clusterStep!.p50 / devStep!.p50,
        checks: [],
        figure: {
          subject: `p50 ${formatMs(clusterStep!.p50)}, p95 ${formatMs(clusterStep!.p95)}`,
          baseline: `p50 ${formatMs(devStep!.p50)}, p95 ${formatMs(devStep!.p95)}`,
          ratioOf: 'p95',
        },
        note: 'cluster: frontend, history, matching and worker services as four processes on PostgreSQL (4 history shards); baseline: the CLI dev server on SQLite; the product worker in this process for each, one call at a time; no target',
      },
      {
        module: MODULE,
        name: `start ${rounds * size} programmes on the cluster, sustained`,
        subject: clusterStarts,
        baseline: devStarts,
        ratio: rate(onCluster) / rate(onDev),
        ratioP50: clusterStarts.p50 / devStarts.p50,
        checks: [],
        figure: {
          subject: `${rate(onCluster).toFixed(1)} starts/s`,
          baseline: `${rate(onDev).toFixed(1)} starts/s`,
          ratioOf: 'starts/s',
        },
        note: `${rounds} rounds of ${size} client.workflow.start per server, ${CONCURRENCY} in flight, servers alternating first; each started workflow runs its first task and projection on the worker meanwhile; no target`,
      },
    ];
    return rows;
  },
};
