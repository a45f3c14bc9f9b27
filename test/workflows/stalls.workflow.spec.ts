import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEEK_MS, type Escalation } from '../../libs/domain/src';
import { ALDERMAN, firedOnTime, KWARTIERMAKER, ProgrammeHarness } from '../support/programme-harness';
import { createTimeSkippingEnv } from '../support/temporal';

// docs/rules.md "Stalls and escalations": progress clocks, the three-level ladder, progress resolving,
// pause stopping the clock, acknowledgements, and the outbox delivering every escalation.

let env: TestWorkflowEnvironment;
let harness: ProgrammeHarness;

beforeEach(async () => {
  env = await createTimeSkippingEnv();
  harness = await ProgrammeHarness.create(env);
});
afterEach(async () => {
  await harness?.dispose();
  await env?.teardown();
});

const at = (ms: number) => new Date(ms).toISOString();
const weeks = (n: number) => n * WEEK_MS;
/** The escalations of a step; `onTime` when raised within seconds after its due instant (timers fire then). */
const ladder = (escalations: Escalation[], step: string) =>
  escalations
    .filter((e) => e.step === step)
    .map((e) => ({ level: e.level, dueAt: e.dueAt, onTime: firedOnTime(e), status: e.status }));

describe('stall ladder', () => {
  it('fires level 1 at 6 weeks, level 2 four weeks later and level 3 four weeks after that, on the exact instants', async () => {
    const sut = await harness.start('GM0014');
    const started = Date.parse((await sut.view()).startedAt);

    await env.sleep(weeks(6) - 60_000);
    expect((await sut.view()).escalations).toEqual([]);
    await env.sleep(weeks(8) + 120_000);
    const view = await sut.view();
    expect(ladder(view.escalations, 'COMMITMENT')).toEqual([
      { level: 1, dueAt: at(started + weeks(6)), onTime: true, status: 'OPEN' },
      { level: 2, dueAt: at(started + weeks(10)), onTime: true, status: 'OPEN' },
      { level: 3, dueAt: at(started + weeks(14)), onTime: true, status: 'OPEN' },
    ]);
    expect(view.escalations.map((e) => e.recipient)).toEqual(['PROJECT_LEAD', 'ADMINISTRATIVE_LEAD', 'KWARTIERMAKER']);
    expect(view.openEscalationLevel).toBe(3);
    // Nothing after level 3: the ladder has three rungs.
    await env.sleep(weeks(20));
    expect((await sut.view()).escalations).toHaveLength(3);

    // Every escalation reached the webhook once, keyed by its id; the read model's outbox agrees.
    await expect
      .poll(() => harness.webhook.distinctKeys(), { timeout: 10_000 })
      .toEqual(view.escalations.map((e) => e.id));
    expect(harness.webhook.delivered()).toHaveLength(3);
    expect(harness.webhook.delivered()[0]!.body).toMatchObject({
      escalation: { level: 1, kind: 'STALL' },
      programme: { municipalityCode: 'GM0014' },
    });
    await expect
      .poll(async () => (await harness.readModel.listOutbox(sut.id)).map((r) => [r.level, r.deliveryStatus]), {
        timeout: 10_000,
      })
      .toEqual([
        [1, 'DELIVERED'],
        [2, 'DELIVERED'],
        [3, 'DELIVERED'],
      ]);
    await expect.poll(async () => (await sut.readModelRow())?.openEscalationLevel, { timeout: 10_000 }).toBe(3);
  });

  it('progress resolves the open escalations of its step and restarts its clock', async () => {
    const sut = await harness.start('GM0014');
    await env.sleep(weeks(7));
    const progressed = await sut.step('designateAdministrativeLead', { name: 'Wethouder' });
    const progressAt = Date.parse(progressed.updatedAt);
    expect(ladder(progressed.escalations, 'COMMITMENT')).toEqual([
      expect.objectContaining({ level: 1, status: 'RESOLVED' }),
    ]);
    expect(progressed.escalations[0]).toMatchObject({
      resolvedAt: at(progressAt),
      resolution: expect.stringContaining('bestuurlijk trekker'),
    });
    expect(progressed.openEscalationLevel).toBe(0);
    await env.sleep(weeks(6) + 60_000);
    const view = await sut.view();
    expect(ladder(view.escalations, 'COMMITMENT')[1]).toEqual({
      level: 1,
      dueAt: at(progressAt + weeks(6)),
      onTime: true,
      status: 'OPEN',
    });
  });

  it('a pause stops the clock; resuming continues it with the time that was left', async () => {
    const sut = await harness.start('GM0014');
    const started = Date.parse((await sut.view()).startedAt);
    await env.sleep(weeks(2));
    const paused = await sut.step('pauseProgramme', { reason: 'Gemeenteraadsverkiezingen' });
    const pausedAt = Date.parse(paused.updatedAt);
    await env.sleep(weeks(30));
    expect((await sut.view()).escalations).toEqual([]);
    const resumed = await sut.step('resumeProgramme', {});
    const resumedAt = Date.parse(resumed.updatedAt);
    const left = weeks(6) - (pausedAt - started);
    await env.sleep(left + 60_000);
    expect(ladder((await sut.view()).escalations, 'COMMITMENT')).toEqual([
      { level: 1, dueAt: at(resumedAt + left), onTime: true, status: 'OPEN' },
    ]);
  });

  it('thresholds are overridable per programme; an alderman extends by N weeks, a kwartiermaker may pause', async () => {
    const sut = await harness.start('GM0014', {
      settings: { stallThresholdWeeks: { COMMITMENT: 2 }, escalationIntervalWeeks: 1 },
    });
    const started = Date.parse((await sut.view()).startedAt);
    await env.sleep(weeks(2) + 60_000);
    const first = (await sut.view()).escalations[0]!;
    expect(first).toMatchObject({ level: 1, dueAt: at(started + weeks(2)) });
    await sut.step('acknowledgeEscalation', { escalationId: first.id, decision: 'EXTEND', weeks: 3 }, ALDERMAN);
    // Level 2 was due one week after level 1; three extra weeks move it to week 6.
    await env.sleep(weeks(3));
    expect((await sut.view()).escalations).toHaveLength(1);
    await env.sleep(weeks(1));
    const second = (await sut.view()).escalations[1]!;
    expect(second).toMatchObject({ level: 2, dueAt: at(started + weeks(6)) });
    const paused = await sut.step(
      'acknowledgeEscalation',
      { escalationId: second.id, decision: 'PAUSE', note: 'Coalitievorming' },
      KWARTIERMAKER,
    );
    expect(paused).toMatchObject({ status: 'PAUSED', pause: { reason: 'Coalitievorming' } });
    expect(paused.escalations[1]).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgements: [{ decision: 'PAUSE' }] });
    await env.sleep(weeks(10));
    expect((await sut.view()).escalations).toHaveLength(2);
  });

  it('each execution action has its own clock; finishing an action stops it', async () => {
    const sut = await harness.start('GM0014');
    await sut.commit();
    const adopted = await sut.adoptAgenda(false);
    const adoptedAt = Date.parse(adopted.phaseEnteredAt);
    const extra = await sut.step('addAction', {
      title: 'Werksessies ketenpartners',
      theme: 'COLLABORATION',
      ownerOrganisation: 'Veilig Thuis',
    });
    const [first, second] = extra.agenda.actions;
    await sut.step('updateActionStatus', { actionId: first!.id, status: 'DONE' });
    await env.sleep(weeks(8) + 60_000);
    const view = await sut.view();
    expect(ladder(view.escalations, `ACTION:${first!.id}`)).toEqual([]);
    expect(ladder(view.escalations, `ACTION:${second!.id}`)).toEqual([
      expect.objectContaining({ level: 1, dueAt: at(Date.parse(extra.updatedAt) + weeks(8)) }),
    ]);
    expect(adoptedAt).toBeLessThanOrEqual(Date.parse(extra.updatedAt));
  });
});

