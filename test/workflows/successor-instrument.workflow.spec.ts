import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { amsterdamDate, startOfAmsterdamDay, WEEK_MS, type Escalation } from '../../libs/domain/src';
import { firedOnTime, ProgrammeHarness, type ProgrammeDriver } from '../support/programme-harness';
import { createTimeSkippingEnv } from '../support/temporal';

// R4.5 Borging that lasts (docs/rules.md), on the real time-skipping test server: an instrument
// whose period ends opens "record the successor instrument" at 00:00 Amsterdam on 1 January after
// its last year; its own clock climbs the ladder (8 weeks, then +4, +4) with escalations delivered
// through the outbox; naming the successor resolves them and stops the clock.

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

const successorSteps = (escalations: Escalation[]) => escalations.filter((e) => e.step.startsWith('SUCCESSOR:'));

/** A programme in CONTINUATION whose one action is embedded in an instrument running to `lastYear`. */
async function continuingWithInstrumentTo(lastYear: number): Promise<{ sut: ProgrammeDriver; actionId: string }> {
  const sut = await harness.start('GM0034', { province: 'Flevoland', schoolHolidayRegion: 'midden' });
  await sut.commit();
  const adopted = await sut.adoptAgenda(false);
  const actionId = adopted.agenda.actions[0]!.id;
  await sut.step('updateActionStatus', { actionId, status: 'DONE' });
  await sut.step('completeExecution', {});
  await sut.step('recordEmbedding', {
    actionId,
    instrument: 'REGIONAL_APPROACH_PLAN',
    instrumentName: `Regioaanpak Flevoland ${lastYear - 4}–${lastYear}`,
    takenOverBy: 'Veilig Thuis Flevoland',
    responsibleRole: 'manager',
    period: { from: lastYear - 4, to: lastYear },
  });
  await sut.step('completeEmbedding', {});
  return { sut, actionId };
}

describe('R4.5 record the successor instrument: its own clock on the ladder', () => {
  it('opens at the period’s end, reaches level 1 at 8 weeks and level 2 four weeks later; the successor resolves it', async () => {
    const lastYear = Number(amsterdamDate(await harness.now()).slice(0, 4));
    const { sut, actionId } = await continuingWithInstrumentTo(lastYear);
    const endsAt = startOfAmsterdamDay(`${lastYear + 1}-01-01`);

    await env.sleep(endsAt - (await harness.now()) - 60_000);
    expect((await sut.view()).agenda.actions[0]!.embedding!.ended).toBeUndefined();

    await env.sleep(120_000);
    const opened = await sut.view();
    expect(opened.agenda.actions[0]!.embedding!.ended).toEqual({ at: new Date(endsAt).toISOString(), by: 'PERIOD' });
    expect(opened.clocks.find((c) => c.step === `SUCCESSOR:${actionId}`)?.runningSince).toBe(
      new Date(endsAt).toISOString(),
    );
    expect(successorSteps(opened.escalations)).toEqual([]);

    await env.sleep(endsAt + 12 * WEEK_MS + 60_000 - (await harness.now()));
    const escalated = successorSteps((await sut.view()).escalations);
    expect(escalated.map((e) => [e.level, e.ruleId, firedOnTime(e)])).toEqual([
      [1, 'R4.5', true],
      [2, 'R4.5', true],
    ]);
    expect(escalated.map((e) => (Date.parse(e.dueAt) - endsAt) / WEEK_MS)).toEqual([8, 12]);
    // Delivered through the outbox like every escalation.
    await expect
      .poll(async () => successorSteps((await sut.view()).escalations).map((e) => e.delivery.status))
      .toEqual(['DELIVERED', 'DELIVERED']);

    await sut.step('recordSuccessorInstrument', {
      actionId,
      instrumentName: `Regioaanpak Flevoland ${lastYear + 1}–${lastYear + 5}`,
      period: { from: lastYear + 1, to: lastYear + 5 },
    });
    await env.sleep(8 * WEEK_MS);
    const after = await sut.view();
    expect(successorSteps(after.escalations).map((e) => e.status)).toEqual(['RESOLVED', 'RESOLVED']);
    expect(after.clocks.some((c) => c.step.startsWith('SUCCESSOR:'))).toBe(false);
    expect(after.agenda.actions[0]!.embedding).toMatchObject({
      period: { from: lastYear + 1, to: lastYear + 5 },
      pastInstruments: [{ period: { from: lastYear - 4, to: lastYear }, endedAt: new Date(endsAt).toISOString() }],
    });
  });

  it('a check-in saying the instrument is no longer in force opens the step at once; refusals record nothing', async () => {
    const lastYear = Number(amsterdamDate(await harness.now()).slice(0, 4)) + 3;
    const { sut, actionId } = await continuingWithInstrumentTo(lastYear);
    const before = (await sut.view()).version;
    const refusal = await sut.refused('recordSuccessorInstrument', { actionId, instrumentName: '  ' });
    expect(refusal.ruleId).toBe('R4.5');
    expect((await sut.view()).version).toBe(before);

    const year = Number(amsterdamDate(await harness.now()).slice(0, 4));
    const checked = await sut.step('recordCheckIn', { year, embeddings: [{ actionId, inForce: false }] });
    expect(checked.agenda.actions[0]!.embedding!.ended?.by).toBe('CHECK_IN');
    await env.sleep(8 * WEEK_MS + 60_000);
    expect(successorSteps((await sut.view()).escalations).map((e) => e.level)).toEqual([1]);
  });
});
