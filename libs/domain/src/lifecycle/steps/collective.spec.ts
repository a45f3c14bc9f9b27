import { describe, expect, it } from 'vitest';
import { chooseActor, type Person } from '../../people/step-roles';
import { checklist } from '../checklist';
import { startProgramme } from '../lifecycle';
import type { Command } from '../commands';
import type { ProgrammeState } from '../types';
import {
  accepted,
  ALDERMAN,
  BOTTLENECKS,
  EMBED_IN_REGIONAL_PLAN,
  given,
  programme,
  refused,
  step,
  supportOf,
  sut,
  T0,
} from './test-factories';

// Amsterdam (GM0363) leads; Amstelveen (GM0362) and Diemen (GM0384) take part.
const AMSTELVEEN = 'GM0362';
const DIEMEN = 'GM0384';
const AALSMEER = 'GM0358';
const confirmFor = (municipalityCode: string): Command =>
  step('confirmMemberCommitment', { municipalityCode }, ALDERMAN);

const R1_TO_R3: Command[] = [
  step('designateAdministrativeLead', { name: 'Wethouder Jeugd' }),
  step('commitPartner', { organisation: 'Veilig Thuis', domain: 'CARE' }),
  step('commitPartner', { organisation: 'Stichting Onderwijs', domain: 'EDUCATION' }),
  step('commitPartner', { organisation: 'Politie', domain: 'JUSTICE' }),
  step('appointProjectLead', { kind: 'INTERNAL' }),
];

const collective = (): ProgrammeState => programme({ members: [AMSTELVEEN, DIEMEN] });

/** A collective in EMBEDDING with its one action DONE, both members confirmed. */
function collectiveInEmbedding(): ProgrammeState {
  const agenda = given(collective(), [...R1_TO_R3, confirmFor(AMSTELVEEN), confirmFor(DIEMEN)]);
  const inAgenda = given(agenda, [step('confirmCommitment', {}, ALDERMAN)]);
  const adopted = given(inAgenda, [
    ...BOTTLENECKS,
    step('selectTheme', { theme: 'COLLABORATION' }),
    step('addAction', { title: 'Zorg-straf-overleg', theme: 'COLLABORATION', ownerOrganisation: 'Veilig Thuis' }),
    ...supportOf('Veilig Thuis'),
    step('adoptAgenda', {}, ALDERMAN),
  ]);
  const actionId = adopted.agenda.actions[0]!.id;
  return given(adopted, [step('updateActionStatus', { actionId, status: 'DONE' }), step('completeExecution', {})]);
}

describe('C1 a collective: one lead municipality (penvoerder) and member municipalities', () => {
  it('starts with its members, who joined the day it began', () => {
    const state = collective();
    expect(state.municipalityCode).toBe('GM0363');
    expect(state.collectiveMembers).toEqual([
      { municipalityCode: AMSTELVEEN, joinedAt: state.startedAt },
      { municipalityCode: DIEMEN, joinedAt: state.startedAt },
    ]);
  });

  it('a programme of one municipality has no collective', () => {
    expect(programme().collectiveMembers).toBeUndefined();
  });

  it('refuses the lead as its own member, a member named twice and a malformed code at the start', () => {
    const start = (members: string[]) =>
      startProgramme({ programmeId: 'programme-GM0363-1', municipalityCode: 'GM0363', sequence: 1, members }, T0);
    expect(start(['GM0363'])).toMatchObject({ ok: false, error: { ruleId: 'C1' } });
    expect(start([AMSTELVEEN, 'gm0362'])).toMatchObject({ ok: false, error: { ruleId: 'C1' } });
    expect(start(['Amstelveen'])).toMatchObject({ ok: false, error: { ruleId: 'INVALID_INPUT' } });
  });

  it('lets a municipality join later, but not twice and not the lead', () => {
    const state = given(collective(), [step('addCollectiveMember', { municipalityCode: AALSMEER })]);
    expect(state.collectiveMembers?.map((m) => m.municipalityCode)).toEqual([AMSTELVEEN, DIEMEN, AALSMEER]);
    expect(state.timeline.at(-1)?.summary).toBe(`Gemeente ${AALSMEER} sluit aan bij het collectief.`);
    expect(refused(state, step('addCollectiveMember', { municipalityCode: DIEMEN })).ruleId).toBe('C1');
    expect(refused(state, step('addCollectiveMember', { municipalityCode: 'GM0363' })).ruleId).toBe('C1');
  });

  it('turns a programme of one municipality into a collective when a member joins', () => {
    const state = given(programme(), [step('addCollectiveMember', { municipalityCode: AMSTELVEEN })]);
    expect(state.collectiveMembers).toHaveLength(1);
  });

  it('lets a member leave (kept on record, no longer taking part) and join again', () => {
    const left = given(collective(), [step('removeCollectiveMember', { municipalityCode: DIEMEN })]);
    expect(left.collectiveMembers?.find((m) => m.municipalityCode === DIEMEN)?.leftAt).toBe(left.updatedAt);
    expect(refused(left, step('removeCollectiveMember', { municipalityCode: DIEMEN })).ruleId).toBe(
      'UNKNOWN_REFERENCE',
    );
    const back = given(left, [step('addCollectiveMember', { municipalityCode: DIEMEN })]);
    expect(back.collectiveMembers?.filter((m) => m.municipalityCode === DIEMEN)).toHaveLength(2);
  });
});