describe('escalation outbox', () => {
  it('a failed delivery is retried, visible meanwhile, and delivered once the webhook answers', async () => {
    harness.webhook.failUntilRecovered(503);
    const sut = await harness.start('GM0014', { settings: { stallThresholdWeeks: { COMMITMENT: 1 } } });
    await env.sleep(weeks(1) + 60_000);
    await expect
      .poll(async () => (await sut.view()).escalations[0]?.delivery, { timeout: 20_000 })
      .toMatchObject({ status: 'FAILING', lastError: expect.stringContaining('503') });
    await expect
      .poll(async () => (await harness.readModel.listOutbox(sut.id))[0]?.deliveryStatus, { timeout: 10_000 })
      .toBe('FAILING');
    harness.webhook.recover();
    // The next attempt comes after a back-off; let the test server skip to it.
    await env.sleep(60 * 60 * 1000);
    await expect
      .poll(async () => (await sut.view()).escalations[0]?.delivery.status, { timeout: 20_000 })
      .toBe('DELIVERED');
    const escalation = (await sut.view()).escalations[0]!;
    expect(escalation.delivery.attempts).toBeGreaterThanOrEqual(2);
    expect(harness.webhook.delivered().map((r) => r.idempotencyKey)).toEqual([escalation.id]);
  });

  it('delivers to the programme’s own webhook when it has one', async () => {
    const sut = await harness.start('GM0014', {
      settings: { stallThresholdWeeks: { COMMITMENT: 1 }, webhookUrl: `${harness.webhook.url}/programme-hook` },
    });
    await env.sleep(weeks(1) + 60_000);
    await expect
      .poll(() => harness.webhook.delivered().map((r) => r.path), { timeout: 10_000 })
      .toEqual([expect.stringMatching(/\/programme-hook$/)]);
    await expect
      .poll(async () => (await sut.view()).escalations[0]?.delivery.target, { timeout: 10_000 })
      .toContain('/programme-hook');
  });
});

