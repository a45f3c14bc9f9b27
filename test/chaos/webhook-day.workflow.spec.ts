import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProgrammeHarness, type ProgrammeDriver } from '../support/programme-harness';
import { createTimeSkippingEnv } from '../support/temporal';
import { deliveryProblems, WebhookWithOutages } from './support/webhook-outage';

// Issue 7: "take the webhook receiver down for a simulated day". On the time-skipping test
// server a day passes in seconds, with the real worker activities and a real receiver whose
// socket is closed (connection refused) for 24 hours of workflow time. The outbox backs off
// 30 s, 1 min, 2 min, … to at most 1 h between attempts (programme-lifecycle.workflow.ts), so a
// day down is about 30 failed attempts per escalation; once the receiver is back each escalation
// arrives once, under its own idempotency key, and none is lost. A time-skipping workflow test,
// so it runs in `npm test`; the real-time outage with worker kills is lifecycles.chaos-spec.ts.

const PROGRAMMES = ['GM0014', 'GM0034', 'GM0037', 'GM0047', 'GM0050'];
const HOUR = 60 * 60 * 1000;
const WEEK = 7 * 24 * HOUR;

let env: TestWorkflowEnvironment;
let harness: ProgrammeHarness;
let webhook: WebhookWithOutages;
const programmes: ProgrammeDriver[] = [];

beforeAll(async () => {
  // Thirty failed attempts per escalation each log a warning; only errors are of interest here.
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  env = await createTimeSkippingEnv();
  harness = await ProgrammeHarness.create(env);
  webhook = await WebhookWithOutages.start();
}, 120_000);

afterAll(async () => {
  await harness?.dispose();
  await webhook?.close();
  await env?.teardown();
});

/** The attempts the outbox makes in `ms` of downtime: waits of 30 s doubling, at most 1 h. */
function attemptsWithin(ms: number): number {
  let attempts = 1;
  for (let waited = 0; ; attempts++) {
    waited += Math.min(HOUR, 30_000 * 2 ** Math.min(attempts - 1, 10));
    if (waited > ms) return attempts;
  }
}

describe('escalation webhook down for a simulated day', () => {
  it('each escalation keeps failing and backing off for the whole day, visible in the workflow and the read model', async () => {
    await webhook.down();
    for (const code of PROGRAMMES) {
      // A one-week COMMITMENT threshold raises a level-1 stall escalation a week after the start.
      programmes.push(
        await harness.start(code, { settings: { stallThresholdWeeks: { COMMITMENT: 1 }, webhookUrl: webhook.url } }),
      );
    }
    await env.sleep(WEEK + 60_000);
    for (const p of programmes) expect((await p.view()).escalations.map((e) => e.kind)).toEqual(['STALL']);
    await env.sleep(24 * HOUR);
    const expected = attemptsWithin(24 * HOUR);
    for (const p of programmes) {
      const [escalation] = (await p.view()).escalations;
      expect(escalation!.delivery).toMatchObject({
        status: 'FAILING',
        lastError: expect.stringContaining('ECONNREFUSED'),
      });
      // Give or take one: the last wait may straddle the end of the day.
      expect(
        Math.abs(escalation!.delivery.attempts - expected),
        `${p.id}: ${escalation!.delivery.attempts} attempts, about ${expected} expected`,
      ).toBeLessThanOrEqual(1);
      await expect
        .poll(async () => (await harness.readModel.listOutbox(p.id))[0], { timeout: 20_000 })
        .toMatchObject({ deliveryStatus: 'FAILING', attempts: escalation!.delivery.attempts });
    }
    expect(webhook.received()).toEqual([]);
  }, 180_000);

  it('once the receiver is back, each escalation arrives once under its own idempotency key', async () => {
    await webhook.up();
    // The next attempt is at most an hour away.
    await env.sleep(HOUR + 60_000);
    const escalations = await Promise.all(programmes.map(async (p) => (await p.view()).escalations[0]!));
    for (const e of escalations) expect(e.delivery.status, e.id).toBe('DELIVERED');
    const { problems, repeats } = deliveryProblems(
      webhook.received(),
      escalations.map((e) => e.id),
    );
    expect(problems).toEqual([]);
    expect(repeats).toBe(0);
    expect(webhook.received()).toHaveLength(PROGRAMMES.length);
    for (const p of programmes) {
      await expect
        .poll(async () => (await harness.readModel.listOutbox(p.id))[0]?.deliveryStatus, { timeout: 20_000 })
        .toBe('DELIVERED');
    }
  }, 120_000);
});
