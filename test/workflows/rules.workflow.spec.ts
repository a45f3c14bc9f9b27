import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALDERMAN, KWARTIERMAKER, ProgrammeHarness, type ProgrammeDriver } from '../support/programme-harness';
import { createTimeSkippingEnv } from '../support/temporal';

// What only Temporal proves about the rules: a step is a Temporal Update whose validator refuses
// with the rule id as failure type and leaves no event in the history; an accepted Update answers
// the new state; escalations leave through the outbox activity; an ended programme ends its run.
// Each rule R1.1–R4.4 itself is specified by the pure specs beside its step handler
// (libs/domain/src/lifecycle/steps/*.spec.ts; docs/rules.md).

let env: TestWorkflowEnvironment;
let harness: ProgrammeHarness;
let sequence = 0;

beforeAll(async () => {
  env = await createTimeSkippingEnv();
  harness = await ProgrammeHarness.create(env);
});
afterAll(async () => {
  await harness?.dispose();
  await env?.teardown();
});

const start = () => harness.start('GM0917', { sequence: ++sequence });

/** Update events in the run's history: one accepted and one completed per step taken. */
async function updateEvents(sut: ProgrammeDriver): Promise<number> {
  const history = await sut.handle.fetchHistory();
  return (history.events ?? []).filter(
    (e) => e.workflowExecutionUpdateAcceptedEventAttributes || e.workflowExecutionUpdateCompletedEventAttributes,
  ).length;
}

/** Asserts a refusal by rule id, with a sentence, and that the programme did not change at all. */
async function expectRefused(
  sut: ProgrammeDriver,
  ruleId: string,
  take: () => Promise<{ ruleId: string; message: string }>,
): Promise<string> {
  const before = await sut.view();
  const eventsBefore = await updateEvents(sut);
  const failure = await take();
  expect(failure.ruleId).toBe(ruleId);
  expect(failure.message.length).toBeGreaterThan(10);
  const after = await sut.view();
  expect(after.version).toBe(before.version);
  expect(after.timeline).toEqual(before.timeline);
  expect(await updateEvents(sut)).toBe(eventsBefore);
  return failure.message;
}

describe('steps as Temporal Updates', () => {
  it('the validator refuses with the rule id as failure type and records nothing, for rules and guards alike', async () => {
    const sut = await start();
    await expectRefused(sut, 'R1.1', () => sut.refused('confirmCommitment', {}, ALDERMAN));
    await expectRefused(sut, 'LIFECYCLE', () => sut.refused('recordBottleneck', { description: 'x', domain: 'CARE' }));
    await expectRefused(sut, 'INVALID_INPUT', () => sut.refused('abortProgramme', { reason: '' }));
    await expectRefused(sut, 'UNKNOWN_REFERENCE', () =>
      sut.refused('acknowledgeEscalation', { escalationId: 'nope', decision: 'NOTE' }, KWARTIERMAKER),
    );
    await sut.step('designateAdministrativeLead', {});
    for (const [organisation, domain] of [
      ['A', 'CARE'],
      ['B', 'EDUCATION'],
      ['C', 'JUSTICE'],
    ] as const) {
      await sut.step('commitPartner', { organisation, domain });
    }
    await sut.step('appointProjectLead', { kind: 'INTERNAL' });
    await expectRefused(sut, 'NOT_PERMITTED', () => sut.refused('confirmCommitment', {}));
    await sut.step('confirmCommitment', {}, ALDERMAN);
    for (const domain of ['CARE', 'EDUCATION', 'JUSTICE'] as const) {
      await sut.step('recordBottleneck', { description: `Knelpunt ${domain}`, domain });
    }
    for (const theme of ['SIGNALLING', 'EXPERTISE', 'COLLABORATION'] as const) await sut.step('selectTheme', { theme });
    const message = await expectRefused(sut, 'R2.2', () => sut.refused('selectTheme', { theme: 'PREVENTION' }));
    expect(message).toContain('1 tot 3');
  });

  it('an accepted Update answers the new state, the same the query then answers', async () => {
    const sut = await start();
    const answered = await sut.step('designateAdministrativeLead', { name: 'J. de Vries' });
    expect(answered).toMatchObject({ version: 2, commitment: { administrativeLead: { name: 'J. de Vries' } } });
    expect(answered.timeline.at(-1)).toMatchObject({
      event: 'designateAdministrativeLead',
      summary: 'Bestuurlijk trekker (wethouder) aangewezen.',
    });
    expect(answered.checklist.find((i) => i.ruleId === 'R1.1')).toMatchObject({ done: true });
    expect(await sut.view()).toEqual(answered);
    expect(await updateEvents(sut)).toBe(2);
  });
});