describe('NOT_PERMITTED stall settings beyond the national bounds', () => {
  const updatesAccepted = async (sut: { handle: { fetchHistory(): Promise<{ events?: unknown[] | null }> } }) =>
    ((await sut.handle.fetchHistory()).events ?? []).filter(
      (e) =>
        (e as { workflowExecutionUpdateAcceptedEventAttributes?: unknown })
          .workflowExecutionUpdateAcceptedEventAttributes,
    ).length;
  const patchMarkers = async (sut: { handle: { fetchHistory(): Promise<{ events?: unknown[] | null }> } }) =>
    ((await sut.handle.fetchHistory()).events ?? [])
      .map(
        (e) =>
          (
            e as {
              markerRecordedEventAttributes?: { details?: Record<string, { payloads?: { data?: Uint8Array }[] }> };
            }
          ).markerRecordedEventAttributes,
      )
      .flatMap((m) => m?.details?.['patch-data']?.payloads ?? [])
      .map((p) => Buffer.from(p.data ?? []).toString('utf8'));

  it('a project lead loosening beyond a bound is rejected by the validator, leaving no history; a kwartiermaker may, recording the patch', async () => {
    const sut = await harness.start('GM0014');
    const refusal = await sut.refused('changeSettings', { stallThresholdWeeks: { COMMITMENT: 104 } });
    expect(refusal.ruleId).toBe('NOT_PERMITTED');
    expect(refusal.details).toMatchObject({ setting: 'stallThresholdWeeks.COMMITMENT', max: 8 });
    expect(await updatesAccepted(sut)).toBe(0);
    expect((await sut.view()).settings.stallThresholdWeeks.COMMITMENT).toBe(6);

    await sut.step('changeSettings', { stallThresholdWeeks: { COMMITMENT: 104 } }, KWARTIERMAKER);
    expect(await updatesAccepted(sut)).toBe(1);
    expect((await sut.view()).settings.stallThresholdWeeks.COMMITMENT).toBe(104);
    expect((await patchMarkers(sut)).some((p) => p.includes('settings-policy-bounds'))).toBe(true);
  });
});
