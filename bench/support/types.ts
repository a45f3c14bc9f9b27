import type { RunningPostgres } from '../../test/support/postgres';

/** Latency percentiles of one measured operation, in milliseconds. */
export interface Latency {
  name: string;
  /** Samples (timed calls) behind the percentiles. */
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

/** One target and whether the figure meets it. */
export interface Check {
  /** As printed, e.g. `p95 ≤ 50 ms` or `≤ 2× baseline`. */
  target: string;
  holds: boolean;
}

/** One line of the results: a figure beside its baseline, measured in the same run. */
export interface BenchRow {
  module: string;
  name: string;
  subject: Latency;
  baseline?: Latency;
  /** subject p95 / baseline p95. */
  ratio?: number;
  /** subject p50 / baseline p50, for reference (the target is on p95). */
  ratioP50?: number;
  checks: Check[];
  note?: string;
  /**
   * When the row's figure is not latency p95 (requests/s, a p99, a size): the figure and its
   * baseline as printed, and what `ratio` divides (e.g. `req/s`).
   */
  figure?: { subject: string; baseline: string; ratioOf: string };
}

export interface BenchContext {
  /** Progress on stderr; the table goes to stdout. */
  log(message: string): void;
  /** Shorter rounds, for trying the suite out; figures are then rougher. */
  quick: boolean;
  /** A temporary directory, removed when the run ends. */
  tempDir(prefix: string): string;
  /** Runs at the end of the run (also on failure, timeout or Ctrl-C), last registered first. */
  onCleanup(fn: () => Promise<void> | void): void;
  /** One throw-away PostgreSQL for the whole run, started on first use. */
  postgres(): Promise<RunningPostgres>;
  /** A fixture shared by the modules of one run (e.g. a seeded database), made on first use. */
  shared<T>(key: string, make: () => Promise<T>): Promise<T>;
  /** Facts about the run that belong in the results file (e.g. the data set). */
  record(key: string, value: unknown): void;
}

/** A bench module: measures one target (or a few related ones) and returns its rows. */
export interface BenchModule {
  name: string;
  /** What it measures, one line. */
  summary: string;
  run(ctx: BenchContext): Promise<BenchRow[]>;
}
