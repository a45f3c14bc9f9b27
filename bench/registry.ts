import { frameworkModule } from './suites/framework.suite';
import { httpModule } from './suites/http.suite';
import { overviewHttpModule } from './suites/overview-http.suite';
import { readModelModule } from './suites/read-model.suite';
import { projectionLagModule } from './suites/projection-lag.suite';
import { replayModule } from './suites/replay.suite';
import { clusterModule } from './suites/cluster.suite';
import { coldStepModule } from './suites/cold-step.suite';
import { scaleModule } from './suites/scale.suite';
import { startProgrammesModule } from './suites/start-programmes.suite';
import { updateLatencyModule } from './suites/update-latency.suite';
import { workerMemoryModule } from './suites/worker-memory.suite';
import { webModule } from './web';
import type { BenchModule } from './support/types';

/**
 * Every bench module, in the order `npm run bench` runs them; `npm run bench -- <name>` runs one.
 * A new target is a new module here: a name, a summary and `run(ctx)` returning its rows.
 * `replay` goes first, before the read-model modules fill the heap with the 10,000-programme data
 * set. (That was not why it is slower in a full run than alone: p95 1.85 s first in a full run,
 * 1.89 s fifth, 1.16 s alone, the same hour; the cause is not found.)
 */
export const BENCH_MODULES: readonly BenchModule[] = [
  replayModule,
  coldStepModule,
  readModelModule,
  scaleModule,
  overviewHttpModule,
  httpModule,
  frameworkModule,
  updateLatencyModule,
  startProgrammesModule,
  clusterModule,
  workerMemoryModule,
  projectionLagModule,
  webModule,
];
