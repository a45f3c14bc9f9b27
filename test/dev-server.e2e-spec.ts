import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROGRAMME_SEARCH_ATTRIBUTES } from '../libs/contracts/src';
import { DevServer } from './support/dev-server';
import { WebhookReceiver } from './support/webhook-receiver';
import { WorkerProcess } from './support/worker-process';

// The harness for fault tests: a dev server that is killed and restarted on its SQLite file, a
// worker process that is SIGKILLed, a webhook endpoint that fails on demand.

const dataDir = mkdtempSync(join(tmpdir(), 'olievlek-harness-'));
const workflowId = `harness-check-${Date.now()}`;
let server: DevServer;
let worker: WorkerProcess | undefined;
let receiver: WebhookReceiver | undefined;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  server = await DevServer.start({ dbFile: join(dataDir, 'temporal.db'), startTimeoutMs: 20_000 });
}, 25_000);

afterAll(async () => {
  await worker?.kill();
  await receiver?.close();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('fault-test harness', () => {
  it('registers the custom search attributes with their types', async () => {
    const listed = JSON.parse(await server.cli('operator', 'search-attribute', 'list', '-o', 'json')) as {
      customAttributes: Record<string, string>;
    };
    for (const key of PROGRAMME_SEARCH_ATTRIBUTES) {
      expect(listed.customAttributes[key.name], key.name).toBe(`INDEXED_VALUE_TYPE_${key.type.toUpperCase()}`);
    }
  }, 10_000);

  it('runs the compiled worker against it and SIGKILLs it', async () => {
    worker = await WorkerProcess.start({ temporalAddress: server.address, dataDir, startTimeoutMs: 25_000 });
    const pid = worker.pid!;
    expect(alive(pid)).toBe(true);
    expect(await worker.kill('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
    expect(alive(pid)).toBe(false);
  }, 30_000);

  it('keeps a workflow started before a crash when restarted on the same file', async () => {
    // Nobody polls this queue: the workflow stays running and only its history matters.
    await server.cli(
      'workflow',
      'start',
      '--type',
      'noop',
      '--task-queue',
      'harness-check',
      '-w',
      workflowId,
      '--search-attribute',
      'Phase="AGENDA"',
    );
    const oldPid = server.pid!;
    await server.kill();
    expect(alive(oldPid)).toBe(false);

    await server.restart();
    const described = JSON.parse(await server.cli('workflow', 'describe', '-w', workflowId, '-o', 'json'));
    expect(described.workflowExecutionInfo.status).toBe('WORKFLOW_EXECUTION_STATUS_RUNNING');
    // Listed through visibility, by a custom search attribute, after the restart.
    await expect
      .poll(async () => JSON.parse(await server.cli('workflow', 'list', '--query', `Phase='AGENDA'`, '-o', 'json')), {
        timeout: 10_000,
      })
      .toMatchObject([{ execution: { workflowId } }]);
    await server.cli('workflow', 'terminate', '-w', workflowId, '--reason', 'harness check done');
  }, 30_000);

  it('records webhook deliveries, failing on demand', async () => {
    receiver = await WebhookReceiver.start();
    receiver.failNext(1, 503);
    const post = (key: string) =>
      fetch(receiver!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ level: 1 }),
      }).then((res) => res.status);
    expect(await post('esc-1')).toBe(503);
    expect(await post('esc-1')).toBe(200);
    expect(await post('esc-2')).toBe(200);
    expect(receiver.distinctKeys()).toEqual(['esc-1', 'esc-2']);
    expect(receiver.delivered().map((r) => r.idempotencyKey)).toEqual(['esc-1', 'esc-2']);
    expect(receiver.received[0]).toMatchObject({ status: 503, body: { level: 1 }, path: '/webhook' });
  }, 10_000);

  it('stops the server with SIGTERM, leaving no process behind', async () => {
    const pid = server.pid!;
    expect(await server.stop()).toMatchObject({ signal: null });
    expect(alive(pid)).toBe(false);
  }, 15_000);
});
