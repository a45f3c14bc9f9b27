import type { DataSource } from 'typeorm';
import { NationalOverviewReadModel, PeerComparisonReadModel, ProgrammeReadModel } from '../../libs/persistence/src';
import { DATABASES, seededDatabase, type DatabaseLabel, type SeededDatabase } from '../fixtures/seeded-database';
import { captureQueries, type CapturedQuery } from '../support/capture-sql';
import { measureInterleaved, roundOptions, row, target } from '../support/measure';
import type { BenchContext, BenchModule, BenchRow } from '../support/types';

const MODULE = 'read-model';

/** Overview targets of issue 7 (target 3): p95 per database, and at most 1.5× its raw SQL. */
export const OVERVIEW_P95_MS: Record<DatabaseLabel, number> = { SQLite: 50, PostgreSQL: 100 };
const OVERVIEW_MAX_RATIO = 1.5;
const FIND_LATEST_MAX_RATIO = 2;

// What `findLatest` answers, written by hand as one statement: the newest programme of the
// municipality with its municipality row.
const LATEST_BY_CODE: Record<DatabaseLabel, string> = {
  SQLite: `SELECT p.*, m.* FROM programme p JOIN municipality m ON m.code = p.municipality_code
           WHERE p.municipality_code = ? ORDER BY p.sequence DESC LIMIT 1`,
  PostgreSQL: `SELECT p.*, m.* FROM programme p JOIN municipality m ON m.code = p.municipality_code
               WHERE p.municipality_code = $1 ORDER BY p.sequence DESC LIMIT 1`,
};

/** Runs captured statements one after the other on the bare driver. */
async function replay(db: SeededDatabase, queries: readonly CapturedQuery[]): Promise<unknown[]> {
  let last: unknown[] = [];
  for (const q of queries) last = await db.raw.run(q.sql, q.params);
  return last;
}

/** The same, without a promise on the synchronous driver (no microtask in the baseline). */
function replayEach(db: SeededDatabase, queries: readonly CapturedQuery[]): unknown {
  if (db.raw.async) return replay(db, queries);
  let last: unknown = [];
  for (const q of queries) last = db.raw.run(q.sql, q.params);
  return last;
}

async function programmeByCode(ctx: BenchContext, db: SeededDatabase): Promise<BenchRow[]> {
  const sut = new ProgrammeReadModel(db.dataSource);
  const latest = new Map<string, number>();
  for (const slot of db.dataset.slots)
    latest.set(slot.municipality.code, Math.max(latest.get(slot.municipality.code) ?? 0, slot.sequence));
  const codes = [...latest.keys()];
  const sql = LATEST_BY_CODE[db.label];

  // Every code once: the answers agree, and TypeORM's own statements are captured per code.
  const captured: CapturedQuery[][] = [];
  for (const code of codes) {
    const { result, queries } = await captureQueries(db.dataSource, () => sut.findLatest(code));
    const [raw] = (await db.raw.run(sql, [code])) as Array<{ id: string }>;
    if (!result || result.sequence !== latest.get(code) || raw?.id !== result.id || !result.municipality) {
      throw new Error(`findLatest(${code}) answered ${result?.id}, the raw SQL ${raw?.id}`);
    }
    captured.push(queries);
  }
  const statements = captured[0]!.length;

  let a = 0;
  let b = 0;
  let c = 0;
  ctx.log(`${db.label}: programme by code (findLatest vs raw SQL), ${codes.length} municipality codes in turn...`);
  const [orm, raw, shape] = await measureInterleaved(
    [
      { name: 'findLatest (TypeORM)', fn: () => sut.findLatest(codes[a++ % codes.length]!), async: true },
      {
        name: 'hand-written SQL, 1 statement',
        fn: () => db.raw.run(sql, [codes[b++ % codes.length]!]),
        async: db.raw.async,
      },
      {
        name: `TypeORM's ${statements} statement(s), raw`,
        fn: () => replayEach(db, captured[c++ % codes.length]!),
        async: db.raw.async,
      },
    ],
    roundOptions(ctx.quick, { rounds: 5, roundTimeMs: 1500, minIterations: 100, warmupIterations: 50 }),
  );
  return [
    row(MODULE, `programme by code · ${db.label}`, orm!, raw!, [target.ratioAtMost(FIND_LATEST_MAX_RATIO)]),
    row(
      MODULE,
      `  TypeORM's SQL replayed raw · ${db.label}`,
      shape!,
      raw!,
      [],
      `diagnostic: findLatest sends ${statements} statement(s), built once by TypeORM's query builder (PreparedSelect); replaying them on the bare driver splits the ratio into query shape and ORM overhead (query runner, hydration)`,
    ),
  ];
}

