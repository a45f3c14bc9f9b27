import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resource } from '@opentelemetry/resources';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { makeWorkflowExporter } from '@temporalio/interceptors-opentelemetry/lib/worker';
import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { describe, expect, it } from 'vitest';
import { workflowBundle } from '../support/temporal';
import { temporalDataConverter } from '../../libs/platform/src';

// Every committed history must keep replaying against today's workflow code: a history stands
// for programmes that are running in production. A failure here means the change needs patched().
const dir = join(__dirname, 'histories');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

// A worker with tracing on (OTEL_*) bundles the OpenTelemetry workflow interceptors: the same
// histories must replay through them, whichever way the worker that recorded them ran.
let tracedBundle: Promise<WorkflowBundleWithSourceMap> | undefined;
const tracedWorkflowBundle = () =>
  (tracedBundle ??= bundleWorkflowCode({
    workflowsPath: join(__dirname, '..', '..', 'workflows', 'index.ts'),
    workflowInterceptorModules: [join(__dirname, '..', '..', 'workflows', 'interceptors.ts')],
  }));

describe('replay of committed histories', () => {
  it('has histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('issue 18.2: programme-shorter-runs-v6.json handed over at 250 events under the shorter-runs patch, its views compressed', () => {
    const history = JSON.parse(readFileSync(join(dir, 'programme-shorter-runs-v6.json'), 'utf8')) as {
      events: {
        eventType: string;
        markerRecordedEventAttributes?: { details?: Record<string, { payloads: { data: string }[] }> };
      }[];
    };
    const patches = history.events.flatMap((e) =>
      (e.markerRecordedEventAttributes?.details?.['patch-data']?.payloads ?? []).map(
        (p) => (JSON.parse(Buffer.from(p.data, 'base64').toString('utf8')) as { id: string }).id,
      ),
    );
    expect(patches).toContain('shorter-runs');
    expect(history.events.at(-1)?.eventType).toBe('EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW');
    expect(history.events.length).toBeLessThan(2000);
    expect(JSON.stringify(history)).toContain(Buffer.from('binary/gzip').toString('base64'));
  });

  it('R3.3: programme-school-days-v5.json planned its session under the training-school-days patch', () => {
    const history = JSON.parse(readFileSync(join(dir, 'programme-school-days-v5.json'), 'utf8')) as {
      events: { markerRecordedEventAttributes?: { details?: Record<string, { payloads: { data: string }[] }> } }[];
    };
    const patches = history.events.flatMap((e) =>
      (e.markerRecordedEventAttributes?.details?.['patch-data']?.payloads ?? []).map(
        (p) => (JSON.parse(Buffer.from(p.data, 'base64').toString('utf8')) as { id: string }).id,
      ),
    );
    expect(patches).toContain('training-school-days');
  });

  it('R4.5: programme-successor-instrument-v5.json holds a period that ended, its successor and a check-in naming one', () => {
    const text = readFileSync(join(dir, 'programme-successor-instrument-v5.json'), 'utf8');
    for (const update of ['recordEmbedding', 'recordSuccessorInstrument', 'recordCheckIn'])
      expect(text).toContain(`"name": "${update}"`);
  });

  it('C1–C4: programme-collective-v5.json holds a member joining, one leaving and per-member confirmations', () => {
    const text = readFileSync(join(dir, 'programme-collective-v5.json'), 'utf8');
    for (const update of ['addCollectiveMember', 'removeCollectiveMember', 'confirmMemberCommitment'])
      expect(text).toContain(`"name": "${update}"`);
  });

  it('R1.6: programme-recommitment-v5.json re-confirmed twice under the political-cycle patch', () => {
    const history = JSON.parse(readFileSync(join(dir, 'programme-recommitment-v5.json'), 'utf8')) as {
      events: {
        markerRecordedEventAttributes?: { details?: Record<string, { payloads: { data: string }[] }> };
        workflowExecutionUpdateAcceptedEventAttributes?: { acceptedRequest?: { input?: { name?: string } } };
      }[];
    };
    const patches = history.events.flatMap((e) =>
      (e.markerRecordedEventAttributes?.details?.['patch-data']?.payloads ?? []).map(
        (p) => (JSON.parse(Buffer.from(p.data, 'base64').toString('utf8')) as { id: string }).id,
      ),
    );
    expect(patches).toContain('political-cycle');
    const updates = history.events.map(
      (e) => e.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest?.input?.name,
    );
    expect(updates.filter((n) => n === 'reconfirmCommitment')).toHaveLength(2);
  });

  it.each(files)('replays %s without nondeterminism', async (file) => {
    const history = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    await expect(
      Worker.runReplayHistory(
        { workflowBundle: await workflowBundle(), dataConverter: temporalDataConverter },
        history,
        file.replace(/\.json$/, ''),
      ),
    ).resolves.toBeUndefined();
  });

  it.each(files)('replays %s through the OpenTelemetry workflow interceptors, exporting nothing', async (file) => {
    const history = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const exported = new InMemorySpanExporter();
    await expect(
      Worker.runReplayHistory(
        {
          workflowBundle: await tracedWorkflowBundle(),
          dataConverter: temporalDataConverter,
          sinks: { exporter: makeWorkflowExporter(exported, Resource.default()) },
        },
        history,
        file.replace(/\.json$/, ''),
      ),
    ).resolves.toBeUndefined();
    // Sinks are not called during replay: spans of work done long ago are not sent again.
    expect(exported.getFinishedSpans()).toEqual([]);
  });
});