describe('C2 each member municipality’s own alderman confirms the commitment', () => {
  it('refuses the lead’s confirmation until every member has confirmed, naming who is missing', () => {
    const ready = given(collective(), [...R1_TO_R3, confirmFor(AMSTELVEEN)]);
    const refusal = refused(ready, step('confirmCommitment', {}, ALDERMAN));
    expect(refusal.ruleId).toBe('C2');
    expect(refusal.details).toEqual({ municipalityCodes: [DIEMEN] });
    const next = accepted(sut(given(ready, [confirmFor(DIEMEN)]), step('confirmCommitment', {}, ALDERMAN), T0));
    expect(next.phase).toBe('AGENDA');
  });

  it('a member that left no longer holds the commitment up', () => {
    const ready = given(collective(), [
      ...R1_TO_R3,
      confirmFor(AMSTELVEEN),
      step('removeCollectiveMember', { municipalityCode: DIEMEN }),
    ]);
    expect(accepted(sut(ready, step('confirmCommitment', {}, ALDERMAN), T0)).phase).toBe('AGENDA');
  });

  it('shows one checklist line per member municipality in COMMITMENT', () => {
    const state = given(collective(), [confirmFor(AMSTELVEEN)]);
    const lines = checklist(state).filter((i) => i.ruleId === 'C2');
    expect(lines.map((i) => [i.municipalityCode, i.done, i.blocking])).toEqual([
      [AMSTELVEEN, true, true],
      [DIEMEN, false, true],
    ]);
  });

  it('is the alderman’s step, once per member, and only for a member taking part', () => {
    const state = collective();
    expect(refused(state, step('confirmMemberCommitment', { municipalityCode: AMSTELVEEN })).ruleId).toBe(
      'NOT_PERMITTED',
    );
    expect(refused(state, confirmFor(AALSMEER)).ruleId).toBe('UNKNOWN_REFERENCE');
    const once = given(state, [confirmFor(AMSTELVEEN)]);
    expect(refused(once, confirmFor(AMSTELVEEN)).ruleId).toBe('LIFECYCLE');
    expect(once.collectiveMembers?.[0]).toMatchObject({ confirmedAt: once.updatedAt, confirmedBy: ALDERMAN });
  });

  it('P1: only an alderman membership for that municipality may confirm it; a member’s alderman takes no lead step', () => {
    const memberAlderman: Person = {
      memberId: 'mbr_2',
      kwartiermaker: false,
      grants: [{ membershipId: 'ms-1', role: 'ADMINISTRATIVE_LEAD', municipalityCode: AMSTELVEEN }],
    };
    const leadAlderman: Person = {
      memberId: 'mbr_1',
      kwartiermaker: false,
      grants: [{ membershipId: 'ms-2', role: 'ADMINISTRATIVE_LEAD' }],
    };
    expect(chooseActor(memberAlderman, 'confirmMemberCommitment', { municipalityCode: AMSTELVEEN })).toEqual({
      ok: true,
      value: { role: 'ADMINISTRATIVE_LEAD', memberId: 'mbr_2' },
    });
    expect(chooseActor(memberAlderman, 'confirmMemberCommitment', { municipalityCode: DIEMEN })).toEqual({
      ok: false,
      error: { kind: 'NOT_YOUR_MUNICIPALITY', municipalityCode: DIEMEN },
    });
    expect(chooseActor(leadAlderman, 'confirmMemberCommitment', { municipalityCode: AMSTELVEEN })).toMatchObject({
      ok: false,
      error: { kind: 'NOT_YOUR_MUNICIPALITY' },
    });
    for (const type of ['confirmCommitment', 'adoptAgenda', 'abortProgramme'] as const)
      expect(chooseActor(memberAlderman, type, {}).ok, type).toBe(false);
  });
});