async function nationalOverview(ctx: BenchContext, db: SeededDatabase): Promise<BenchRow[]> {
  const sut = new NationalOverviewReadModel(db.dataSource);
  await sut.overview();
  const { result, queries } = await captureQueries(db.dataSource, () => sut.overview());
  if (result.total !== db.dataset.slots.length)
    throw new Error(`overview counts ${result.total} programmes, expected ${db.dataset.slots.length}`);
  const rows = await replay(db, queries);
  if (rows.length === 0) throw new Error('the overview SQL answered no rows on the bare driver');
  ctx.record(`overviewStatements:${db.label}`, queries.length);

  ctx.log(
    `${db.label}: nationalOverview over ${db.dataset.slots.length} programmes (read model vs its SQL: ${queries.length} statement(s))...`,
  );
  const [orm, raw] = await measureInterleaved(
    [
      { name: 'NationalOverviewReadModel.overview()', fn: () => sut.overview(), async: true },
      { name: 'its SQL on the bare driver', fn: () => replayEach(db, queries), async: db.raw.async },
    ],
    roundOptions(ctx.quick, { rounds: 5, roundTimeMs: 2500, minIterations: 5, warmupIterations: 2 }),
  );
  return [
    row(MODULE, `nationalOverview · ${db.label}`, orm!, raw!, [
      target.p95AtMost(OVERVIEW_P95_MS[db.label]),
      target.ratioAtMost(OVERVIEW_MAX_RATIO),
    ]),
  ];
}

/**
 * Issue 17.5 (docs/rules.md "Peer comparison"): the national list "slower than 80 % of peers", its
 * first page, vs its two statements on the bare driver; held to the overview's targets.
 */
async function slowerThanPeers(ctx: BenchContext, db: SeededDatabase): Promise<BenchRow[]> {
  const sut = new PeerComparisonReadModel(db.dataSource);
  const now = Date.now();
  await sut.slowerThanPeers(now, 50);
  const { result, queries } = await captureQueries(db.dataSource, () => sut.slowerThanPeers(now, 50));
  ctx.record(`slowerThanPeers:${db.label}`, { flagged: result.total, statements: queries.length });
  ctx.log(`${db.label}: slowerThanPeers over ${db.dataset.slots.length} programmes (${result.total} flagged)...`);
  const [orm, raw] = await measureInterleaved(
    [
      { name: 'PeerComparisonReadModel.slowerThanPeers()', fn: () => sut.slowerThanPeers(now, 50), async: true },
      { name: 'its SQL on the bare driver', fn: () => replayEach(db, queries), async: db.raw.async },
    ],
    roundOptions(ctx.quick, { rounds: 5, roundTimeMs: 2500, minIterations: 5, warmupIterations: 2 }),
  );
  return [
    row(MODULE, `slowerThanPeers · ${db.label}`, orm!, raw!, [
      target.p95AtMost(OVERVIEW_P95_MS[db.label]),
      target.ratioAtMost(OVERVIEW_MAX_RATIO),
    ]),
  ];
}

/**
 * The branches of a `UNION ALL` statement, each runnable alone: a leading `WITH` (common table
 * expressions, up to the first line that starts with SELECT) goes in front of every branch.
 */
export function unionBranches(sql: string): string[] {
  const parts = sql.split(/\nUNION ALL\n/);
  const shared = /^\s*WITH\b[\s\S]*?\n(?=SELECT\b)/i.exec(parts[0]!);
  if (!shared) return parts;
  const prefix = shared[0];
  return [parts[0]!.slice(prefix.length), ...parts.slice(1)].map((branch) => prefix + branch);
}

/** Per statement of the overview, its share of the time on the bare driver: where it goes. */
export async function overviewBranches(
  db: SeededDatabase,
  dataSource: DataSource = db.dataSource,
): Promise<Array<{ branch: string; ms: number }>> {
  const { queries } = await captureQueries(dataSource, () => new NationalOverviewReadModel(dataSource).overview());
  const out: Array<{ branch: string; ms: number }> = [];
  for (const q of queries) {
    for (const branch of unionBranches(q.sql)) {
      try {
        await db.raw.run(branch, q.params);
      } catch {
        continue; // not a statement of its own (the SQL is shaped differently now)
      }
      const runs: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await db.raw.run(branch, q.params);
        runs.push(performance.now() - t);
      }
      runs.sort((x, y) => x - y);
      const own = branch
        .slice(branch.search(/(^|\n)SELECT '/))
        .replace(/\s+/g, ' ')
        .trim();
      out.push({ branch: own.slice(0, 120), ms: Math.round(runs[2]! * 100) / 100 });
    }
  }
  return out.sort((x, y) => y.ms - x.ms);
}

export const readModelModule: BenchModule = {
  name: MODULE,
  summary:
    'issue 7 target 3 / issue 6: programme by code and nationalOverview at 10,000 programmes, TypeORM vs its SQL on the bare driver, SQLite and PostgreSQL',
  async run(ctx) {
    const rows: BenchRow[] = [];
    for (const label of DATABASES) {
      const db = await seededDatabase(ctx, label);
      rows.push(...(await programmeByCode(ctx, db)));
      rows.push(...(await nationalOverview(ctx, db)));
      rows.push(...(await slowerThanPeers(ctx, db)));
      // Where the overview's time goes, statement branch by branch (median of 5, bare driver).
      const branches = await overviewBranches(db);
      ctx.record(`overviewBranches:${label}`, branches.slice(0, 8));
    }
    return rows;
  },
};
