import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { repoRoot } from '../test/support/repo-root';
import { BENCH_MODULES } from './registry';
import { RunContext } from './support/context';
import { gitState, loadAverage, machine, table } from './support/report';
import type { BenchRow, Latency } from './support/types';

// `npm run bench [-- [--quick] [module ...]]` (infra/bench.sh compiles this into dist/bench/).
const USAGE = `usage: npm run bench -- [--quick] [--list] [module ...]
  (no module)  every module; writes bench/results/latest.json
  module ...   only these; writes bench/results/<names>.tmp.json (not committed)
  --quick      shorter rounds, rougher figures; writes bench/results/quick.tmp.json
  --list       the modules and what they measure
env: BENCH_TIMEOUT_S (default 1800) stops the run, cleaning up, when it takes longer`;

const round = (x: number | undefined) => (x === undefined ? undefined : Math.round(x * 10_000) / 10_000);
const latencyJson = (l: Latency) => ({
  name: l.name,
  n: l.n,
  p50: round(l.p50),
  p95: round(l.p95),
  p99: round(l.p99),
  mean: round(l.mean),
});
const rowJson = (r: BenchRow) => {
  const { name: subject, ...figures } = latencyJson(r.subject);
  return {
    module: r.module,
    name: r.name.trim(),
    subject,
    ...figures,
    baseline: r.baseline ? latencyJson(r.baseline) : null,
    ratio: round(r.ratio) ?? null,
    ratioP50: round(r.ratioP50) ?? null,
    checks: r.checks,
    holds: r.checks.length ? r.checks.every((c) => c.holds) : null,
    ...(r.note ? { note: r.note } : {}),
    ...(r.figure ? { figure: r.figure } : {}),
  };
};

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.includes('--list')) {
    for (const m of BENCH_MODULES) process.stdout.write(`${m.name.padEnd(16)} ${m.summary}\n`);
    return 0;
  }
  const quick = args.includes('--quick');
  const unknownFlags = args.filter((a) => a.startsWith('-') && a !== '--quick');
  const names = args.filter((a) => !a.startsWith('-'));
  const unknown = names.filter((n) => !BENCH_MODULES.some((m) => m.name === n));
  if (unknownFlags.length || unknown.length) {
    process.stderr.write(`unknown: ${[...unknownFlags, ...unknown].join(' ')}\n${USAGE}\n`);
    return 2;
  }
  const modules = names.length ? BENCH_MODULES.filter((m) => names.includes(m.name)) : BENCH_MODULES;

  const root = repoRoot();
  const ctx = new RunContext(quick, process.env.OLIEVLEK_PG_BIN);
  const stop = async (why: string, code: number) => {
    stopping = true;
    ctx.log(`${why}: cleaning up`);
    const forced = setTimeout(() => process.exit(code), 30_000);
    forced.unref();
    await ctx.cleanup();
    process.exit(code);
  };
  process.once('SIGINT', () => void stop('interrupted', 130));
  process.once('SIGTERM', () => void stop('terminated', 143));
  const timeoutS = Number(process.env.BENCH_TIMEOUT_S ?? 1800);
  const deadline = setTimeout(() => void stop(`time limit of ${timeoutS} s reached`, 1), timeoutS * 1000);
  deadline.unref();

  const startedAt = new Date();
  const loadAtStart = loadAverage();
  const rows: BenchRow[] = [];
  try {
    for (const m of modules) {
      ctx.log(`module ${m.name}: ${m.summary}`);
      rows.push(...(await m.run(ctx)));
    }
  } finally {
    await ctx.cleanup();
    clearTimeout(deadline);
  }

  const host = machine();
  const loadAtEnd = loadAverage();
  process.stdout.write(`${table(rows)}\n\n`);
  process.stdout.write(
    `${host.cpuModel}, ${host.cores} cores, ${host.memoryGiB} GiB, ${host.os}, Node ${host.node}; load average ${loadAtStart[0]} at the start, ${loadAtEnd[0]} at the end\n`,
  );
  if (Math.max(loadAtStart[0]!, loadAtEnd[0]!) > host.cores) {
    // Short operations suffer least from a crowded machine: ratios against them grow with the load.
    process.stdout.write(
      `note: the machine was busy (load average above ${host.cores}); absolute figures are inflated and ratios of sub-millisecond operations are unreliable\n`,
    );
  }
  const results = {
    date: startedAt.toISOString(),
    durationS: Math.round((Date.now() - startedAt.getTime()) / 1000),
    git: gitState(root),
    machine: host,
    loadAverage: { start: loadAtStart, end: loadAtEnd },
    quick,
    modules: modules.map((m) => m.name),
    units: 'ms; ratio = p95 / baseline p95',
    rows: rows.map(rowJson),
    context: ctx.records,
  };
  const file = quick ? 'quick.tmp.json' : names.length ? `${names.join('+')}.tmp.json` : 'latest.json';
  const out = join(root, 'bench', 'results', file);
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp.json`;
  writeFileSync(tmp, `${JSON.stringify(results, null, 2)}\n`);
  renameSync(tmp, out);
  ctx.log(`results in ${relative(process.cwd(), out)}`);
  return 0;
}

// Set on a signal or the time limit: that path cleans up and exits; the run's own end stays quiet.
let stopping = false;

main().then(
  (code) => {
    if (!stopping) process.exit(code);
  },
  (error: unknown) => {
    if (stopping) return;
    process.stderr.write(
      `[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
