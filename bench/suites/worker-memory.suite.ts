import { getHeapStatistics } from 'node:v8';
import type { WorkflowHandle } from '@temporalio/client';
import { programmeUpdates } from '../../libs/contracts/src';
import { openDataSource } from '../../libs/persistence/src';
import {
  formatMiB,
  pool,
  PROJECT_LEAD,
  promSum,
  rssBytes,
  startProgrammeWorkflow,
  startTemporalStack,
  startWorkerProcess,
  waitFor,
  type WorkerProcessHandle,
} from '../support/temporal-stack';
import type { BenchContext, BenchModule, Latency } from '../support/types';

const MODULE = 'worker-memory';
const CONCURRENCY = 10;
const WARM_UP = 20;
const MiB = 1024 * 1024;

/** The Temporal TypeScript SDK's default `maxCachedWorkflows` (reuseV8Context on) for a heap limit. */
export function sdkDefaultMaxCachedWorkflows(heapLimitBytes: number): number {
  return Math.max(Math.floor((Math.max(heapLimitBytes / MiB - 200, 0) * 600) / 1024), 10);
}

/**
 * VmRSS once it has settled: sampled every second until five samples in a row lie within 2 MB of
 * each other (at most `maxS` seconds); the median of those five.
 */
async function settledRss(ctx: BenchContext, pid: number, maxS = 30): Promise<{ rss: number; samples: number[] }> {
  const samples: number[] = [];
  const deadline = Date.now() + maxS * 1000;
  for (;;) {
    await new Promise((r) => setTimeout(r, 1000));
    samples.push(rssBytes(pid));
    const last = samples.slice(-5);
    if (last.length === 5 && Math.max(...last) - Math.min(...last) <= 2 * MiB) break;
    if (Date.now() > deadline) {
      ctx.log(`${MODULE}: RSS still moving after ${maxS} s; taking the median of the last five samples`);
      break;
    }
  }
  const last = [...samples.slice(-5)].sort((a, b) => a - b);
  return { rss: last[Math.floor(last.length / 2)]!, samples };
}

async function workerFigures(worker: WorkerProcessHandle) {
  return {
    stickyCacheSize: await promSum(worker.temporalMetricsUrl, 'temporal_sticky_cache_size'),
    forcedEvictions: await promSum(worker.temporalMetricsUrl, 'temporal_sticky_cache_total_forced_eviction_total'),
    heapUsedBytes: await promSum(worker.metricsUrl, 'nodejs_heap_size_used_bytes'),
    promRssBytes: await promSum(worker.metricsUrl, 'process_resident_memory_bytes'),
  };
}

/** A row whose figure is a size, not a latency: the latency columns stay empty (as `replay` does it). */
const noLatency = (name: string): Latency => ({
  name,
  n: 1,
  p50: Number.NaN,
  p95: Number.NaN,
  p99: Number.NaN,
  mean: Number.NaN,
});

