import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALDERMAN, ProgrammeHarness, type ProgrammeDriver } from '../support/programme-harness';
import { createTimeSkippingEnv } from '../support/temporal';

// Regional collectives (C1–C4) through the real workflow on the time-skipping test server: members
// at the start, C2 refusals that leave no history, a member joining later and one leaving, embedding
// per member (C3), and the read model's programme_municipality rows (migration 0015) that the API's
// C1 check and the national view read.

const AMSTERDAM = 'GM0363';
const AMSTELVEEN = 'GM0362';
const DIEMEN = 'GM0384';
const AALSMEER = 'GM0358';
const EMBED = {
  instrument: 'REGIONAL_APPROACH_PLAN',
  instrumentName: 'Regionale aanpak kindermishandeling Amsterdam-Amstelland',
  takenOverBy: 'Veilig Thuis',
  responsibleRole: 'teamleider',
} as const;

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

async function updateEvents(sut: ProgrammeDriver): Promise<number> {
  const history = await sut.handle.fetchHistory();
  return (history.events ?? []).filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes).length;
}

const confirmFor = (sut: ProgrammeDriver, municipalityCode: string) =>
  sut.step('confirmMemberCommitment', { municipalityCode }, ALDERMAN);

describe('C1–C4 a collective as one workflow', () => {
  it('runs Amsterdam with members through commitment, a join and a leave, and per-member embedding', async () => {
    const sut = await harness.start(AMSTERDAM, {
      province: 'Noord-Holland',
      schoolHolidayRegion: 'noord',
      members: [AMSTELVEEN, DIEMEN],
    });
    const started = await sut.view();
    expect(started.collectiveMembers?.map((m) => m.municipalityCode)).toEqual([AMSTELVEEN, DIEMEN]);

    // C2: R1.1–R1.3 hold, but the lead cannot confirm before every member's alderman has; nothing is recorded.
    await sut.step('designateAdministrativeLead', { name: 'Wethouder Jeugd' });
    await sut.step('commitPartner', { organisation: 'Veilig Thuis', domain: 'CARE' });
    await sut.step('commitPartner', { organisation: 'Stichting Onderwijs', domain: 'EDUCATION' });
    await sut.step('commitPartner', { organisation: 'Politie', domain: 'JUSTICE' });
    await sut.step('appointProjectLead', { kind: 'INTERNAL' });
    await confirmFor(sut, AMSTELVEEN);
    const before = await updateEvents(sut);
    const refusal = await sut.refused('confirmCommitment', {}, ALDERMAN);
    expect(refusal).toMatchObject({ ruleId: 'C2', details: { municipalityCodes: [DIEMEN] } });
    expect(await updateEvents(sut)).toBe(before);
    await confirmFor(sut, DIEMEN);
    expect((await sut.step('confirmCommitment', {}, ALDERMAN)).phase).toBe('AGENDA');

    // C1: Aalsmeer joins during the agenda; the lead cannot join its own collective.
    await sut.step('addCollectiveMember', { municipalityCode: AALSMEER });
    expect((await sut.refused('addCollectiveMember', { municipalityCode: AMSTERDAM })).ruleId).toBe('C1');
    await sut.adoptAgenda(false);
    const view = await sut.view();
    const actionId = view.agenda.actions[0]!.id;
    await sut.step('updateActionStatus', { actionId, status: 'DONE' });
    await sut.step('completeExecution', {});
    // C4: Diemen leaves during embedding after embedding; its embedding stays on record.
    await sut.step('recordEmbedding', { actionId, ...EMBED });
    await sut.step('recordEmbedding', { actionId, ...EMBED, municipalityCode: AMSTELVEEN });
    await sut.step('recordEmbedding', { actionId, ...EMBED, municipalityCode: DIEMEN });
    await sut.step('removeCollectiveMember', { municipalityCode: DIEMEN });
    // C2 before C3: Aalsmeer joined later and has not confirmed yet.
    expect((await sut.refused('recordEmbedding', { actionId, ...EMBED, municipalityCode: AALSMEER })).ruleId).toBe(
      'C2',
    );
    expect((await sut.refused('completeEmbedding', {})).ruleId).toBe('C3');
    await confirmFor(sut, AALSMEER);
    await sut.step('recordEmbedding', { actionId, ...EMBED, municipalityCode: AALSMEER });
    const done = await sut.step('completeEmbedding', {});
    expect(done.phase).toBe('CONTINUATION');
    expect(done.agenda.actions[0]!.memberEmbeddings?.map((e) => e.municipalityCode)).toEqual([
      AMSTELVEEN,
      DIEMEN,
      AALSMEER,
    ]);

    // The read model follows: the lead and every member entry, Diemen with the day it left.
    await expect
      .poll(async () => (await harness.readModel.findById(sut.id))?.version, { timeout: 15_000 })
      .toBe(done.version);
    const rows = await harness.readModel.municipalitiesOf(sut.id);
    expect(rows.map((r) => [r.municipalityCode, r.role, r.leftOn !== null, r.confirmedOn !== null])).toEqual([
      [AMSTERDAM, 'LEAD', false, true],
      [AMSTELVEEN, 'MEMBER', false, true],
      [DIEMEN, 'MEMBER', true, true],
      [AALSMEER, 'MEMBER', false, true],
    ]);
    // C1 at the API reads this: Diemen takes part in no running programme any more, Aalsmeer does.
    const taking = await harness.readModel.takingPart([AMSTERDAM, DIEMEN, AALSMEER]);
    expect(taking.map((t) => [t.municipalityCode, t.role, t.programmeId])).toEqual([
      [AALSMEER, 'MEMBER', sut.id],
      [AMSTERDAM, 'LEAD', sut.id],
    ]);
  });
});
