import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundleWorkflowCode } from '@temporalio/worker';
import { ProgrammeHarness } from '../../test/support/programme-harness';
import { createTimeSkippingEnv } from '../../test/support/temporal';
import { driveFiveYears } from '../fixtures/five-year-story';
import { row, summarise, target } from '../support/measure';
import type { BenchModule } from '../support/types';

const MODULE = 'cold-step';
const silent = { log: () => {}, info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, trace: () => {} };

/**
 * Issue 18.2: a lifecycle step on a programme with a five-year history, taken by a worker that
 * holds no cached workflows (as right after a restart or a deploy: the step's task first replays
 * the run's history), against the same step taken warm (the workflow cached). On the Java
 * time-skipping test server (no five-year history can be made on a dev server in real time); the
 * step is `reportIndicators` for a new quarter each time.
 */
export const coldStepModule: BenchModule = {
  name: MODULE,
  summary:
    'issue 18.2: a step on a programme with a five-year history after a worker restart with no cached workflows vs the same step warm (target ≤ 3×)',
  async run(ctx) {
    if (!process.env.TEMPORAL_TEST_SERVER_PATH)
      throw new Error('TEMPORAL_TEST_SERVER_PATH is not set (infra/bench.sh sets it)');
    ctx.log('bundling the workflows (not timed)...');
    const workflowBundle = await bundleWorkflowCode({
      workflowsPath: join(process.cwd(), 'workflows', 'index.ts'),
      logger: silent,
    });
    const env = await createTimeSkippingEnv();
    ctx.onCleanup(() => env.teardown());
    const harness = await ProgrammeHarness.create(env, { workflowBundle, maxCachedWorkflows: 0 });
    ctx.onCleanup(() => harness.dispose());
    ctx.log('driving a five-year lifecycle on the time-skipping server (not timed, about a minute)...');
    const sut = await driveFiveYears(harness);
    let quarter = 0;
    const step = () => {
      const n = quarter++;
      return sut.step('reportIndicators', { period: `${2050 + Math.floor(n / 4)}-Q${(n % 4) + 1}`, repeatReports: 1 });
    };
    const timed = async (into: number[]) => {
      const started = performance.now();
      await step();
      into.push(performance.now() - started);
    };
    // The Java time-skipping server never moves a stopped worker's sticky queue to the normal one
    // (a real server does after 10 s, and it implements no ResetStickyTaskQueue), so the
    // lifecycle is driven on a worker without a cache (no sticky queue): the cold block comes
    // first, on that worker, then the warm block on a worker with a cache.
    const warm: number[] = [];
    const cold: number[] = [];
    const samples = ctx.quick ? 8 : 20;
    await step();
    const runLength = Number((await sut.handle.describe()).historyLength);
    ctx.log(`${samples} steps cold (the run holds ${runLength} events)...`);
    for (let i = 0; i < samples; i++) await timed(cold);
    await harness.restartWorker();
    await step(); // untimed: this one replays once and caches the run
    ctx.log(`${samples} steps warm...`);
    for (let i = 0; i < samples; i++) await timed(warm);
    const description = await sut.handle.describe();
    const runsSoFar = description.runId === sut.handle.firstExecutionRunId ? 'the first run' : 'a later run';
    ctx.record('coldStep', {
      step: 'reportIndicators',
      currentRunEventsAtColdBlock: runLength,
      run: runsSoFar,
    });
    return [
      row(
        MODULE,
        'a step after a cold worker restart (five-year history)',
        summarise('reportIndicators, worker without cached workflows (replays the run)', cold),
        summarise('reportIndicators, the workflow cached (warm)', warm),
        [target.ratioAtMost(3)],
        `the current run held ${runLength} events when the cold steps began; ${runsSoFar} of the workflow at the end; time-skipping test server, cold block first (its worker has no sticky queue), then warm`,
      ),
    ];
  },
};
