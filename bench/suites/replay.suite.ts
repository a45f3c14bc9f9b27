import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
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
const FIVE_YEAR_MAX_BYTES = 250 * 1024;
const readFixture = (file: string) =>
  historyFromJSON(JSON.parse(gunzipSync(readFileSync(join(FIXTURE_HISTORIES, file))).toString('utf8')) as unknown);
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
    const fiveYearEvents = fiveYear.events?.length ?? 0;
    const fiveYearBytes = temporal.api.history.v1.History.encode(fiveYear).finish().length;
    const fiveYearBeforeBytes = temporal.api.history.v1.History.encode(fiveYearBefore).finish().length;
    ctx.record('fiveYearHistory', {
      file: FIVE_YEAR,
      events: fiveYearEvents,
      protoBytes: fiveYearBytes,
      beforeFile: FIVE_YEAR_BEFORE,
      beforeEvents: fiveYearBefore.events?.length ?? 0,
      beforeProtoBytes: fiveYearBeforeBytes,
    });
    ctx.log(`replaying ${FIVE_YEAR} (${fiveYearEvents} events) vs ${FIVE_YEAR_BEFORE}...`);
    const [replayFiveYear, replayFiveYearBefore] = await measureInterleaved(
      [
        {
          name: `Worker.runReplayHistory ${FIVE_YEAR} (${fiveYearEvents} events, ${(fiveYearBytes / 1024).toFixed(0)} KiB)`,
          fn: () =>
            Worker.runReplayHistory(
              { workflowBundle, dataConverter: temporalDataConverter },
              fiveYear,
              'bench-five-year',
            ),
          async: true,
        },
        {
          name: `Worker.runReplayHistory ${FIVE_YEAR_BEFORE} (${(fiveYearBeforeBytes / 1024).toFixed(0)} KiB)`,
          fn: () =>
            Worker.runReplayHistory(
              { workflowBundle, dataConverter: temporalDataConverter },
              fiveYearBefore,
              'bench-five-year-before',
            ),
          async: true,
        },
      ],
      roundOptions(ctx.quick, { rounds: 5, roundTimeMs: 3000, minIterations: 3, warmupIterations: 1 }),
    );
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
        baseline: noLatency('issue 18.2 target, 250 KiB'),
        ratio: fiveYearBytes / FIVE_YEAR_MAX_BYTES,
        checks: [{ target: '≤ 250 KiB', holds: fiveYearBytes <= FIVE_YEAR_MAX_BYTES }],
        figure: { subject: `${(fiveYearBytes / 1024).toFixed(0)} KiB`, baseline: '250 KiB', ratioOf: 'bytes' },
        note: `${fiveYearEvents} events, protobuf-encoded; before the projection delta ${(fiveYearBeforeBytes / 1024).toFixed(0)} KiB (${(fiveYearBytes / fiveYearBeforeBytes).toFixed(2)}×). What is left is mostly the update results (each step returns the whole view)`,
      },
      row(
        MODULE,
        'replay of a five-year lifecycle',
        replayFiveYear!,
        replayFiveYearBefore!,
        [target.p95AtMost(500)],
        'baseline: the same lifecycle recorded before the projection delta (whole state in every projection), replayed by the same code',
      ),
    ];
    return rows;
  },
};
