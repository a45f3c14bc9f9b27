import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { bundleWorkflowCode, Worker, type ReplayResult } from '@temporalio/worker';
import { measureInterleaved, roundOptions, row, target } from '../support/measure';
import type { BenchModule, BenchRow, Latency } from '../support/types';
import { temporalDataConverter } from '../../libs/platform/src';

const MODULE = 'replay';
const HISTORIES = join(process.cwd(), 'test', 'workflows', 'histories');
const FULL = 'programme-full-lifecycle-v2.json';
const STARTED = 'programme-started-v1.json';
// Issue 18.2: a five-year lifecycle (bench/fixtures/five-year-history.record.ts), recorded with
// the projection delta, and the same lifecycle recorded before it (whole state per projection).
const FIXTURE_HISTORIES = join(process.cwd(), 'bench', 'fixtures', 'histories');
const FIVE_YEAR = 'programme-five-year.json.gz';
const FIVE_YEAR_BEFORE = 'programme-five-year-before.json.gz';
/** Issue 18.2: 250 KB (10^3 bytes), protobuf-encoded as the server counts it, over all runs. */
const FIVE_YEAR_MAX_BYTES = 250_000;
/** A fixture's runs, first to last: `{ runs: [...] }`, or one history (recorded before shorter runs). */
const readFixture = (file: string) => {
  const json = JSON.parse(gunzipSync(readFileSync(join(FIXTURE_HISTORIES, file))).toString('utf8')) as {
    runs?: unknown[];
  };
  return (json.runs ?? [json]).map((run) => historyFromJSON(run));
};
const protoSize = (runs: ReturnType<typeof readFixture>) =>
  runs.reduce((sum, run) => sum + temporal.api.history.v1.History.encode(run).finish().length, 0);
/** Replays every run of a lifecycle with one replay worker, as a worker catching up on all of them would. */
async function replayRuns(
  options: Parameters<typeof Worker.runReplayHistory>[0],
  runs: ReturnType<typeof readFixture>,
  name: string,
): Promise<void> {
  const histories = runs.map((history, i) => ({ workflowId: `${name}-${i}`, history }));
  for await (const result of Worker.runReplayHistories(options, histories)) {
    if (result.error) throw result.error;
  }
}
/**
 * One replay worker kept running, fed one history at a time: a worker that has lost a workflow from
 * its cache replays it this way, without building anything first. `Worker.runReplayHistories` pulls
 * the next history only once the previous one's result has been taken, so each call below replays
 * exactly the histories it pushes.
 */
class RunningReplayWorker {
  private readonly mailbox: Array<{ workflowId: string; history: ReturnType<typeof historyFromJSON> } | undefined> = [];
  private readonly results: AsyncIterableIterator<ReplayResult>;
  private seq = 0;

  constructor(options: Parameters<typeof Worker.runReplayHistories>[0]) {
    const mailbox = this.mailbox;
    async function* feed() {
      for (let next = mailbox.shift(); next; next = mailbox.shift()) yield next;
    }
    this.results = Worker.runReplayHistories(options, feed());
  }

  /** Replays `runs` one after another; throws on a replay error. */
  async replay(runs: ReadonlyArray<ReturnType<typeof historyFromJSON>>, name: string): Promise<void> {
    for (const history of runs) {
      this.mailbox.push({ workflowId: `${name}-${++this.seq}`, history });
      const result = await this.results.next();
      if (result.done) throw new Error('the replay worker stopped');
      if (result.value.error) throw result.value.error;
    }
  }

  async close(): Promise<void> {
    await this.results.return?.();
  }
}

// Temporal warns at these (and terminates a run at 51,200 events / 50 MB).
const WARN_EVENTS = 10_240;
const WARN_BYTES = 10 * 1024 * 1024;

const noLatency = (name: string): Latency => ({
  name,
  n: 1,
  p50: Number.NaN,
  p95: Number.NaN,
  p99: Number.NaN,
  mean: Number.NaN,
});

