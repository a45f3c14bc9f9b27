import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { temporal } from '@temporalio/proto';
import { bundleWorkflowCode, Worker } from '@temporalio/worker';
import { measureInterleaved, roundOptions, row, target } from '../support/measure';
import type { BenchModule, BenchRow, Latency } from '../support/types';

const MODULE = 'replay';
const HISTORIES = join(process.cwd(), 'test', 'workflows', 'histories');
const FULL = 'programme-full-lifecycle-v2.json';
const STARTED = 'programme-started-v1.json';
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
  summary: `issue 7 target 6: Worker.runReplayHistory of ${FULL} (a whole lifecycle) vs the start-only history, and the history's size against Temporal's warning`,
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
          fn: () => Worker.runReplayHistory({ workflowBundle }, full, 'bench-full'),
          async: true,
        },
        {
          name: `Worker.runReplayHistory ${STARTED} (${started.events?.length} events)`,
          fn: () => Worker.runReplayHistory({ workflowBundle }, started, 'bench-started'),
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
    ];
    return rows;
  },
};