export const workerMemoryModule: BenchModule = {
  name: MODULE,
  summary:
    'issue 7 target 7: RSS of the product worker process with 1,000 open programmes (each one step taken, all cached) vs the same process idle; per cached programme',
  async run(ctx) {
    const total = ctx.quick ? 200 : 1000;
    // The worker runs on this Node with the same flags and environment (no --max-old-space-size), so its heap limit is this one.
    const heapLimit = getHeapStatistics().heap_size_limit;
    const maxCached = sdkDefaultMaxCachedWorkflows(heapLimit);
    const stack = await startTemporalStack(ctx, MODULE);
    const worker = await startWorkerProcess(ctx, stack, MODULE);
    const readModel = await openDataSource({ url: stack.databaseUrl });
    ctx.onCleanup(async () => {
      if (readModel.isInitialized) await readModel.destroy();
    });
    const versionsShown = async (ids: string[], atLeast: number) => {
      const rows = (await readModel.query(`SELECT id, version FROM programme`)) as Array<{
        id: string;
        version: number | string;
      }>;
      const wanted = new Set(ids);
      return rows.filter((r) => wanted.has(r.id) && Number(r.version) >= atLeast).length === ids.length;
    };
    const step = (h: WorkflowHandle, n: number) =>
      h.executeUpdate(programmeUpdates.designateAdministrativeLead, {
        args: [{ name: `Wethouder ${n}`, actor: PROJECT_LEAD } as never],
      });
    try {
      // Warm-up, then back to 0 programmes: 20 programmes started, stepped and aborted; a closed
      // workflow leaves the cache, so the idle figure is the worker after real work, with none cached.
      ctx.log(`${MODULE}: warm-up (${WARM_UP} programmes started, stepped, aborted)...`);
      const m0 = stack.municipalities;
      const warm: WorkflowHandle[] = [];
      await pool(WARM_UP, CONCURRENCY, async (i) => {
        const h = await startProgrammeWorkflow(stack.client, m0[i]!, 1);
        warm.push(h);
        await step(h, i);
        await h.executeUpdate(programmeUpdates.abortProgramme, {
          args: [{ reason: 'bench: opwarmen', actor: PROJECT_LEAD } as never],
        });
        await h.result();
      });
      await waitFor(
        'the warm-up programmes to leave the cache',
        async () => (await promSum(worker.temporalMetricsUrl, 'temporal_sticky_cache_size')) === 0,
        30_000,
      );
      ctx.log(`${MODULE}: idle RSS (0 programmes)...`);
      const idle = await settledRss(ctx, worker.pid);
      const idleFigures = await workerFigures(worker);

      ctx.log(`${MODULE}: starting ${total} programmes, one step each...`);
      const ids: string[] = [];
      const t0 = performance.now();
      await pool(total, CONCURRENCY, async (i) => {
        // Municipalities in turn; sequence 2.. so none collides with the warm-up's.
        const m = m0[i % m0.length]!;
        const h = await startProgrammeWorkflow(stack.client, m, 2 + Math.floor(i / m0.length));
        ids.push(h.workflowId);
        await step(h, i);
      });
      const startSeconds = (performance.now() - t0) / 1000;
      // Each step's projection done (no activity in flight), and every programme in the cache.
      await waitFor('the read model to show every step', () => versionsShown(ids, 2), 300_000, 500);
      await waitFor(
        `${total} programmes in the worker's cache`,
        async () =>
          (await promSum(worker.temporalMetricsUrl, 'temporal_sticky_cache_size'))! >= Math.min(total, maxCached),
        60_000,
      );
      ctx.log(`${MODULE}: RSS with ${total} open programmes...`);
      const loaded = await settledRss(ctx, worker.pid);
      const loadedFigures = await workerFigures(worker);
      const perProgramme = (loaded.rss - idle.rss) / total;
      const heapPerProgramme =
        loadedFigures.heapUsedBytes !== undefined && idleFigures.heapUsedBytes !== undefined
          ? (loadedFigures.heapUsedBytes - idleFigures.heapUsedBytes) / total
          : undefined;
      ctx.record('workerMemory', {
        programmes: total,
        workerPid: worker.pid,
        maxCachedWorkflows: {
          value: maxCached,
          source: 'SDK default (the worker sets none): max(floor((heapLimitMiB - 200) * 600 / 1024), 10)',
          heapLimitMiB: heapLimit / MiB,
        },
        idle: { rssBytes: idle.rss, rssSamples: idle.samples, ...idleFigures },
        loaded: { rssBytes: loaded.rss, rssSamples: loaded.samples, ...loadedFigures },
        startAndStepSeconds: startSeconds,
        perProgrammeBytes: perProgramme,
        mainThreadHeapPerProgrammeBytes: heapPerProgramme,
      });
      const cached = loadedFigures.stickyCacheSize ?? Number.NaN;
      const cacheNote =
        `cached workflows (Temporal's temporal_sticky_cache_size) ${idleFigures.stickyCacheSize ?? '?'} idle, ${cached} loaded; forced evictions ${loadedFigures.forcedEvictions ?? 0}; ` +
        `maxCachedWorkflows is the SDK default, ${maxCached} at this heap limit (${Math.round(heapLimit / MiB)} MiB)${maxCached < total ? ` — BELOW ${total}: not every programme can stay cached` : ''}`;
      const samplesNote = `VmRSS of the worker process (/proc/<pid>/status), median of 5 settled samples 1 s apart; idle = the same process after a warm-up, 0 programmes cached`;
      return [
        {
          module: MODULE,
          name: `worker RSS, ${total} open programmes`,
          subject: noLatency(`worker process with ${total} open programmes, VmRSS`),
          baseline: noLatency('the same worker process idle (0 programmes), VmRSS'),
          ratio: loaded.rss / idle.rss,
          checks: [],
          figure: { subject: formatMiB(loaded.rss), baseline: formatMiB(idle.rss), ratioOf: 'RSS' },
          note: `${samplesNote}; ${cacheNote}`,
        },
        {
          module: MODULE,
          name: '  per cached programme',
          subject: noLatency('RSS growth per cached programme'),
          ratio: perProgramme / MiB,
          // RSS that fell while the programmes loaded (the idle process still held garbage) measures
          // nothing: the target is then not shown to hold.
          checks: [
            { target: '≤ 1 MiB per programme', holds: perProgramme > 0 && perProgramme <= MiB && cached >= total },
          ],
          figure: {
            subject: `${(perProgramme / 1024).toFixed(0)} KiB`,
            baseline: '1 MiB',
            ratioOf: 'bytes',
          },
          note: `(RSS with ${total} − RSS idle) / ${total}, against the 1 MiB target; the target holds only if all ${total} were cached and RSS grew (with few programmes the idle process's garbage can hide their size). The worker's nodejs_heap_size_used_bytes (recorded) covers its main thread only, not the SDK's workflow thread where the cached workflows live, so RSS is the figure`,
        },
      ];
    } finally {
      if (readModel.isInitialized) await readModel.destroy();
      await worker.stop();
      await stack.close();
    }
  },
};
