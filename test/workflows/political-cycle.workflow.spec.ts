import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startOfAmsterdamDay, WEEK_MS, type Actor, type Escalation, type ProgrammeView } from '../../libs/domain/src';
import { firedOnTime, ProgrammeHarness, type ProgrammeDriver } from '../support/programme-harness';
import { createTimeSkippingEnv } from '../support/temporal';

// R1.6 the political cycle (docs/rules.md): a new administrative lead in any phase re-confirms the
// commitment within 12 weeks, else the ladder (12, 16, 20 weeks); an election day without a new
// mandate within 16 weeks gets the same step. Timers on the real time-skipping test server.

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

const NEW_ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD', memberId: 'member-new' };
const OLD_ALDERMAN: Actor = { role: 'ADMINISTRATIVE_LEAD', memberId: 'member-old' };
const at = (ms: number) => new Date(ms).toISOString();
const ladder = (escalations: Escalation[]) =>
  escalations
    .filter((e) => e.step === 'RECOMMITMENT')
    .map((e) => ({ level: e.level, dueAt: e.dueAt, onTime: firedOnTime(e), ruleId: e.ruleId, status: e.status }));

/**
 * Skips the test clock to `atMs`, then waits (clock held) until every escalation raised on the way
 * is delivered, so that each check sees a programme at rest.
 */
async function skipAndSettle(sut: ProgrammeDriver, atMs: number): Promise<ProgrammeView> {
  await env.sleep(atMs - (await harness.now()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const view = await sut.view();
    if (view.escalations.every((e) => e.delivery.status === 'DELIVERED')) return view;
    if (Date.now() > deadline) throw new Error('escalations not delivered within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('R1.6 a new alderman past COMMITMENT', () => {
  it('R1.6: the re-confirmation ladder fires at 12, 16 and 20 weeks on the exact instants; the re-confirmation resolves it and resets nothing else', async () => {
    const sut = await harness.start('GM0014', { province: 'Groningen', schoolHolidayRegion: 'noord' });
    await sut.commit();
    await sut.step('recordBottleneck', { description: 'Signalen blijven liggen', domain: 'CARE' });
    // An hour between AGENDA's start and the new alderman. Without it AGENDA's rungs and R1.6's fall
    // some 40 ms apart: on a loaded machine the next timer then fired (in real time) while the worker
    // still answered the previous one, and the Java time-skipping test server refused the worker's
    // cancellation of that timer ("invalid history builder state for action"), holding the workflow
    // for good. A real Temporal server sends the worker the timer's firing instead.
    await env.sleep(60 * 60_000);
    const designated = await sut.step('designateAdministrativeLead', {
      name: 'Nieuwe Wethouder',
      memberId: 'member-new',
    });
    const since = Date.parse(designated.commitment.recommitment!.since);
    expect(designated.phase).toBe('AGENDA');
    expect(designated.riskFlags).toContain('RECOMMITMENT_DUE');

    expect(ladder((await skipAndSettle(sut, since + 12 * WEEK_MS - 60_000)).escalations)).toEqual([]);
    for (const weeks of [12, 16]) await skipAndSettle(sut, since + weeks * WEEK_MS + 60_000);
    const late = await skipAndSettle(sut, since + 20 * WEEK_MS + 60_000);
    expect(ladder(late.escalations)).toEqual([
      { level: 1, dueAt: at(since + 12 * WEEK_MS), onTime: true, ruleId: 'R1.6', status: 'OPEN' },
      { level: 2, dueAt: at(since + 16 * WEEK_MS), onTime: true, ruleId: 'R1.6', status: 'OPEN' },
      { level: 3, dueAt: at(since + 20 * WEEK_MS), onTime: true, ruleId: 'R1.6', status: 'OPEN' },
    ]);

    // P1: the previous alderman cannot re-confirm for the new one; the refusal records nothing.
    expect((await sut.refused('reconfirmCommitment', {}, OLD_ALDERMAN)).ruleId).toBe('NOT_PERMITTED');
    expect((await sut.view()).version).toBe(late.version);

    const done = await sut.step('reconfirmCommitment', {}, NEW_ALDERMAN);
    expect(done.riskFlags).not.toContain('RECOMMITMENT_DUE');
    expect(ladder(done.escalations).map((e) => e.status)).toEqual(['RESOLVED', 'RESOLVED', 'RESOLVED']);
    // Nothing else reset: phase, its entry, the agenda and the AGENDA clock's escalations stay.
    expect(done.phase).toBe(late.phase);
    expect(done.phaseEnteredAt).toBe(late.phaseEnteredAt);
    expect(done.agenda).toEqual(late.agenda);
    expect(done.escalations.filter((e) => e.step === 'AGENDA')).toEqual(
      late.escalations.filter((e) => e.step === 'AGENDA'),
    );
    // No fourth rung (it would be due at 24 weeks) and nothing new on the re-confirmation.
    const after = await skipAndSettle(sut, since + 26 * WEEK_MS);
    expect(ladder(after.escalations)).toHaveLength(3);
  }, 180_000);
});

describe('R1.6 after an election day', () => {
  it('R1.6: 16 weeks after the (configured) election day the programme gets RECOMMITMENT_DUE, then the same ladder', async () => {
    // A configured next election day (OLIEVLEK_NEXT_ELECTION_DAY) close enough for the test clock.
    const electionDay = '2027-03-17';
    const sut = await harness.start('GM0034', {
      province: 'Flevoland',
      schoolHolidayRegion: 'midden',
      nextElectionDay: electionDay,
    });
    await sut.commit();
    const check = startOfAmsterdamDay(electionDay) + 16 * WEEK_MS;
    await harness.sleepUntil('2027-07-06', '12:00');
    expect((await sut.view()).commitment.recommitment).toBeUndefined();
    await env.sleep(check - (await harness.now()) + 60_000);
    const due = await sut.view();
    expect(due.commitment.recommitment).toEqual({ reason: 'ELECTION', since: at(check), electionDay });
    expect(due.riskFlags).toContain('RECOMMITMENT_DUE');
    expect(due.timeline.some((t) => t.event === 'recommitmentDue')).toBe(true);
    await env.sleep(12 * WEEK_MS);
    expect(ladder((await sut.view()).escalations)).toEqual([
      { level: 1, dueAt: at(check + 12 * WEEK_MS), onTime: true, ruleId: 'R1.6', status: 'OPEN' },
    ]);
    // The same alderman stays and re-confirms (designated without a member binding: the role suffices).
    const done = await sut.step('reconfirmCommitment', {}, { role: 'ADMINISTRATIVE_LEAD', name: 'Wethouder' });
    expect(done.riskFlags).not.toContain('RECOMMITMENT_DUE');
    expect(done.phase).toBe(due.phase);
  }, 180_000);
});