describe('escalations raised by a step leave through the outbox', () => {
  it('R4.3 an external lead leaving with embedding open: delivered once with its idempotency key, the delivery recorded', async () => {
    const sut = await start();
    await sut.commit('EXTERNAL');
    const view = await sut.adoptAgenda(false);
    const actionId = view.agenda.actions[0]!.id;
    await sut.step('updateActionStatus', { actionId, status: 'DONE' });
    await sut.step('completeExecution', {});
    const message = await expectRefused(sut, 'R4.1', () =>
      sut.refused('recordEmbedding', {
        actionId,
        instrument: 'STAND_ALONE_PROJECT',
        instrumentName: 'Project Veilig Opgroeien',
        takenOverBy: 'Gemeente',
        responsibleRole: 'beleidsmedewerker jeugd',
      }),
    );
    expect(message).toContain('niet als een (losstaand) project');
    const departed = await sut.step('recordLeadDeparture', {});
    const escalation = departed.escalations.find((e) => e.kind === 'LEAD_DEPARTED');
    expect(escalation).toMatchObject({ level: 2, ruleId: 'R4.3', status: 'OPEN' });
    await expect
      .poll(() => harness.webhook.received.filter((r) => r.idempotencyKey === escalation!.id).length, {
        timeout: 10_000,
      })
      .toBe(1);
    await expect
      .poll(async () => (await sut.view()).escalations[0]!.delivery.status, { timeout: 10_000 })
      .toBe('DELIVERED');
    const acked = await sut.step(
      'acknowledgeEscalation',
      { escalationId: escalation!.id, decision: 'NOTE', note: 'Nieuwe projectleider in werving' },
      KWARTIERMAKER,
    );
    expect(acked.escalations[0]).toMatchObject({
      status: 'ACKNOWLEDGED',
      acknowledgements: [{ decision: 'NOTE', by: KWARTIERMAKER }],
    });
  });
});

describe('an ended programme ends its workflow run', () => {
  it('abort: the run completes with the final state', async () => {
    const sut = await start();
    expect((await sut.step('pauseProgramme', { reason: 'Gemeenteraadsverkiezingen' })).status).toBe('PAUSED');
    expect((await sut.step('resumeProgramme', {})).status).toBe('ACTIVE');
    const aborted = await sut.step('abortProgramme', { reason: 'Fusie van gemeenten' });
    expect(aborted).toMatchObject({ status: 'ABORTED', abortReason: 'Fusie van gemeenten' });
    await expect(sut.handle.result()).resolves.toMatchObject({ final: { status: 'ABORTED' } });
  });

  it('whole lifecycle to CLOSED: the run completes and the read model says CLOSED', async () => {
    const sut = await start();
    await sut.commit();
    const agenda = await sut.adoptAgenda(false);
    await sut.step('updateActionStatus', { actionId: agenda.agenda.actions[0]!.id, status: 'DONE' });
    await sut.step('completeExecution', {});
    await sut.step('recordEmbedding', {
      actionId: agenda.agenda.actions[0]!.id,
      instrument: 'REGIONAL_APPROACH_PLAN',
      instrumentName: 'Regioaanpak',
      takenOverBy: 'Veilig Thuis',
      responsibleRole: 'manager',
    });
    await sut.step('completeEmbedding', {});
    await sut.step('recordCheckIn', { year: 2028, repeatReports: 9, note: 'Minder hermeldingen' });
    const closed = await sut.step('closeProgramme', {});
    expect(closed).toMatchObject({ phase: 'CLOSED', status: 'CLOSED', openEscalationLevel: 0 });
    await expect(sut.handle.result()).resolves.toMatchObject({ final: { phase: 'CLOSED' } });
    await expect.poll(async () => (await sut.readModelRow())?.status, { timeout: 10_000 }).toBe('CLOSED');
  });
});
