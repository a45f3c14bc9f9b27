import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { encodeSearchAttributeIndexedValueType } from '@temporalio/common/lib/search-attributes';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode } from '@temporalio/worker';
import { PROGRAMME_SEARCH_ATTRIBUTES } from '../../libs/contracts/src';
import { temporalDataConverter } from '../../libs/platform/src';
import { ProgrammeHarness, type ProgrammeDriver } from '../../test/support/programme-harness';
import { row, summarise, target } from '../support/measure';
import type { BenchModule } from '../support/types';

const MODULE = 'cold-step';
const silent = { log: () => {}, info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, trace: () => {} };
/** The five-year lifecycle's longest run (bench/fixtures/histories/programme-five-year.json.gz: 335 events). */
const FIVE_YEAR_LONGEST_RUN = 335;
/** The same lifecycle in one run, as before patch shorter-runs (888 events). */
const FIVE_YEAR_ONE_RUN = 888;

/**
 * Issue 18.2: a lifecycle step taken by a worker that does not hold the programme in its cache
 * (as right after a restart or a deploy: the step's task first fetches and replays the run's
 * history) against the same step taken warm. What the cold step costs is the length of the run it
 * replays: with patch shorter-runs a programme's run hands over after 250 events, and the five-year
 * lifecycle's longest run held 335. So the programme measured here is brought, by real steps, to a
 * run of that length, on the Temporal dev server (a five-year history cannot be made there in real
 * time). Not on the time-skipping test server, which can skip years: a worker without a cache
 * fails to replay the histories it writes (TMPRL1100, a TimerCanceled right after an Update),
 * which the dev server's histories never did here (30+ steps, no cache).
 * Beside it, a programme whose run grew to the five-year lifecycle's 888 events in one run, as
 * before the patch. Each round: another programme's step evicts the programme from the worker's
 * one-workflow cache, then one step cold, then one warm.
 */
export const coldStepModule: BenchModule = {
  name: MODULE,
  summary:
    "issue 18.2: a step by a worker without the programme cached (it replays the run: as long as a five-year lifecycle's longest run) vs the same step warm (target ≤ 3×), on the dev server",
  async run(ctx) {
    const cli = process.env.OLIEVLEK_TEMPORAL_CLI;
    if (!cli) throw new Error('OLIEVLEK_TEMPORAL_CLI is not set (infra/bench.sh sets it)');
    ctx.log('bundling the workflows, starting a dev server (not timed)...');
    const workflowBundle = await bundleWorkflowCode({
      workflowsPath: join(process.cwd(), 'workflows', 'index.ts'),
      logger: silent,
    });
    const env = await TestWorkflowEnvironment.createLocal({
      server: { executable: { type: 'existing-path', path: cli }, ip: '127.0.0.1', ui: false },
      client: { dataConverter: temporalDataConverter },
    });
    ctx.onCleanup(() => env.teardown());
    await env.connection.operatorService.addSearchAttributes({
      namespace: env.namespace ?? 'default',
      searchAttributes: Object.fromEntries(
        PROGRAMME_SEARCH_ATTRIBUTES.map((key) => [key.name, encodeSearchAttributeIndexedValueType(key.type)!]),
      ),
    });
    const harness = await ProgrammeHarness.create(env, { workflowBundle, maxCachedWorkflows: 1 });
    ctx.onCleanup(() => harness.dispose());

    const partners = new Map<ProgrammeDriver, number>();
    const step = (sut: ProgrammeDriver) => {
      const n = (partners.get(sut) ?? 0) + 1;
      partners.set(sut, n);
      return sut.step('commitPartner', { organisation: `Partner ${n}`, domain: 'CARE' });
    };
    const runLength = async (sut: ProgrammeDriver) => Number((await sut.handle.describe()).historyLength);
    const growTo = async (sut: ProgrammeDriver, events: number) => {
      while ((await runLength(sut)) < events) await step(sut);
    };
    // Shorter runs: the run hands over once past 250 events and idle; grown by steps back to back.
    const short = await harness.start('GM0917');
    await step(short);
    await growTo(short, FIVE_YEAR_LONGEST_RUN);
    // One long run (an explicit limit keeps the patch out), as the five-year lifecycle was before.
    const long = await harness.start('GM0363', { maxHistoryEvents: 2000 });
    ctx.log('growing the programmes (not timed)...');
    await growTo(long, FIVE_YEAR_ONE_RUN);
    const evictor = await harness.start('GM0034');

    const samples = {
      short: { cold: [] as number[], warm: [] as number[], events: [] as number[] },
      long: { cold: [] as number[], warm: [] as number[], events: [] as number[] },
    };
    const timed = async (sut: ProgrammeDriver, into: number[]) => {
      const started = performance.now();
      await step(sut);
      into.push(performance.now() - started);
    };
    const rounds = ctx.quick ? 6 : 20;
    ctx.log(`${rounds} rounds: per programme, a step cold (after another programme's step) and one warm...`);
    for (let round = 0; round < rounds; round++) {
      for (const [sut, s] of [
        [short, samples.short],
        [long, samples.long],
      ] as const) {
        s.events.push(await runLength(sut));
        await step(evictor);
        await timed(sut, s.cold);
        await timed(sut, s.warm);
      }
    }
    const range = (xs: number[]) => `${Math.min(...xs)}–${Math.max(...xs)}`;
    ctx.record('coldStep', {
      step: 'commitPartner',
      shortRunEvents: samples.short.events,
      longRunEvents: samples.long.events,
    });
    return [
      row(
        MODULE,
        "a step cold vs warm, run as long as a five-year lifecycle's longest",
        summarise('commitPartner, the programme not cached (replays its run)', samples.short.cold),
        summarise('commitPartner, the programme cached (warm)', samples.short.warm),
        [target.ratioAtMost(3)],
        `the run held ${range(samples.short.events)} events before each cold step (patch shorter-runs: it hands over after 250 once idle); dev server, worker caching one workflow`,
      ),
      row(
        MODULE,
        'the same, the five-year lifecycle in one run (before shorter runs)',
        summarise('commitPartner, not cached, one long run', samples.long.cold),
        summarise('commitPartner, cached, one long run', samples.long.warm),
        [],
        `the run held ${range(samples.long.events)} events before each cold step (maxHistoryEvents 2000 given, so the patch does not apply)`,
      ),
    ];
  },
};
