import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { programmeStartOptions } from '../../apps/api/src/programmes/start-options';
import { PROGRAMME_LIFECYCLE_WORKFLOW, type ProgrammeLifecycleInput } from '../../libs/contracts/src';
import { programmeWorkflowId, type MunicipalityCode } from '../../libs/domain/src';
import { migrate, MunicipalityEntity, openDataSource } from '../../libs/persistence/src';
import { DevServer } from '../../test/support/dev-server';
import { freePort } from '../../test/support/free-port';
import { WorkerProcess } from '../../test/support/worker-process';
import type { BenchContext } from './types';
import { temporalDataConverter } from '../../libs/platform/src';

/**
 * What the Temporal modules (`start-programmes`, `worker-memory`, `projection-lag`) share: a
 * throw-away dev server, a migrated read model (the migrations load the 342 municipalities, as
 * `npm start` does), and the product worker as its own OS process (`dist/apps/worker/src/main.js`,
 * as `npm start` runs it; `infra/bench.sh` builds `dist/` first).
 */

export interface TemporalStack {
  server: DevServer;
  client: Client;
  /** Path of the SQLite read model (migrated), or a PostgreSQL URL. */
  databaseUrl: string;
  municipalities: MunicipalityEntity[];
  /** Stops what `startTemporalStack` started (also registered with ctx.onCleanup). */
  close(): Promise<void>;
}

/** A dev server on a free loopback port, a migrated read model, and a client; no worker yet. */
export async function startTemporalStack(
  ctx: BenchContext,
  label: string,
  databaseUrl?: string,
): Promise<TemporalStack> {
  const dir = ctx.tempDir(`olievlek-bench-${label}-`);
  ctx.log(`${label}: starting the Temporal dev server...`);
  const server = await DevServer.start({ dbFile: join(dir, 'temporal.sqlite'), startTimeoutMs: 60_000 });
  let closed = false;
  const connections: Array<{ close(): Promise<void> }> = [];
  const close = async () => {
    if (closed) return;
    closed = true;
    for (const c of connections.reverse()) await c.close().catch(() => undefined);
    await server.stop();
  };
  ctx.onCleanup(close);
  const url = databaseUrl ?? join(dir, 'read-model.sqlite');
  const dataSource = await openDataSource({ url });
  let municipalities: MunicipalityEntity[];
  try {
    await migrate(dataSource);
    municipalities = await dataSource.getRepository(MunicipalityEntity).find({ order: { code: 'ASC' } });
  } finally {
    await dataSource.destroy();
  }
  const connection = await Connection.connect({ address: server.address });
  connections.push(connection);
  const client = new Client({ connection, namespace: server.namespace, dataConverter: temporalDataConverter });
  return { server, client, databaseUrl: url, municipalities, close };
}

/** The input the API gives a new programme (`ProgrammeService.start`), for a municipality and sequence. */
export function programmeInput(
  m: MunicipalityEntity,
  sequence: number,
): ProgrammeLifecycleInput & { province: string } {
  return {
    programmeId: programmeWorkflowId(m.code as MunicipalityCode, sequence),
    municipalityCode: m.code,
    sequence,
    province: m.province,
    schoolHolidayRegion: m.schoolHolidayRegion,
  };
}

/** Starts a programme workflow directly, with the options the API starts it with. */
export function startProgrammeWorkflow(client: Client, m: MunicipalityEntity, sequence: number) {
  return client.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, programmeStartOptions(programmeInput(m, sequence)));
}

/** Runs `task(i)` for i in 0..n-1 with `concurrency` in flight; resolves when all are done (rejects on the first failure). */
export async function pool(n: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < n) {
      const i = next++;
      await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, lane));
}

export interface WorkerProcessHandle {
  pid: number;
  /** `http://127.0.0.1:<port>/metrics` of the worker's own Prometheus registry (prom-client). */
  metricsUrl: string;
  /** The Temporal SDK's (Core's) Prometheus exporter. */
  temporalMetricsUrl: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * The compiled product worker as its own process (`test/support/worker-process.ts`: its own
 * process group, configured only through its environment, as `npm start` and the chart run it),
 * with its metrics and the Temporal SDK's on free loopback ports. Resolves once it runs.
 */
export async function startWorkerProcess(
  ctx: BenchContext,
  stack: TemporalStack,
  label: string,
  env: Record<string, string> = {},
): Promise<WorkerProcessHandle> {
  const metricsPort = await freePort();
  const temporalMetricsPort = await freePort();
  ctx.log(`${label}: starting the product worker process...`);
  const worker = await WorkerProcess.start({
    temporalAddress: stack.server.address,
    namespace: stack.server.namespace,
    dataDir: ctx.tempDir(`olievlek-bench-${label}-worker-`),
    databaseUrl: stack.databaseUrl,
    // startTemporalStack migrated it.
    migrate: false,
    env: {
      WORKER_METRICS_PORT: String(metricsPort),
      WORKER_METRICS_HOST: '127.0.0.1',
      TEMPORAL_METRICS_BIND_ADDRESS: `127.0.0.1:${temporalMetricsPort}`,
      WORKER_SHUTDOWN_GRACE_MS: '2000',
      ...env,
    },
  });
  let stopped: Promise<unknown> | undefined;
  const stop = async () => {
    await (stopped ??= worker.stop(10_000));
  };
  ctx.onCleanup(stop);
  return {
    pid: worker.pid!,
    metricsUrl: `http://127.0.0.1:${metricsPort}/metrics`,
    temporalMetricsUrl: `http://127.0.0.1:${temporalMetricsPort}/metrics`,
    output: () => worker.output,
    stop,
  };
}

/** VmRSS of a process in bytes, from /proc/<pid>/status (threads included: the workflow threads share it). */
export function rssBytes(pid: number): number {
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for ${pid}`);
  return Number(match[1]) * 1024;
}

/** The sum of a Prometheus metric's samples (every label set), or undefined when it is absent. */
export async function promSum(url: string, name: string): Promise<number | undefined> {
  const text = await (await fetch(url)).text();
  let sum: number | undefined;
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)/.exec(line);
    if (m && m[1] === name) sum = (sum ?? 0) + Number(m[3]);
  }
  return sum;
}

/** Polls `probe` every `everyMs` until it holds, failing after `timeoutMs`. */
export async function waitFor(
  what: string,
  probe: () => Promise<boolean> | boolean,
  timeoutMs: number,
  everyMs = 200,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** `12.3 MiB`. */
export const formatMiB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** A step's actor, as the update-latency module sends it. */
export const PROJECT_LEAD = { role: 'PROJECT_LEAD', name: 'Projectleider' } as const;