export const replayModule: BenchModule = {
  name: MODULE,
  summary: `issue 7 target 6: Worker.runReplayHistory of ${FULL} (a whole lifecycle) vs the start-only history, and the history's size against Temporal's warning; issue 18.2: a five-year lifecycle's history size (≤ 250 KB) and replay (p95 ≤ 0.5 s), beside the same lifecycle recorded before the projection delta`,
  async run(ctx) {
    ctx.log('bundling the workflows (not timed)...');
    const workflowBundle = await bundleWorkflowCode({
      workflowsPath: join(process.cwd(), 'workflows', 'index.ts'),
      logger: { log: () => {}, info: () => {}, warn: () => {}, error: () => {}, debug: () => {}, trace: () => {} },
    });
    const fullJson = JSON.parse(readFileSync(join(HISTORIES, FULL), 'utf8')) as unknown;
    const startedJson = JSON.parse(readFileSync(join(HISTORIES, STARTED), 'utf8')) as unknown;
    const full = historyFromJSON(fullJson);
    const started = historyFromJSON(startedJson);
    const events = full.events?.length ?? 0;
    const protoBytes = temporal.api.history.v1.History.encode(full).finish().length;
    const jsonBytes = statSync(join(HISTORIES, FULL)).size;
    const lastType = full.events?.at(-1)?.eventType;
    const lastEvent = lastType === undefined || lastType === null ? 'none' : temporal.api.enums.v1.EventType[lastType];
    ctx.record('replayHistory', {
      file: FULL,
      events,
      protoBytes,
      jsonBytes,
      lastEventType: lastEvent,
      baselineEvents: started.events?.length ?? 0,
    });

    ctx.log(`replaying ${FULL} (${events} events) vs ${STARTED} (${started.events?.length} events)...`);
    const [replayFull, replayStarted] = await measureInterleaved(
      [
        {
          name: `Worker.runReplayHistory ${FULL} (${events} events)`,
          fn: () =>
            Worker.runReplayHistory({ workflowBundle, dataConverter: temporalDataConverter }, full, 'bench-full'),
          async: true,
        },
        {
          name: `Worker.runReplayHistory ${STARTED} (${started.events?.length} events)`,
          fn: () =>
            Worker.runReplayHistory({ workflowBundle, dataConverter: temporalDataConverter }, started, 'bench-started'),
          async: true,
        },
      ],
      roundOptions(ctx.quick, { rounds: 5, roundTimeMs: 3000, minIterations: 3, warmupIterations: 1 }),
    );
    const fiveYear = readFixture(FIVE_YEAR);
    const fiveYearBefore = readFixture(FIVE_YEAR_BEFORE);
    const eventsOf = (runs: typeof fiveYear) => runs.map((run) => run.events?.length ?? 0);
    const fiveYearRunEvents = eventsOf(fiveYear);
    const fiveYearEvents = fiveYearRunEvents.reduce((a, b) => a + b, 0);
    const fiveYearBytes = protoSize(fiveYear);
    const fiveYearBeforeBytes = protoSize(fiveYearBefore);
    const longestRun = fiveYear.reduce((a, b) => ((a.events?.length ?? 0) >= (b.events?.length ?? 0) ? a : b));
    ctx.record('fiveYearHistory', {
      file: FIVE_YEAR,
      runs: fiveYear.length,
      runEvents: fiveYearRunEvents,
      events: fiveYearEvents,
      protoBytes: fiveYearBytes,
      runProtoBytes: fiveYear.map((run) => protoSize([run])),
      beforeFile: FIVE_YEAR_BEFORE,
      beforeEvents: eventsOf(fiveYearBefore).reduce((a, b) => a + b, 0),
      beforeProtoBytes: fiveYearBeforeBytes,
    });
    ctx.log(`replaying ${FIVE_YEAR} (${fiveYearEvents} events) vs ${FIVE_YEAR_BEFORE}...`);
    const [replayFiveYear, replayLongestRun, replayFiveYearBefore] = await measureInterleaved(
      [
        {
          name: `Worker.runReplayHistories ${FIVE_YEAR} (${fiveYear.length} runs, ${fiveYearEvents} events, ${(fiveYearBytes / 1000).toFixed(0)} KB)`,
          fn: () => replayRuns({ workflowBundle, dataConverter: temporalDataConverter }, fiveYear, 'bench-five-year'),
          async: true,
        },
        {
          name: `Worker.runReplayHistory, its longest run (${longestRun.events?.length ?? 0} events)`,
          fn: () =>
            Worker.runReplayHistory(
              { workflowBundle, dataConverter: temporalDataConverter },
              longestRun,
              'bench-five-year-longest',
            ),
          async: true,
        },
        {
          name: `Worker.runReplayHistory ${FIVE_YEAR_BEFORE} (${(fiveYearBeforeBytes / 1000).toFixed(0)} KB)`,
          fn: () =>
            replayRuns(
              { workflowBundle, dataConverter: temporalDataConverter },
              fiveYearBefore,
              'bench-five-year-before',
            ),
          async: true,
        },
      ],
      roundOptions(ctx.quick, { rounds: 5, roundTimeMs: 3000, minIterations: 3, warmupIterations: 1 }),
    );
    // The same replays in one replay worker built once (not timed), as a running worker replays a
    // workflow it no longer caches; the start-only history beside it shows what is left fixed.
    const running = new RunningReplayWorker({ workflowBundle, dataConverter: temporalDataConverter });
    let inRunningWorker: Latency[];
    try {
      await running.replay([started], 'bench-warm-up');
      ctx.log(`replaying ${FIVE_YEAR} in a running replay worker vs ${STARTED}...`);
      inRunningWorker = await measureInterleaved(
        [
          {
            name: `${FIVE_YEAR}, all ${fiveYear.length} runs, in a running replay worker`,
            fn: () => running.replay(fiveYear, 'bench-five-year-running'),
            async: true,
          },
          {
            name: `its longest run (${longestRun.events?.length ?? 0} events), in a running replay worker`,
            fn: () => running.replay([longestRun], 'bench-longest-running'),
            async: true,
          },
          {
            name: `${STARTED} (${started.events?.length} events), in the same running replay worker`,
            fn: () => running.replay([started], 'bench-started-running'),
            async: true,
          },
        ],
        roundOptions(ctx.quick, { rounds: 5, roundTimeMs: 3000, minIterations: 3, warmupIterations: 1 }),
      );
    } finally {
      await running.close();
    }
    const [runningFiveYear, runningLongest, runningStarted] = inRunningWorker;
    const rows: BenchRow[] = [
      row(
        MODULE,
        'replay of a whole lifecycle',
        replayFull!,
        replayStarted!,
        [target.p95AtMost(1000)],
        'each replay builds its replay worker (Worker.runReplayHistory), bundle made once up front; baseline is the start-only history, i.e. the fixed cost of a replay',
      ),
      {
        module: MODULE,
        name: 'whole-lifecycle history, events',
        subject: noLatency(FULL),
        baseline: noLatency(`Temporal's history warning, ${WARN_EVENTS} events`),
        ratio: events / WARN_EVENTS,
        checks: [{ target: '< 1× the warning', holds: events < WARN_EVENTS }],
        figure: {
          subject: `${events} events`,
          baseline: `${WARN_EVENTS.toLocaleString('en-US')} events`,
          ratioOf: 'events',
        },
        note: `last event ${lastEvent}`,
      },
      {
        module: MODULE,
        name: 'whole-lifecycle history, size',
        subject: noLatency(FULL),
        baseline: noLatency("Temporal's history warning, 10 MB"),
        ratio: protoBytes / WARN_BYTES,
        checks: [{ target: '< 1× the warning', holds: protoBytes < WARN_BYTES }],
        figure: { subject: `${(protoBytes / 1024).toFixed(0)} KiB`, baseline: '10 MiB', ratioOf: 'bytes' },
        note: `protobuf-encoded, as the server counts it; the JSON file is ${(jsonBytes / 1024).toFixed(0)} KiB`,
      },
      {
        module: MODULE,
        name: 'five-year lifecycle history, size',
        subject: noLatency(FIVE_YEAR),
        baseline: noLatency('issue 18.2 target, 250 KB'),
        ratio: fiveYearBytes / FIVE_YEAR_MAX_BYTES,
        checks: [{ target: '≤ 250 KB', holds: fiveYearBytes <= FIVE_YEAR_MAX_BYTES }],
        figure: { subject: `${(fiveYearBytes / 1000).toFixed(0)} KB`, baseline: '250 KB', ratioOf: 'bytes' },
        note: `all ${fiveYear.length} runs (${fiveYearRunEvents.join(' + ')} events), protobuf-encoded; the same lifecycle before the projection delta, one run with every payload plain: ${(fiveYearBeforeBytes / 1000).toFixed(0)} KB (${(fiveYearBytes / fiveYearBeforeBytes).toFixed(2)}×)`,
      },
      row(
        MODULE,
        'replay of a five-year lifecycle',
        replayFiveYear!,
        replayFiveYearBefore!,
        [target.p95AtMost(500)],
        'every run, one replay worker (Worker.runReplayHistories, built each time); baseline: the same lifecycle recorded before the projection delta (one run, whole state in every projection), replayed by the same code',
      ),
      row(
        MODULE,
        'replay of its longest run',
        replayLongestRun!,
        replayFiveYearBefore!,
        [target.p95AtMost(500)],
        'what a worker without the programme cached replays before its next step, at most (and the replay worker built each time)',
      ),
      row(
        MODULE,
        'replay of a five-year lifecycle, in a running replay worker',
        runningFiveYear!,
        runningStarted!,
        [target.p95AtMost(500)],
        'every run, one after another, in one replay worker built once up front (not timed), as a running worker replays a programme it no longer caches; baseline: the start-only history in the same worker, the fixed cost left per replay',
      ),
      row(
        MODULE,
        'replay of its longest run, in a running replay worker',
        runningLongest!,
        runningStarted!,
        [target.p95AtMost(500)],
        'the most a running worker replays before a step of a programme it no longer caches; baseline: the start-only history in the same worker',
      ),
    ];
    return rows;
  },
};
