import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEEK_MS } from '../../libs/domain/src';
import { ProgrammeHarness } from '../support/programme-harness';
import { createTimeSkippingEnv } from '../support/temporal';

// Years-long programmes keep their history bounded by continuing as new. A low event limit makes
// the workflow hand over several times here; nothing it holds may be lost on the way.

let env: TestWorkflowEnvironment;
let harness: ProgrammeHarness;

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  harness = await ProgrammeHarness.create(env);
});
afterAll(async () => {
  await harness?.dispose();
  await env?.teardown();
});

describe('continue-as-new', () => {
  it('keeps state, open escalations, the outbox and running clocks across runs', async () => {
    const sut = await harness.start('GM0034', { maxHistoryEvents: 40 });
    const firstRun = (await sut.handle.describe()).runId;
    await env.sleep(6 * WEEK_MS + 60_000);
    // Many small steps: each adds events, so the workflow continues as new along the way.
    await sut.step('designateAdministrativeLead', {});
    for (const [organisation, domain] of [
      ['Veilig Thuis', 'CARE'],
      ['GGD', 'CARE'],
      ['Wijkteam', 'CARE'],
      ['Schoolbestuur', 'EDUCATION'],
      ['Kinderopvang', 'EDUCATION'],
      ['Politie', 'JUSTICE'],
      ['OM', 'JUSTICE'],
    ] as const) {
      await sut.step('commitPartner', { organisation, domain });
    }
    const beforeWait = await sut.view();
    const progressAt = Date.parse(beforeWait.updatedAt);

    await expect.poll(async () => (await sut.handle.describe()).runId, { timeout: 20_000 }).not.toBe(firstRun);
    const afterHandover = await sut.view();
    expect(afterHandover.commitment.partners).toHaveLength(7);
    expect(afterHandover.escalations).toEqual(
      beforeWait.escalations.map((e) => ({ ...e, delivery: expect.anything() })),
    );
    expect(afterHandover.timeline.length).toBeGreaterThanOrEqual(beforeWait.timeline.length);

    // The clock restarted by the last progress still fires on time in the new run.
    await env.sleep(6 * WEEK_MS + 60_000);
    const later = await sut.view();
    const level1 = later.escalations.filter((e) => e.step === 'COMMITMENT' && e.status === 'OPEN');
    expect(level1).toMatchObject([{ level: 1, dueAt: new Date(progressAt + 6 * WEEK_MS).toISOString() }]);
    // Updates keep working, and every escalation was delivered exactly once per key.
    const next = await sut.step('appointProjectLead', { kind: 'INTERNAL' });
    expect(next.commitment.projectLead).toMatchObject({ kind: 'INTERNAL' });
    await expect.poll(() => harness.webhook.distinctKeys().length, { timeout: 10_000 }).toBe(later.escalations.length);
    expect(new Set(harness.webhook.delivered().map((r) => r.idempotencyKey)).size).toBe(
      harness.webhook.delivered().length,
    );
    await expect
      .poll(async () => (await sut.readModelRow())?.version, { timeout: 10_000 })
      .toBe((await sut.view()).version);
  });
});

describe('shorter runs (issue 18.2, patch shorter-runs)', () => {
  it('hands over at 250 events without a limit given, so a cold worker replays a short run; nothing is lost', async () => {
    const sut = await harness.start('GM0037');
    const firstRun = sut.handle.firstExecutionRunId;
    const partners: string[] = [];
    const domains = ['CARE', 'EDUCATION', 'JUSTICE'] as const;
    // Forty small steps of about eight events each: the first run passes 250 events on the way.
    for (let n = 0; n < 40; n++) {
      partners.push(`Partner ${n + 1}`);
      await sut.step('commitPartner', { organisation: `Partner ${n + 1}`, domain: domains[n % 3]! });
    }
    await expect.poll(async () => (await sut.handle.describe()).runId, { timeout: 20_000 }).not.toBe(firstRun);
    const first = await env.client.workflow.getHandle(sut.id, firstRun).fetchHistory();
    const events = first.events ?? [];
    // It hands over once the projection has caught up and no step is in flight: steps taken back to
    // back, as here, let the run grow past 250 first.
    expect(events.length).toBeGreaterThanOrEqual(250);
    expect(events.at(-1)?.workflowExecutionContinuedAsNewEventAttributes).toBeTruthy();
    const markers = events.flatMap((e) =>
      Object.values(e.markerRecordedEventAttributes?.details ?? {})
        .flatMap((p) => p.payloads ?? [])
        .map((p) => Buffer.from(p.data ?? []).toString('utf8')),
    );
    expect(markers.some((m) => m.includes('shorter-runs'))).toBe(true);
    // Every step of both runs is in the state, once, and the read model follows it.
    const view = await sut.view();
    expect(view.commitment.partners.map((p) => p.organisation)).toEqual(partners);
    const current = await sut.handle.describe();
    expect(Number(current.historyLength)).toBeLessThan(250);
    await expect.poll(async () => (await sut.readModelRow())?.version, { timeout: 10_000 }).toBe(view.version);
  });
});
