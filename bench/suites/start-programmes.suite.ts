import { NativeConnection, bundleWorkflowCode, Worker } from '@temporalio/worker';
import { programmeUpdates } from '../../libs/contracts/src';
import { isProgrammeRunning, type ProgrammeStatus } from '../../libs/domain/src';
import { openDataSource } from '../../libs/persistence/src';
import { startApi } from '../support/api';
import { summarise } from '../support/measure';
import { formatMs } from '../support/report';
import { pool, PROJECT_LEAD, startTemporalStack, startWorkerProcess, waitFor } from '../support/temporal-stack';
import type { BenchModule, BenchRow } from '../support/types';

const MODULE = 'start-programmes';
const CONCURRENCY = 10;
const NOOP_TASK_QUEUE = `bench-noop-${process.pid}`;
const silent = { log: () => {}, info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, trace: () => {} };
const START = 'mutation($code: String!) { startProgramme(municipalityCode: $code) { id sequence status } }';

const perSecond = (rate: number) => `${rate.toFixed(rate < 100 ? 1 : 0)} starts/s`;

interface RoundFigures {
  samples: number[];
  seconds: number;
}

/** `size` operations with CONCURRENCY in flight; latency per operation and the round's wall-clock time. */
async function timedRound(size: number, op: (i: number) => Promise<void>): Promise<RoundFigures> {
  const samples: number[] = [];
  const started = performance.now();
  await pool(size, CONCURRENCY, async (i) => {
    const t0 = performance.now();
    await op(i);
    samples.push(performance.now() - t0);
  });
  return { samples, seconds: (performance.now() - started) / 1000 };
}

/** Rounds of at most 342 (one programme per municipality at a time), at least two so the order can rotate. */
export function roundSizes(total: number, perRound: number): number[] {
  const rounds = Math.max(2, Math.ceil(total / perRound));
  return Array.from({ length: rounds }, (_, i) => Math.floor(total / rounds) + (i < total % rounds ? 1 : 0));
}

