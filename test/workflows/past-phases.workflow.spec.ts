import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addIsoDays, amsterdamDate, startOfAmsterdamDay, WEEK_MS } from '../../libs/domain/src';
import { NationalOverviewReadModel } from '../../libs/persistence/src';
import { PAST_PHASE_DATES_PATCH } from '../../workflows/programme-lifecycle.workflow';
import { ProgrammeHarness, type ProgrammeDriver } from '../support/programme-harness';
import { createTimeSkippingEnv } from '../support/temporal';

// docs/rules.md "Programmes that began before Olievlek" (issue 15): declared past phase dates on the
// real worker and the time-skipping test server; the patch marker; the read model's medians.

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

const day = (date: string) => new Date(startOfAmsterdamDay(date)).toISOString();

/** The patch ids recorded in the workflow's history. */
async function patchMarkers(sut: ProgrammeDriver): Promise<string[]> {
  const history = await sut.handle.fetchHistory();
  return (history.events ?? []).flatMap((e) => {
    const attrs = e.markerRecordedEventAttributes;
    if (attrs?.markerName !== 'core_patch') return [];
    const data = attrs.details?.['patch-data']?.payloads?.[0]?.data;
    return data ? [(JSON.parse(Buffer.from(data).toString('utf8')) as { id: string }).id] : [];
  });
}

describe('declared past phases on a running workflow', () => {
  it('P3: a programme really in AGENDA for 21 weeks raises levels 1–3 at once, in order, delivered once each', async () => {
    const today = amsterdamDate(await harness.now());
    const commitmentEnded = addIsoDays(today, -21 * 7);
    const startedOn = addIsoDays(commitmentEnded, -90);
    const sut = await harness.start('GM0014', {
      startedOn,
      pastPhases: [{ phase: 'COMMITMENT', endedOn: commitmentEnded }],
    });
    const registered = await sut.view();
    expect(registered.phaseHistory).toEqual([{ phase: 'COMMITMENT', enteredAt: day(startedOn) }]);
    expect(registered.escalations).toEqual([]);

    const view = await sut.commit();
    expect(view.phaseHistory).toEqual([
      { phase: 'COMMITMENT', enteredAt: day(startedOn), leftAt: day(commitmentEnded) },
      { phase: 'AGENDA', enteredAt: day(commitmentEnded) },
    ]);
    const from = startOfAmsterdamDay(commitmentEnded);
    expect(view.escalations.map((e) => [e.level, e.recipient, e.step, e.dueAt])).toEqual([
      [1, 'PROJECT_LEAD', 'AGENDA', new Date(from + 12 * WEEK_MS).toISOString()],
      [2, 'ADMINISTRATIVE_LEAD', 'AGENDA', new Date(from + 16 * WEEK_MS).toISOString()],
      [3, 'KWARTIERMAKER', 'AGENDA', new Date(from + 20 * WEEK_MS).toISOString()],
    ]);
    // Through the outbox in the order raised, each once; and nothing more: the ladder has three rungs.
    await expect
      .poll(() => harness.webhook.distinctKeys(), { timeout: 15_000 })
      .toEqual(view.escalations.map((e) => e.id));
    await env.sleep(10 * WEEK_MS);
    expect((await sut.view()).escalations).toHaveLength(3);
    expect(harness.webhook.delivered()).toHaveLength(3);
    await expect.poll(async () => (await sut.readModelRow())?.openEscalationLevel, { timeout: 10_000 }).toBe(3);

    expect(await patchMarkers(sut)).toContain(PAST_PHASE_DATES_PATCH);
  });

  it('a pioneer caught up to CONTINUATION: true stays in the read model and its medians, no escalation on the way', async () => {
    const sut = await harness.start('GM0935', {
      startedOn: '2015-09-07',
      pastPhases: [
        { phase: 'COMMITMENT', endedOn: '2015-12-07' },
        { phase: 'AGENDA', endedOn: '2016-05-02' },
        { phase: 'EXECUTION', endedOn: '2017-09-04' },
        { phase: 'EMBEDDING', endedOn: '2018-03-05' },
      ],
    });
    await sut.commit();
    const executing = await sut.adoptAgenda(false);
    const actionId = executing.agenda.actions[0]!.id;
    await sut.step('updateActionStatus', { actionId, status: 'DONE' });
    await sut.step('completeExecution', {});
    await sut.step('recordEmbedding', {
      actionId,
      instrument: 'REGIONAL_APPROACH_PLAN',
      instrumentName: 'Regioaanpak',
      takenOverBy: 'Veilig Thuis',
      responsibleRole: 'teamleider',
    });
    await sut.step('nameEmbeddingOwner', { role: 'beleidsadviseur' });
    const view = await sut.step('completeEmbedding', {});
    expect(view.phase).toBe('CONTINUATION');
    expect(view.escalations).toEqual([]);
    expect(view.phaseEnteredAt).toBe(day('2018-03-05'));

    // Calendar days between the declared days (Amsterdam): 91, 147, 490, 182.
    await expect
      .poll(
        async () =>
          (await new NationalOverviewReadModel(harness.dataSource).overview()).medianDaysInPhase
            .filter((m) => m.programmes > 0)
            .map((m) => [m.phase, m.medianDays]),
        { timeout: 15_000 },
      )
      .toEqual([
        ['COMMITMENT', 91],
        ['AGENDA', 147],
        ['EXECUTION', 490],
        ['EMBEDDING', 182],
      ]);
  });

  it('a programme started without startedOn records no marker and enters COMMITMENT when it starts', async () => {
    const sut = await harness.start('GM0014');
    const view = await sut.view();
    expect(view.phaseHistory).toEqual([{ phase: 'COMMITMENT', enteredAt: view.startedAt }]);
    expect(await patchMarkers(sut)).not.toContain(PAST_PHASE_DATES_PATCH);
  });

  it('a workflow started with impossible dates fails to start and records nothing of a programme', async () => {
    const sut = await harness.start('GM0014', {
      startedOn: '2020-01-06',
      pastPhases: [{ phase: 'AGENDA', endedOn: '2020-03-02' }],
    });
    await expect(sut.handle.result()).rejects.toThrow();
    expect(await sut.readModelRow()).toBeNull();
  });
});
