import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import type { BenchRow } from './types';

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
}

/** 1, 5 and 15 minute load averages: how busy the shared machine was (2.0 fills two cores). */
export function loadAverage(): number[] {
  return loadavg().map((x) => Math.round(x * 100) / 100);
}

export function machine(): Machine {
  const cpu = cpus();
  let os = `${process.platform} ${release()}`;
  if (existsSync('/etc/os-release')) {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'));
    if (pretty) os = `${pretty[1]} (${process.platform} ${release()})`;
  }
  return {
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os,
    node: process.version,
  };
}

/** The commit measured, and whether the working tree differed from it. */
export function gitState(cwd: string): { commit: string; dirty: boolean } {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  try {
    return { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain', '--untracked-files=no') !== '' };
  } catch {
    return { commit: 'unknown', dirty: false };
  }
}

/** Milliseconds as people read them: µs below 1 ms, three significant digits. */
export function formatMs(ms: number | undefined): string {
  if (ms === undefined || Number.isNaN(ms)) return '—';
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`;
  if (ms < 100) return `${ms.toPrecision(3)} ms`;
  return `${Math.round(ms)} ms`;
}

const HEADERS = [
  'name',
  'figure',
  'n',
  'p50',
  'p95',
  'p99',
  'baseline p95',
  'ratio',
  'ratio p50',
  'target',
  'holds',
] as const;

export function table(rows: readonly BenchRow[]): string {
  const cells = rows.map((r) => [
    r.name,
    r.figure ? `${r.figure.subject} (${r.figure.ratioOf})` : 'p95',
    String(r.subject.n),
    formatMs(r.subject.p50),
    formatMs(r.subject.p95),
    formatMs(r.subject.p99),
    r.figure ? r.figure.baseline : formatMs(r.baseline?.p95),
    r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}×`,
    r.ratioP50 === undefined ? '—' : `${r.ratioP50.toFixed(2)}×`,
    r.checks.length ? r.checks.map((c) => c.target).join(', ') : '—',
    r.checks.length ? r.checks.map((c) => (c.holds ? '✓' : '✗')).join(' ') : '—',
  ]);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...cells.map((c) => [...c[i]!].length)));
  const numeric = new Set([2, 3, 4, 5, 6, 7, 8]);
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (numeric.has(i) ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const baselines = rows
    .filter((r) => r.baseline)
    .map((r) => `  ${r.name.trim()}: baseline = ${r.baseline!.name}${r.note ? `\n    (${r.note})` : ''}`);
  const legend =
    "ratio = p95 / baseline p95 (or, where the figure column names another figure, that figure over the baseline's), measured interleaved in the same run; targets on ratios are checked on it (ratio p50 for reference)";
  return [line(HEADERS), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line), '', legend, ...baselines].join(
    '\n',
  );
}
