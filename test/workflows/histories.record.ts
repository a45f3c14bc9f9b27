import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { getProgrammeStateQuery, PROGRAMME_LIFECYCLE_WORKFLOW } from '../../libs/contracts/src';
import { createTimeSkippingEnv, workflowBundle } from '../support/temporal';
import { freePort } from '../support/free-port';

// Histories are exported with the Temporal CLI, in the same JSON form as `temporal workflow show`.
// (The SDK's historyToJSON fails here: @temporalio/common and @temporalio/proto each get their
// own nested copy of protobufjs 8, and its type checks do not cross copies.)
let port: number;
function exportHistory(workflowId: string, file: string): void {
  const json = execFileSync(
    process.env.OLIEVLEK_TEMPORAL_CLI as string,
    ['workflow', 'show', '-w', workflowId, '-o', 'json', '--address', `127.0.0.1:${port}`],
    { encoding: 'utf8' },
  );
  writeFileSync(join(__dirname, 'histories', file), json.endsWith('\n') ? json : `${json}\n`);
}

// Records the histories that replay.spec.ts replays. Run it when adding a history, never to
// "fix" a failing replay: a committed history stands for programmes already running.
let env: TestWorkflowEnvironment;
beforeAll(async () => {
  port = await freePort();
  env = await createTimeSkippingEnv(port);
});
afterAll(async () => {
  await env?.teardown();
});

it('records: a programme started and projected (v1)', async () => {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: 'record',
    workflowBundle: await workflowBundle(),
    activities: { async projectProgramme() {} },
  });
  await worker.runUntil(async () => {
    const handle = await env.client.workflow.start(PROGRAMME_LIFECYCLE_WORKFLOW, {
      taskQueue: 'record',
      workflowId: 'programme-GM0363-1',
      args: [{ programmeId: 'programme-GM0363-1', municipalityCode: 'GM0363', sequence: 1 }],
    });
    await handle.query(getProgrammeStateQuery);
    // Let the projection activity complete so the history holds its result.
    await expect
      .poll(async () => (await handle.fetchHistory()).events?.some((e) => e.activityTaskCompletedEventAttributes))
      .toBe(true);
    exportHistory('programme-GM0363-1', 'programme-started-v1.json');
    await handle.terminate('recorded');
  });
});
