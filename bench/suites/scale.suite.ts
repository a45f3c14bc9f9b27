import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Principal } from '../../apps/api/src/auth';
import { TasksService } from '../../apps/api/src/tasks/tasks.service';
import { NationalOverviewReadModel, openDataSource } from '../../libs/persistence/src';
import { scaleDatabase, SCALE_PROGRAMME_COUNT } from '../fixtures/scale-database';
import type { SeededDatabase } from '../fixtures/seeded-database';
import { overviewBranches } from './read-model.suite';
import { captureQueries, type CapturedQuery } from '../support/capture-sql';
import { measureInterleaved, roundOptions, row, target } from '../support/measure';
import type { BenchContext, BenchModule, BenchRow } from '../support/types';

const MODULE = 'scale';

/** Issue 18.3's targets at 100,000 programmes. */
const SCALE_OVERVIEW_P95_MS = 200;
const SCALE_TASKS_P95_MS = 50;

/** The workspace's page of Mijn taken (apps/web my-tasks.tsx shows the 50 most urgent first). */
const TASK_PAGE = 50;

const KWARTIERMAKER: Principal = {
  subject: 'bench-kwartiermaker',
  role: 'KWARTIERMAKER',
  municipalities: [],
  programmes: [],
};

/** Captured statements, one after the other, on one bare `pg` client. */
async function replay(client: Client, queries: readonly CapturedQuery[]): Promise<unknown[]> {
  let last: unknown[] = [];
  for (const q of queries) last = (await client.query(q.sql, q.params)).rows as unknown[];
  return last;
}

/**
 * EXPLAIN ANALYZE of each captured statement: its first lines, the lines of its common table
 * expressions and UNION branches (where the time goes), and the execution time.
 */
async function explain(
  client: Client,
  queries: readonly CapturedQuery[],
): Promise<Array<{ sql: string; plan: string[] }>> {
  const out: Array<{ sql: string; plan: string[] }> = [];
  for (const q of queries) {
    const plan = (
      await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params)
    ).rows.map((r) => r['QUERY PLAN']);
    const branches = plan.filter((line, i) => i >= 8 && /CTE \w+$|Subquery Scan|^\s*->\s{2}CTE Scan/.test(line));
    out.push({
      sql: q.sql.replace(/\s+/g, ' ').trim().slice(0, 160),
      plan: [...plan.slice(0, 8), ...branches.map((l) => l.replace(/\(cost=[^)]*\) /, '')), ...plan.slice(-2)],
    });
  }
  return out;
}

async function overviewRow(
  ctx: BenchContext,
  dataSource: DataSource,
  client: Client,
  count: number,
): Promise<BenchRow> {
  const sut = new NationalOverviewReadModel(dataSource);
  await sut.overview();
  const { result, queries } = await captureQueries(dataSource, () => sut.overview());
  if (result.total !== count) throw new Error(`overview counts ${result.total} programmes, expected ${count}`);
  ctx.record('scaleOverviewPlan', await explain(client, queries));
  // Per branch of the statement, its time alone on the bare driver (median of 5), slowest first.
  const bare = { run: async (sql: string, params: readonly unknown[]) => (await client.query(sql, [...params])).rows };
  ctx.record(
    'scaleOverviewBranches',
    (await overviewBranches({ raw: bare } as unknown as SeededDatabase, dataSource)).slice(0, 8),
  );
  ctx.log(`scale: nationalOverview over ${count} programmes (read model vs its SQL on one pg client)...`);
  const [orm, raw] = await measureInterleaved(
    [
      { name: 'NationalOverviewReadModel.overview()', fn: () => sut.overview(), async: true },
      { name: 'its SQL on the bare driver', fn: () => replay(client, queries), async: true },
    ],
    roundOptions(ctx.quick, { rounds: 5, roundTimeMs: 2500, minIterations: 5, warmupIterations: 2 }),
  );
  return row(
    MODULE,
    `nationalOverview · ${count.toLocaleString('en')} · PostgreSQL`,
    orm!,
    raw!,
    [target.p95AtMost(SCALE_OVERVIEW_P95_MS)],
    `issue 18.3; ${queries.length} statement(s); plan in scaleOverviewPlan`,
  );
}

async function tasksRow(ctx: BenchContext, dataSource: DataSource, client: Client, count: number): Promise<BenchRow> {
  const sut = new TasksService(dataSource);
  const now = Date.now();
  // The whole list once, untimed by tinybench: what the page is cut from (and what it cost before `first`).
  const started = performance.now();
  const all = await sut.tasks(KWARTIERMAKER, [], now);
  const wholeListMs = Math.round(performance.now() - started);
  const page = () => sut.tasks(KWARTIERMAKER, [], now, TASK_PAGE);
  await page();
  const { result, queries } = await captureQueries(dataSource, page);
  const same = (a: typeof all) => a.map((r) => `${r.task.programmeId} ${r.task.step} ${r.task.escalationId ?? ''}`);
  if (JSON.stringify(same(result)) !== JSON.stringify(same(all.slice(0, TASK_PAGE))))
    throw new Error('the page of Mijn taken is not the first tasks of the whole list');
  const programmes = new Set(all.map((r) => r.task.programmeId)).size;
  ctx.record('scaleKwartiermakerTasks', {
    wholeList: { tasks: all.length, programmes, ms: wholeListMs },
    page: { first: TASK_PAGE, tasks: result.length, statements: queries.length },
  });
  ctx.record('scaleTasksPlan', await explain(client, queries));
  ctx.log(
    `scale: Mijn taken of a kwartiermaker over ${count} programmes: page of ${TASK_PAGE} (the whole list: ${all.length} tasks of ${programmes} programmes, ${wholeListMs} ms once)...`,
  );
  const [service, raw] = await measureInterleaved(
    [
      { name: `TasksService.tasks (kwartiermaker, first ${TASK_PAGE})`, fn: page, async: true },
      { name: 'its SQL on the bare driver', fn: () => replay(client, queries), async: true },
    ],
    roundOptions(ctx.quick, { rounds: 5, roundTimeMs: 2500, minIterations: 5, warmupIterations: 2 }),
  );
  return row(
    MODULE,
    `Mijn taken page · kwartiermaker · ${count.toLocaleString('en')} · PostgreSQL`,
    service!,
    raw!,
    [target.p95AtMost(SCALE_TASKS_P95_MS)],
    `issue 18.3; me.tasks(first: ${TASK_PAGE}), the first ${TASK_PAGE} of ${all.length} tasks (the whole list took ${wholeListMs} ms once), ${queries.length} statement(s); plan in scaleTasksPlan`,
  );
}

export const scaleModule: BenchModule = {
  name: MODULE,
  summary:
    'issue 18.3: nationalOverview and a kwartiermaker’s Mijn taken at 100,000 programmes on PostgreSQL (bulk-filled with the projection’s rows), vs their SQL on the bare driver',
  async run(ctx) {
    const count = ctx.quick ? SCALE_PROGRAMME_COUNT / 4 : SCALE_PROGRAMME_COUNT;
    const db = await scaleDatabase(ctx, count);
    const dataSource = await openDataSource({ url: db.url });
    ctx.onCleanup(() => dataSource.destroy());
    const client = new Client({ connectionString: db.url });
    await client.connect();
    ctx.onCleanup(() => client.end());
    return [await overviewRow(ctx, dataSource, client, count), await tasksRow(ctx, dataSource, client, count)];
  },
};