export const startProgrammesModule: BenchModule = {
  name: MODULE,
  summary:
    'issue 7 target 4: 1,000 startProgramme mutations over HTTP (API, dev server, product worker process), 10 clients, vs bare client.workflow.start of a no-op workflow',
  async run(ctx) {
    const total = ctx.quick ? 200 : 1000;
    const stack = await startTemporalStack(ctx, MODULE);
    const worker = await startWorkerProcess(ctx, stack, MODULE);
    const api = await startApi(ctx, {
      databaseUrl: stack.databaseUrl,
      temporal: { address: stack.server.address, namespace: stack.server.namespace },
    });
    // The read model as the API sees it, to wait (untimed) until the aborted programmes show as ended.
    const readModel = await openDataSource({ url: stack.databaseUrl });
    ctx.onCleanup(async () => {
      if (readModel.isInitialized) await readModel.destroy();
    });

    ctx.log(`${MODULE}: bundling the no-op workflow and starting its worker...`);
    const bundle = await bundleWorkflowCode({
      workflowsPath: require.resolve('../workflows/noop.workflow'),
      logger: silent,
    });
    const nativeConnection = await NativeConnection.connect({ address: stack.server.address });
    const noopWorker = await Worker.create({
      connection: nativeConnection,
      namespace: stack.server.namespace,
      taskQueue: NOOP_TASK_QUEUE,
      workflowBundle: bundle,
    });
    const noopRunning = noopWorker.run();
    let noopStopped = false;
    const stopNoop = async () => {
      if (noopStopped) return;
      noopStopped = true;
      noopWorker.shutdown();
      await noopRunning.catch(() => undefined);
      await nativeConnection.close();
    };
    ctx.onCleanup(stopNoop);

    const codes = stack.municipalities.map((m) => m.code);
    let failures = 0;
    const startOverHttp = async (code: string): Promise<string> => {
      const res = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${api.token}` },
        body: JSON.stringify({ query: START, variables: { code } }),
      });
      const body = (await res.json()) as { data?: { startProgramme?: { id: string } }; errors?: unknown[] };
      const id = body.data?.startProgramme?.id;
      if (!res.ok || body.errors?.length || !id) {
        failures++;
        throw new Error(`startProgramme(${code}) answered ${res.status}: ${JSON.stringify(body)}`);
      }
      return id;
    };
    let noops = 0;
    const startNoop = async () => {
      await stack.client.workflow.start('benchNoopWorkflow', {
        taskQueue: NOOP_TASK_QUEUE,
        workflowId: `bench-noop-${++noops}`,
      });
    };

    try {
      // Untimed warm-up: the API's first requests, the worker's first workflow tasks, the no-op worker.
      const warm = codes.slice(0, 5);
      const warmIds: string[] = [];
      for (const code of warm) warmIds.push(await startOverHttp(code));
      for (let i = 0; i < 5; i++) await startNoop();
      const abortAll = async (ids: string[]) => {
        await pool(ids.length, CONCURRENCY, async (i) => {
          await stack.client.workflow.getHandle(ids[i]!).executeUpdate(programmeUpdates.abortProgramme, {
            args: [{ reason: 'bench: volgende ronde', actor: PROJECT_LEAD } as never],
          });
        });
        // The next round may start these municipalities again once the read model shows them ended.
        await waitFor(
          'the aborted programmes to show as ended in the read model',
          async () => {
            const rows = (await readModel.query('SELECT status FROM programme')) as Array<{ status: ProgrammeStatus }>;
            return rows.every((r) => !isProgrammeRunning(r.status));
          },
          120_000,
        );
      };
      await abortAll(warmIds);

      const sizes = roundSizes(total, codes.length);
      const subject: RoundFigures = { samples: [], seconds: 0 };
      const baseline: RoundFigures = { samples: [], seconds: 0 };
      let abortSeconds = 0;
      for (let round = 0; round < sizes.length; round++) {
        const size = sizes[round]!;
        const ids: string[] = [];
        const runSubject = async () => {
          ctx.log(`${MODULE}: round ${round + 1}/${sizes.length}: ${size} startProgramme over HTTP...`);
          const r = await timedRound(size, async (i) => {
            ids.push(await startOverHttp(codes[i]!));
          });
          subject.samples.push(...r.samples);
          subject.seconds += r.seconds;
        };
        const runBaseline = async () => {
          ctx.log(`${MODULE}: round ${round + 1}/${sizes.length}: ${size} bare client.workflow.start of the no-op...`);
          const r = await timedRound(size, () => startNoop());
          baseline.samples.push(...r.samples);
          baseline.seconds += r.seconds;
        };
        (globalThis as { gc?: () => void }).gc?.();
        if (round % 2 === 0) {
          await runSubject();
          await runBaseline();
        } else {
          await runBaseline();
          await runSubject();
        }
        ctx.log(`${MODULE}: aborting the round's ${ids.length} programmes (untimed)...`);
        const t0 = performance.now();
        await abortAll(ids);
        abortSeconds += (performance.now() - t0) / 1000;
      }
      const started = subject.samples.length;
      const rate = started / subject.seconds;
      const baseRate = baseline.samples.length / baseline.seconds;
      const subjectLatency = summarise('POST /graphql startProgramme (KWARTIERMAKER)', subject.samples);
      const baselineLatency = summarise('client.workflow.start benchNoopWorkflow', baseline.samples);
      ctx.record('startProgrammes', {
        programmes: started,
        rounds: sizes,
        concurrency: CONCURRENCY,
        subjectSeconds: subject.seconds,
        baselineSeconds: baseline.seconds,
        abortSecondsUntimed: abortSeconds,
        failures,
        workerPid: worker.pid,
      });
      const ratio = rate / baseRate;
      const how = `${started} starts in ${sizes.length} rounds (${sizes.join(', ')}; one programme per municipality per round, aborted untimed between rounds), ${CONCURRENCY} clients, loopback; rounds alternate with the baseline`;
      const rows: BenchRow[] = [
        {
          module: MODULE,
          name: `start ${started} programmes over HTTP, sustained`,
          subject: subjectLatency,
          baseline: baselineLatency,
          ratio,
          ratioP50: subjectLatency.p50 / baselineLatency.p50,
          checks: [{ target: '≥ 5 starts/s', holds: rate >= 5 }],
          figure: { subject: perSecond(rate), baseline: perSecond(baseRate), ratioOf: 'starts/s' },
          note: `${how}; the mutation checks the token, reads the read model twice, starts the workflow and queries it (so waits for the worker's first workflow task); the baseline only waits for the server to accept a start; p50–p99 are per start, ${failures} failures`,
        },
        {
          module: MODULE,
          name: '  diagnostic: latency per start',
          subject: subjectLatency,
          baseline: baselineLatency,
          ratio: subjectLatency.p95 / baselineLatency.p95,
          ratioP50: subjectLatency.p50 / baselineLatency.p50,
          checks: [],
          figure: {
            subject: `p95 ${formatMs(subjectLatency.p95)}`,
            baseline: `p95 ${formatMs(baselineLatency.p95)}`,
            ratioOf: 'p95',
          },
          note: 'the same samples as above, as latency; no target',
        },
      ];
      return rows;
    } finally {
      await stopNoop();
      await api.close();
      await worker.stop();
      if (readModel.isInitialized) await readModel.destroy();
      await stack.close();
    }
  },
};
