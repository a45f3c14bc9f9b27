import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { summarise } from './measure';
import type { Latency } from './types';

// autocannon 9 ships no types; the little of it used here, typed by hand.
interface AutocannonOptions {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  duration: number;
  overallRate?: number;
  pipelining?: number;
}
interface AutocannonResult {
  requests: { total: number; average: number };
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  '2xx': number;
}
interface AutocannonInstance {
  on(
    event: 'response',
    fn: (client: unknown, statusCode: number, resBytes: number, responseTimeMs: number) => void,
  ): void;
  stop(): void;
}
type Autocannon = (
  options: AutocannonOptions,
  done: (err: Error | null, result: AutocannonResult) => void,
) => AutocannonInstance;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as Autocannon;

/** One HTTP target for the load generator. */
export interface LoadTarget {
  name: string;
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  rounds: number;
  /** Seconds per target per round. */
  durationS: number;
  connections: number;
  /** Requests per second over all connections (autocannon `overallRate`); unset: as fast as it goes. */
  overallRate?: number;
}

/** Requests/s and latency of one target, pooled over the rounds. */
export interface LoadFigures {
  name: string;
  requestsPerSecond: number;
  /** Latency of every 2xx answer, from autocannon's `response` events. */
  latency: Latency;
  requests: number;
  failures: number;
}

function once(
  target: LoadTarget,
  options: LoadOptions,
  samples: number[],
): Promise<{ ok: number; failures: number; seconds: number }> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const instance = autocannon(
      {
        url: target.url,
        method: target.method,
        headers: target.headers,
        body: target.body,
        connections: options.connections,
        duration: options.durationS,
        ...(options.overallRate ? { overallRate: options.overallRate } : {}),
      },
      (err, result) => {
        if (err) return reject(err);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        resolve({ ok: result['2xx'], failures: result.errors + result.timeouts + result.non2xx, seconds });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, ms) => {
      if (statusCode >= 200 && statusCode < 300) samples.push(ms);
    });
  });
}

/**
 * Loads the targets in turn, in rounds, the order rotating from round to round (as
 * `measureInterleaved` does), on loopback with autocannon in this process. Requests/s is 2xx
 * answers over the wall-clock time of the target's rounds.
 */
export async function loadInterleaved(targets: LoadTarget[], options: LoadOptions): Promise<LoadFigures[]> {
  const acc = targets.map(() => ({ samples: [] as number[], ok: 0, failures: 0, seconds: 0 }));
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < targets.length; k++) {
      const i = (k + round) % targets.length;
      await yieldToEventLoop();
      gc?.();
      const r = await once(targets[i]!, options, acc[i]!.samples);
      acc[i]!.ok += r.ok;
      acc[i]!.failures += r.failures;
      acc[i]!.seconds += r.seconds;
    }
  }
  return targets.map((t, i) => {
    const a = acc[i]!;
    if (a.failures > 0 && a.ok === 0) throw new Error(`${t.name}: every request failed`);
    return {
      name: t.name,
      requestsPerSecond: a.ok / a.seconds,
      latency: summarise(t.name, a.samples),
      requests: a.ok,
      failures: a.failures,
    };
  });
}

/** `2,345 req/s`. */
export function formatRate(rps: number): string {
  return `${Math.round(rps).toLocaleString('en-US')} req/s`;
}

/** The quick mode halves the time per round and takes at least two rounds. */
export function loadOptions(quick: boolean, options: LoadOptions): LoadOptions {
  if (!quick) return options;
  return {
    ...options,
    rounds: Math.max(2, Math.ceil(options.rounds / 2)),
    durationS: Math.max(1, Math.ceil(options.durationS / 2)),
  };
}
