import { frameworkModule } from './suites/framework.suite';
import { httpModule } from './suites/http.suite';
import { overviewHttpModule } from './suites/overview-http.suite';
import { readModelModule } from './suites/read-model.suite';
import { projectionLagModule } from './suites/projection-lag.suite';
import { replayModule } from './suites/replay.suite';
import { startProgrammesModule } from './suites/start-programmes.suite';
import { updateLatencyModule } from './suites/update-latency.suite';
import { workerMemoryModule } from './suites/worker-memory.suite';
import type { BenchModule } from './support/types';

/**
 * Every bench module, in the order `npm run bench` runs them; `npm run bench -- <name>` runs one.
 * A new target is a new module here: a name, a summary and `run(ctx)` returning its rows.
 * `replay` goes first: it times the SDK building a replay worker and running the sandbox, which a
 * heap holding the 10,000-programme data set of the read-model modules slowed by half (p95 1.89 s
 * in a full run against 1.16 s alone, same machine and hour).
 */
export const BENCH_MODULES: readonly BenchModule[] = [
  replayModule,
  readModelModule,
  overviewHttpModule,
  httpModule,
  frameworkModule,
  updateLatencyModule,
  startProgrammesModule,
  workerMemoryModule,
  projectionLagModule,
];
