import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiProcess } from './support/api-process';
import { DevServer } from './support/dev-server';
import { graphql } from './support/launcher';
import { OtlpReceiver, type ReceivedSpan } from './support/otlp-receiver';
import { mintToken } from './support/tokens';
import { WorkerProcess } from './support/worker-process';

// Production mode with OpenTelemetry: API, worker and Temporal dev server as separate processes,
// both apps exporting OTLP/HTTP (protobuf, the SDK default) to a receiver in this test. One
// mutation is one trace: the API's request span, the Temporal client span under it, the workflow's
// spans under that, the activity's under those.

const SECRET = 'tracing-test-secret-of-at-least-32-bytes';
// The Temporal SDK's client spans are INTERNAL; the request span is SERVER.
const SERVER = 2;

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-tracing-'));
const databaseUrl = join(dataDir, 'olievlek.sqlite');
let server: DevServer;
let receiver: OtlpReceiver;
let quiet: OtlpReceiver;
let worker: WorkerProcess;
let api: ApiProcess;
let untracedApi: ApiProcess;
let token: string;

const otel = (endpoint: string) => ({
  OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
  // Batches go out after 200 ms instead of 5 s: the test polls, it does not time.
  OTEL_BSP_SCHEDULE_DELAY: '200',
});

const mutate = (target: ApiProcess, mutation: string, headers?: Record<string, string>) =>
  graphql(target.url, `mutation { ${mutation} }`, undefined, { token, ...(headers ? { headers } : {}) });

const byName = (spans: ReceivedSpan[], traceId: string, name: string) =>
  spans.find((s) => s.traceId === traceId && s.name === name);

beforeAll(async () => {
  [server, receiver, quiet] = await Promise.all([
    DevServer.start({ dbFile: join(dataDir, 'temporal.db'), startTimeoutMs: 30_000 }),
    OtlpReceiver.start(),
    OtlpReceiver.start(),
  ]);
  worker = await WorkerProcess.start({
    temporalAddress: server.address,
    dataDir,
    databaseUrl,
    env: otel(receiver.url),
  });
  const common = { temporalAddress: server.address, databaseUrl, jwtSecret: SECRET };
  [api, untracedApi] = await Promise.all([
    ApiProcess.start({ ...common, dataDir: join(dataDir, 'api'), env: otel(receiver.url) }),
    // Pointed at a receiver, but switched off: it must send nothing.
    ApiProcess.start({
      ...common,
      dataDir: join(dataDir, 'api-untraced'),
      env: { ...otel(quiet.url), OTEL_SDK_DISABLED: 'true' },
    }),
  ]);
  token = await mintToken(SECRET, { sub: 'tracing-e2e', role: 'KWARTIERMAKER' });
}, 240_000);

afterAll(async () => {
  await Promise.all([api?.stop(), untracedApi?.stop()]);
  await worker?.stop();
  await server?.stop();
  await Promise.all([receiver?.close(), quiet?.close()]);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('tracing across API, Temporal client, workflow and activity', () => {
  it('startProgramme: one trace from the request span through StartWorkflow and the workflow to the projection activity', async () => {
    const res = await mutate(api, 'startProgramme(municipalityCode: "GM0344") { id }');
    expect(res.errors).toBeUndefined();

    const request = await receiver.waitFor((spans) => spans.find((s) => s.name === 'graphql mutation startProgramme'));
    expect(request).toMatchObject({
      kind: SERVER,
      resource: { 'service.name': 'olievlek-api' },
      attributes: {
        'graphql.operation.type': 'mutation',
        'http.request.method': 'POST',
        'http.route': '/graphql',
        'http.response.status_code': 200,
      },
    });
    expect(request.parentSpanId).toBeUndefined();
    // No token, header or document text in the attributes.
    expect(JSON.stringify(request.attributes)).not.toMatch(/Bearer|GM0344|authorization/i);

    const trace = request.traceId;
    const { start, scheduled, activity } = await receiver.waitFor((spans) => {
      const start = byName(spans, trace, 'StartWorkflow:programmeLifecycleWorkflow');
      const scheduled = byName(spans, trace, 'StartActivity:projectProgramme');
      const activity = byName(spans, trace, 'RunActivity:projectProgramme');
      return start && scheduled && activity ? { start, scheduled, activity } : undefined;
    });
    expect(start).toMatchObject({ parentSpanId: request.spanId, resource: { 'service.name': 'olievlek-api' } });
    // StartActivity's parent is the run's span (RunWorkflow), sent when the programme ends.
    expect(scheduled.resource['service.name']).toBe('olievlek-worker');
    expect(scheduled.parentSpanId).toBeDefined();
    expect(scheduled.attributes).toMatchObject({
      workflowId: 'programme-GM0344-1',
      workflowType: 'programmeLifecycleWorkflow',
    });
    expect(activity).toMatchObject({ parentSpanId: scheduled.spanId, resource: { 'service.name': 'olievlek-worker' } });
    expect(activity.attributes).toMatchObject({ temporalWorkflowId: 'programme-GM0344-1' });
  }, 120_000);

  it('a lifecycle step with an incoming traceparent continues that trace: request, StartWorkflowUpdate, HandleUpdate', async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpan = randomBytes(8).toString('hex');
    const res = await mutate(api, 'designateAdministrativeLead(programmeId: "programme-GM0344-1", input: {}) { id }', {
      traceparent: `00-${traceId}-${callerSpan}-01`,
    });
    expect(res.errors).toBeUndefined();

    const { request, update, handled } = await receiver.waitFor((spans) => {
      const request = byName(spans, traceId, 'graphql mutation designateAdministrativeLead');
      const update = byName(spans, traceId, 'StartWorkflowUpdate:designateAdministrativeLead');
      const handled = byName(spans, traceId, 'HandleUpdate:designateAdministrativeLead');
      return request && update && handled ? { request, update, handled } : undefined;
    });
    expect(request).toMatchObject({
      kind: SERVER,
      parentSpanId: callerSpan,
      resource: { 'service.name': 'olievlek-api' },
    });
    expect(update).toMatchObject({ parentSpanId: request.spanId, resource: { 'service.name': 'olievlek-api' } });
    expect(handled).toMatchObject({ parentSpanId: update.spanId, resource: { 'service.name': 'olievlek-worker' } });
    expect(typeof handled.attributes.temporalUpdateId).toBe('string');
  }, 120_000);

  it('probes are not traced', async () => {
    expect(await api.healthy()).toBe(true);
    await receiver.waitFor((spans) =>
      spans.some((s) => s.name.startsWith('graphql mutation designateAdministrativeLead')) ? true : undefined,
    );
    expect(
      receiver.spans.filter(
        (s) =>
          s.resource['service.name'] === 'olievlek-api' &&
          (s.attributes['url.path'] as string | undefined)?.startsWith('/health'),
      ),
    ).toEqual([]);
  }, 120_000);

  it('with OTEL_SDK_DISABLED=true the API sends nothing, even with an endpoint set', async () => {
    const res = await mutate(untracedApi, 'startProgramme(municipalityCode: "GM0014") { id }');
    expect(res.errors).toBeUndefined();
    // The traced worker still reports the workflow's activity: the mutation went all the way through.
    await receiver.waitFor((spans) =>
      spans.find(
        (s) => s.name === 'RunActivity:projectProgramme' && s.attributes.temporalWorkflowId === 'programme-GM0014-1',
      ),
    );
    await new Promise((r) => setTimeout(r, 1_000));
    expect(quiet.requests).toBe(0);
  }, 120_000);
});
