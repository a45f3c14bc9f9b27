import Database from 'better-sqlite3';
import { Client as PgClient } from 'pg';
import type { WorkflowHandle } from '@temporalio/client';
import { programmeUpdates } from '../../libs/contracts/src';
import type { ProgrammeState } from '../../libs/domain/src';
import { openDataSource, ProgrammeReadModel } from '../../libs/persistence/src';
import { createDatabase } from '../../test/support/postgres';
import { DATABASES, type DatabaseLabel } from '../fixtures/seeded-database';
import { summarise } from '../support/measure';
import { formatMs } from '../support/report';
import {
  PROJECT_LEAD,
  promSum,
  startProgrammeWorkflow,
  startTemporalStack,
  startWorkerProcess,
  waitFor,
} from '../support/temporal-stack';
import type { BenchContext, BenchModule, BenchRow } from '../support/types';

const MODULE = 'projection-lag';
const POOL = 20;
const POLL_MS = 2;
const TIMEOUT_MS = 30_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The read model's version of a programme, read directly: a prepared statement (SQLite) or one pg client with a named statement. */
interface VersionProbe {
  version(id: string): Promise<number | undefined>;
  close(): Promise<void>;
}

async function versionProbe(label: DatabaseLabel, url: string): Promise<VersionProbe> {
  if (label === 'SQLite') {
    const db = new Database(url, { readonly: true, fileMustExist: true });
    const stmt = db.prepare('SELECT version FROM programme WHERE id = ?');
    return {
      version: async (id) => (stmt.get(id) as { version: number } | undefined)?.version,
      close: async () => void db.close(),
    };
  }
  const client = new PgClient({ connectionString: url });
  await client.connect();
  return {
    version: async (id) => {
      const r = await client.query<{ version: string | number }>({
        name: 'bench-version',
        text: 'SELECT version FROM programme WHERE id = $1',
        values: [id],
      });
      return r.rows[0] ? Number(r.rows[0].version) : undefined;
    },
    close: () => client.end(),
  };
}