describe('C3 embedding is recorded per member municipality (C2 first for a member joining later)', () => {
  it('records a member’s embedding beside the lead’s and refuses it twice', () => {
    const state = collectiveInEmbedding();
    const actionId = state.agenda.actions[0]!.id;
    const embedded = given(state, [
      step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN }),
      step('recordEmbedding', {
        actionId,
        ...EMBED_IN_REGIONAL_PLAN,
        instrumentName: 'Beleidsplan sociaal domein Amstelveen',
        municipalityCode: AMSTELVEEN,
      }),
    ]);
    const action = embedded.agenda.actions[0]!;
    expect(action.embedding?.instrumentName).toBe(EMBED_IN_REGIONAL_PLAN.instrumentName);
    expect(action.memberEmbeddings).toMatchObject([
      { municipalityCode: AMSTELVEEN, instrumentName: 'Beleidsplan sociaal domein Amstelveen' },
    ]);
    expect(
      refused(embedded, step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN, municipalityCode: AMSTELVEEN }))
        .ruleId,
    ).toBe('LIFECYCLE');
    // R4.1 holds for members too: no stand-alone project.
    expect(
      refused(
        embedded,
        step('recordEmbedding', {
          actionId,
          ...EMBED_IN_REGIONAL_PLAN,
          instrument: 'STAND_ALONE_PROJECT',
          municipalityCode: DIEMEN,
        }),
      ).ruleId,
    ).toBe('R4.1');
  });

  it('completes embedding only when each member taking part embedded every done action', () => {
    const state = collectiveInEmbedding();
    const actionId = state.agenda.actions[0]!.id;
    const leadOnly = given(state, [
      step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN }),
      step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN, municipalityCode: AMSTELVEEN }),
    ]);
    const refusal = refused(leadOnly, step('completeEmbedding', {}));
    expect(refusal.ruleId).toBe('C3');
    expect(refusal.details).toEqual({ members: [{ municipalityCode: DIEMEN, actionIds: [actionId] }] });
    expect(
      checklist(leadOnly)
        .filter((i) => i.ruleId === 'C3')
        .map((i) => [i.municipalityCode, i.done]),
    ).toEqual([
      [AMSTELVEEN, true],
      [DIEMEN, false],
    ]);
    const done = accepted(
      sut(
        given(leadOnly, [step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN, municipalityCode: DIEMEN })]),
        step('completeEmbedding', {}),
        T0,
      ),
    );
    expect(done.phase).toBe('CONTINUATION');
  });

  it('a member joining during embedding confirms (C2) before it may embed, and then counts for completion', () => {
    const state = collectiveInEmbedding();
    const actionId = state.agenda.actions[0]!.id;
    const joined = given(state, [
      step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN }),
      step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN, municipalityCode: AMSTELVEEN }),
      step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN, municipalityCode: DIEMEN }),
      step('addCollectiveMember', { municipalityCode: AALSMEER }),
    ]);
    const embedAalsmeer = step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN, municipalityCode: AALSMEER });
    expect(refused(joined, embedAalsmeer).ruleId).toBe('C2');
    expect(refused(joined, step('completeEmbedding', {})).ruleId).toBe('C3');
    const confirmed = given(joined, [confirmFor(AALSMEER), embedAalsmeer]);
    expect(accepted(sut(confirmed, step('completeEmbedding', {}), T0)).phase).toBe('CONTINUATION');
  });

  it('a programme without members embeds and completes as before (no member lines)', () => {
    const state = given(programme(), []);
    expect(checklist(state).some((i) => i.ruleId === 'C2')).toBe(false);
  });
});

describe('C4 a member may leave; what it embedded stays recorded', () => {
  it('keeps a leaving member’s embeddings on record; it no longer holds completion up', () => {
    const state = collectiveInEmbedding();
    const actionId = state.agenda.actions[0]!.id;
    const left = given(state, [
      step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN }),
      step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN, municipalityCode: DIEMEN }),
      step('removeCollectiveMember', { municipalityCode: DIEMEN }),
      step('removeCollectiveMember', { municipalityCode: AMSTELVEEN }),
    ]);
    expect(left.agenda.actions[0]!.memberEmbeddings?.map((e) => e.municipalityCode)).toEqual([DIEMEN]);
    expect(
      refused(left, step('recordEmbedding', { actionId, ...EMBED_IN_REGIONAL_PLAN, municipalityCode: AMSTELVEEN }))
        .ruleId,
    ).toBe('UNKNOWN_REFERENCE');
    expect(accepted(sut(left, step('completeEmbedding', {}), T0)).phase).toBe('CONTINUATION');
  });
});
