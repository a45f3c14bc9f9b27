import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Bench } from 'tinybench';
import type { BenchRow, Check, Latency } from './types';

/** One operation to time. */
export interface Operation {
  name: string;
  fn: () => unknown;
  /** `fn` returns a promise to await. Said up front: tinybench would otherwise find out by calling it once, unawaited. */
  async: boolean;
}

export interface RoundOptions {
  /** Rounds; the operations take turns within each round, in a rotated order. */
  rounds: number;
  /** Time per operation per round (a minimum, as is `minIterations`). */
  roundTimeMs: number;
  minIterations: number;
  /** Untimed calls per operation at the start of each round. */
  warmupIterations: number;
}

/** The quick mode divides the time by four (and takes at least two rounds). */
export function roundOptions(quick: boolean, options: RoundOptions): RoundOptions {
  if (!quick) return options;
  return {
    ...options,
    rounds: Math.max(2, Math.ceil(options.rounds / 2)),
    roundTimeMs: Math.ceil(options.roundTimeMs / 2),
  };
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Times the operations in the same run, interleaved: in each round every operation runs for its
 * time budget, the order rotating from round to round, so a slow spell of a shared machine hits
 * them alike. tinybench does the timing; percentiles are taken over the pooled samples.
 */
export async function measureInterleaved(operations: Operation[], options: RoundOptions): Promise<Latency[]> {
  const samples = operations.map(() => [] as number[]);
  for (let round = 0; round < options.rounds; round++) {
    // Lets timers and signals in (the time limit, Ctrl-C): synchronous drivers never yield by themselves.
    await yieldToEventLoop();
    gc?.();
    const bench = new Bench({
      time: options.roundTimeMs,
      iterations: options.minIterations,
      warmup: options.warmupIterations > 0,
      warmupIterations: options.warmupIterations,
      warmupTime: 0,
      retainSamples: true,
      throws: true,
    });
    const order = operations.map((_, i) => (i + round) % operations.length);
    for (const i of order) bench.add(operations[i]!.name, operations[i]!.fn, { async: operations[i]!.async });
    await bench.run();
    for (const i of order) {
      const result = bench.getTask(operations[i]!.name)!.result;
      if (result.state !== 'completed' || !result.latency.samples) {
        throw new Error(`${operations[i]!.name}: ${result.state === 'errored' ? String(result.error) : result.state}`);
      }
      samples[i]!.push(...result.latency.samples);
    }
  }
  return operations.map((op, i) => summarise(op.name, samples[i]!));
}

/** Linear interpolation between closest ranks (as numpy's default). */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function summarise(name: string, samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    name,
    n: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    mean: sorted.reduce((s, x) => s + x, 0) / Math.max(1, sorted.length),
  };
}

/** Targets, checked against a row's figures. */
export const target = {
  p95AtMost:
    (ms: number) =>
    (row: Pick<BenchRow, 'subject'>): Check => ({ target: `p95 ≤ ${ms} ms`, holds: row.subject.p95 <= ms }),
  ratioAtMost:
    (x: number) =>
    (row: Pick<BenchRow, 'ratio'>): Check => ({
      target: `≤ ${x}× baseline`,
      holds: row.ratio !== undefined && row.ratio <= x,
    }),
};

/** A row from a subject and its baseline; the ratio is on p95, as the targets are. */
export function row(
  module: string,
  name: string,
  subject: Latency,
  baseline: Latency | undefined,
  checks: Array<(row: Pick<BenchRow, 'subject' | 'ratio'>) => Check>,
  note?: string,
): BenchRow {
  const ratio = baseline ? subject.p95 / baseline.p95 : undefined;
  const ratioP50 = baseline ? subject.p50 / baseline.p50 : undefined;
  const partial = { subject, ratio };
  return {
    module,
    name,
    subject,
    baseline,
    ratio,
    ratioP50,
    checks: checks.map((c) => c(partial)),
    ...(note ? { note } : {}),
  };
}