async function lagOn(ctx: BenchContext, label: DatabaseLabel): Promise<BenchRow[]> {
  const pg = label === 'PostgreSQL' ? await ctx.postgres() : undefined;
  const url = pg ? await createDatabase(pg.adminUrl, 'bench_lag') : undefined;
  const stack = await startTemporalStack(ctx, `${MODULE}-${label.toLowerCase()}`, url);
  const worker = await startWorkerProcess(ctx, stack, `${MODULE} · ${label}`);
  const probe = await versionProbe(label, stack.databaseUrl);
  // The baseline's writer: the read model's own upsert, in this process, on the same database.
  const dataSource = await openDataSource({ url: stack.databaseUrl });
  const readModel = new ProgrammeReadModel(dataSource);
  ctx.onCleanup(async () => {
    await probe.close().catch(() => undefined);
    if (dataSource.isInitialized) await dataSource.destroy();
  });
  try {
    const municipalities = stack.municipalities;
    const programmes: WorkflowHandle[] = [];
    for (let i = 0; i < POOL; i++) programmes.push(await startProgrammeWorkflow(stack.client, municipalities[i]!, 1));
    await waitFor(
      'the pool to show in the read model',
      async () => {
        for (const h of programmes) if ((await probe.version(h.workflowId)) === undefined) return false;
        return true;
      },
      60_000,
    );

    let n = 0;
    const lags: number[] = [];
    const updates: number[] = [];
    let visibleAtAnswer = 0;
    /** One lifecycle step; then how long until the read model shows its version. */
    const stepAndWait = async () => {
      const h = programmes[n++ % POOL]!;
      const t0 = performance.now();
      const view = await h.executeUpdate(programmeUpdates.designateAdministrativeLead, {
        args: [{ name: `Wethouder ${n}`, actor: PROJECT_LEAD } as never],
      });
      const t1 = performance.now();
      let first = true;
      for (;;) {
        const v = await probe.version(h.workflowId);
        if (v !== undefined && v >= view.version) break;
        first = false;
        if (performance.now() - t1 > TIMEOUT_MS)
          throw new Error(`${h.workflowId} v${view.version} not in the read model after ${TIMEOUT_MS} ms`);
        await sleep(POLL_MS);
      }
      if (first) visibleAtAnswer++;
      updates.push(t1 - t0);
      lags.push(performance.now() - t1);
    };
    // The bare write of the same state: the pool programme's latest state, under a shadow id (its
    // own row; sequence 1000+ keeps it clear of the real ones), each time one version newer so it is written.
    const shadowVersion = new Map<number, number>();
    let k = 0;
    const upserts: number[] = [];
    const bareUpsert = async () => {
      const i = k++ % POOL;
      const rows = (await dataSource.query(
        `SELECT state FROM programme WHERE id = ${label === 'SQLite' ? '?' : '$1'}`,
        [programmes[i]!.workflowId],
      )) as Array<{ state: string }>;
      const state = JSON.parse(rows[0]!.state) as ProgrammeState;
      const version = (shadowVersion.get(i) ?? state.version) + 1;
      shadowVersion.set(i, version);
      const shadow: ProgrammeState = {
        ...state,
        programmeId: `${state.programmeId}-shadow`,
        sequence: 1000 + state.sequence,
        version,
      };
      const t0 = performance.now();
      await readModel.upsert(shadow);
      upserts.push(performance.now() - t0);
    };

    // Untimed warm-up of both.
    for (let i = 0; i < POOL; i++) await stepAndWait();
    for (let i = 0; i < POOL; i++) await bareUpsert();
    lags.length = 0;
    updates.length = 0;
    upserts.length = 0;
    visibleAtAnswer = 0;
    const workerLagBefore = {
      sum: await promSum(worker.metricsUrl, 'olievlek_projection_lag_seconds_sum'),
      count: await promSum(worker.metricsUrl, 'olievlek_projection_lag_seconds_count'),
    };

    const rounds = ctx.quick ? 2 : 5;
    const perRound = ctx.quick ? 25 : 60;
    for (let round = 0; round < rounds; round++) {
      ctx.log(`${MODULE} · ${label}: round ${round + 1}/${rounds}: ${perRound} steps and ${perRound} bare upserts...`);
      (globalThis as { gc?: () => void }).gc?.();
      const steps = async () => {
        for (let i = 0; i < perRound; i++) await stepAndWait();
      };
      const writes = async () => {
        for (let i = 0; i < perRound; i++) await bareUpsert();
      };
      if (round % 2 === 0) {
        await steps();
        await writes();
      } else {
        await writes();
        await steps();
      }
    }
    const workerLagAfter = {
      sum: await promSum(worker.metricsUrl, 'olievlek_projection_lag_seconds_sum'),
      count: await promSum(worker.metricsUrl, 'olievlek_projection_lag_seconds_count'),
    };
    const workerMeanMs =
      workerLagAfter.sum !== undefined &&
      workerLagBefore.sum !== undefined &&
      workerLagAfter.count! > workerLagBefore.count!
        ? ((workerLagAfter.sum - workerLagBefore.sum) / (workerLagAfter.count! - workerLagBefore.count!)) * 1000
        : undefined;

    const lag = summarise('read model shows the step, after executeUpdate answered', lags);
    const upsert = summarise('ProgrammeReadModel.upsert of the same state, in this process', upserts);
    const update = summarise('executeUpdate designateAdministrativeLead (the step itself)', updates);
    ctx.record(`projectionLag:${label}`, {
      steps: lags.length,
      pool: POOL,
      pollMs: POLL_MS,
      visibleAtAnswer,
      workerMeanLagMs: workerMeanMs,
      workerPid: worker.pid,
    });
    const how = `${lags.length} steps one at a time round a pool of ${POOL} programmes, product worker process, read model polled every ${POLL_MS} ms (${label === 'SQLite' ? 'prepared better-sqlite3 statement, read-only, same file' : 'one pg client, named statement'}); ${visibleAtAnswer} already visible when the update answered; rounds alternate with the baseline`;
    return [
      {
        module: MODULE,
        name: `projection lag · ${label}`,
        subject: lag,
        baseline: upsert,
        ratio: lag.p99 / upsert.p99,
        ratioP50: lag.p50 / upsert.p50,
        checks: [{ target: 'p99 ≤ 1000 ms', holds: lag.p99 <= 1000 }],
        figure: { subject: `p99 ${formatMs(lag.p99)}`, baseline: `p99 ${formatMs(upsert.p99)}`, ratioOf: 'p99' },
        note: `${how}; the baseline is the write the projection activity makes, alone; the rest of the lag is Temporal handing the activity over; the worker's own olievlek_projection_lag_seconds (state updatedAt → written) averaged ${workerMeanMs === undefined ? '?' : formatMs(workerMeanMs)}`,
      },
      {
        module: MODULE,
        name: `  diagnostic: lag vs the step's own latency · ${label}`,
        subject: lag,
        baseline: update,
        ratio: lag.p99 / update.p99,
        ratioP50: lag.p50 / update.p50,
        checks: [],
        figure: { subject: `p99 ${formatMs(lag.p99)}`, baseline: `p99 ${formatMs(update.p99)}`, ratioOf: 'p99' },
        note: 'the same steps: how long the read model trails the answer, beside the answer itself; no target',
      },
    ];
  } finally {
    await probe.close().catch(() => undefined);
    if (dataSource.isInitialized) await dataSource.destroy();
    await worker.stop();
    await stack.close();
  }
}

export const projectionLagModule: BenchModule = {
  name: MODULE,
  summary:
    'issue 7 target 8: time from a lifecycle step answering (executeUpdate) to the read model showing it, product worker process, SQLite and PostgreSQL, vs the bare upsert',
  async run(ctx) {
    const rows: BenchRow[] = [];
    for (const label of DATABASES) rows.push(...(await lagOn(ctx, label)));
    return rows;
  },
};
