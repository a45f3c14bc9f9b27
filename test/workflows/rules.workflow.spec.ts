import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALDERMAN, KWARTIERMAKER, ProgrammeHarness, type ProgrammeDriver } from '../support/programme-harness';
import { createTimeSkippingEnv } from '../support/temporal';

// Every DOMAIN.md rule through the workflow's own Temporal Updates: accepted, and refused with the
// rule id as failure type and nothing recorded.

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

/** Asserts a refusal by rule id and that the programme did not change at all. */
async function expectRefused(
  sut: ProgrammeDriver,
  ruleId: string,
  take: () => Promise<{ ruleId: string; message: string }>,
): Promise<string> {
  const before = await sut.view();
  const failure = await take();
  expect(failure.ruleId).toBe(ruleId);
  expect(failure.message.length).toBeGreaterThan(10);
  const after = await sut.view();
  expect(after.version).toBe(before.version);
  expect(after.timeline).toEqual(before.timeline);
  return failure.message;
}

describe('P1 COMMITMENT', () => {
  it('R1.1 refuses confirming commitment without an administrative lead, and accepts it with one', async () => {
    const sut = await start();
    await sut.step('commitPartner', { organisation: 'GGD', domain: 'CARE' });
    await sut.step('commitPartner', { organisation: 'Basisschool', domain: 'EDUCATION' });
    await sut.step('commitPartner', { organisation: 'OM', domain: 'JUSTICE' });
    await sut.step('appointProjectLead', { kind: 'INTERNAL' });
    await expectRefused(sut, 'R1.1', () => sut.refused('confirmCommitment', {}, ALDERMAN));
    await sut.step('designateAdministrativeLead', {});
    const view = await sut.step('confirmCommitment', {}, ALDERMAN);
    expect(view.phase).toBe('AGENDA');
  });

  it('R1.2 needs a committed partner from each of care, education and justice', async () => {
    const sut = await start();
    await sut.step('designateAdministrativeLead', {});
    await sut.step('appointProjectLead', { kind: 'INTERNAL' });
    await sut.step('commitPartner', { organisation: 'Veilig Thuis', domain: 'CARE' });
    await sut.step('commitPartner', { organisation: 'Gemeente', domain: 'MUNICIPALITY' });
    await sut.step('commitPartner', { organisation: 'Schoolbestuur', domain: 'EDUCATION' });
    const message = await expectRefused(sut, 'R1.2', () => sut.refused('confirmCommitment', {}, ALDERMAN));
    expect(message).toContain('justitie');
    const checklist = (await sut.view()).checklist.find((i) => i.ruleId === 'R1.2');
    expect(checklist).toMatchObject({ done: false, blocking: true });
    await sut.step('commitPartner', { organisation: 'Raad voor de Kinderbescherming', domain: 'JUSTICE' });
    expect((await sut.step('confirmCommitment', {}, ALDERMAN)).phase).toBe('AGENDA');
  });

  it('R1.3 needs a project lead; an external lead raises the EXTERNAL_LEAD risk flag', async () => {
    const sut = await start();
    await sut.step('designateAdministrativeLead', {});
    for (const [organisation, domain] of [['A', 'CARE'], ['B', 'EDUCATION'], ['C', 'JUSTICE']] as const) {
      await sut.step('commitPartner', { organisation, domain });
    }
    await expectRefused(sut, 'R1.3', () => sut.refused('confirmCommitment', {}, ALDERMAN));
    const view = await sut.step('appointProjectLead', { kind: 'EXTERNAL', name: 'Bureau X' });
    expect(view.riskFlags).toEqual(['EXTERNAL_LEAD']);
    await expectRefused(sut, 'R1.3', () => sut.refused('appointProjectLead', { kind: 'INTERNAL' }));
    expect((await sut.step('confirmCommitment', {}, ALDERMAN)).phase).toBe('AGENDA');
  });

  it('R1.4 and R1.5 are recommended: open checklist items with the tip, never blocking', async () => {
    const sut = await start();
    const open = (await sut.view()).checklist.filter((i) => i.ruleId === 'R1.4' || i.ruleId === 'R1.5');
    expect(open).toHaveLength(3);
    for (const item of open) {
      expect(item).toMatchObject({ done: false, blocking: false });
      expect(item.tip).toBeTruthy();
    }
    expect(open.find((i) => i.ruleId === 'R1.4')!.tip).toContain('burgemeester');
    expect(open.find((i) => i.ruleId === 'R1.5')!.tip).toContain('Veilig Thuis');
    await sut.step('recordRecommendation', { item: 'MAYOR_CONSULTED' });
    const after = (await sut.view()).checklist.filter((i) => i.ruleId === 'R1.4');
    expect(after.map((i) => i.done).sort()).toEqual([false, true]);
    // Not blocking: commitment completes with both still partly open.
    expect((await sut.commit()).phase).toBe('AGENDA');
  });

  it('only the administrative lead confirms commitment', async () => {
    const sut = await start();
    await sut.step('designateAdministrativeLead', {});
    for (const [organisation, domain] of [['A', 'CARE'], ['B', 'EDUCATION'], ['C', 'JUSTICE']] as const) {
      await sut.step('commitPartner', { organisation, domain });
    }
    await sut.step('appointProjectLead', { kind: 'INTERNAL' });
    await expectRefused(sut, 'NOT_PERMITTED', () => sut.refused('confirmCommitment', {}));
  });
});

describe('P2 AGENDA', () => {
  it('R2.1 refuses themes before 3 bottlenecks from 2 domains', async () => {
    const sut = await start();
    await sut.commit();
    await sut.step('recordBottleneck', { description: 'Een', domain: 'CARE' });
    await sut.step('recordBottleneck', { description: 'Twee', domain: 'CARE' });
    await sut.step('recordBottleneck', { description: 'Drie', domain: 'CARE' });
    await expectRefused(sut, 'R2.1', () => sut.refused('selectTheme', { theme: 'SIGNALLING' }));
    await sut.step('recordBottleneck', { description: 'Vier', domain: 'EDUCATION' });
    expect((await sut.step('selectTheme', { theme: 'SIGNALLING' })).agenda.themes).toEqual(['SIGNALLING']);
  });

  it('R2.2 accepts up to three themes and refuses a fourth with an explanation', async () => {
    const sut = await start();
    await sut.commit();
    for (const domain of ['CARE', 'EDUCATION', 'JUSTICE'] as const) {
      await sut.step('recordBottleneck', { description: `Knelpunt ${domain}`, domain });
    }
    for (const theme of ['SIGNALLING', 'EXPERTISE', 'COLLABORATION'] as const) await sut.step('selectTheme', { theme });
    const message = await expectRefused(sut, 'R2.2', () => sut.refused('selectTheme', { theme: 'PREVENTION' }));
    expect(message).toContain('1 tot 3');
  });

  it('R2.3 refuses an action on an unselected theme or without an owner, and adoption with a theme lacking actions', async () => {
    const sut = await start();
    await sut.commit();
    for (const domain of ['CARE', 'EDUCATION', 'JUSTICE'] as const) {
      await sut.step('recordBottleneck', { description: `Knelpunt ${domain}`, domain });
    }
    await sut.step('selectTheme', { theme: 'SIGNALLING' });
    await sut.step('selectTheme', { theme: 'PREVENTION' });
    await expectRefused(sut, 'R2.3', () =>
      sut.refused('addAction', { title: 'X', theme: 'COLLABORATION', ownerOrganisation: 'GGD' }),
    );
    await expectRefused(sut, 'R2.3', () => sut.refused('addAction', { title: 'X', theme: 'SIGNALLING', ownerOrganisation: ' ' }));
    await sut.step('addAction', { title: 'Oudersignalen-kaart', theme: 'SIGNALLING', ownerOrganisation: 'GGD' });
    await sut.confirmSupport('GGD');
    await expectRefused(sut, 'R2.3', () => sut.refused('adoptAgenda', {}, ALDERMAN));
    await sut.step('addAction', { title: 'Ouder-kindcoaches', theme: 'PREVENTION', ownerOrganisation: 'GGD' });
    expect((await sut.step('adoptAgenda', {}, ALDERMAN)).phase).toBe('EXECUTION');
  });

  it('R2.4 support test: work-floor agreement alone, or the top alone, does not count', async () => {
    const sut = await start();
    await sut.commit();
    for (const domain of ['CARE', 'EDUCATION', 'JUSTICE'] as const) {
      await sut.step('recordBottleneck', { description: `Knelpunt ${domain}`, domain });
    }
    await sut.step('selectTheme', { theme: 'COLLABORATION' });
    await sut.step('addAction', { title: 'Ketenoverleg', theme: 'COLLABORATION', ownerOrganisation: 'Politie' });
    await sut.step('addAction', { title: 'Buddy-systeem', theme: 'COLLABORATION', ownerOrganisation: 'Wijkteam' });
    await sut.step('confirmSupport', { organisation: 'Politie', level: 'PROFESSIONAL' });
    await sut.step('confirmSupport', { organisation: 'Wijkteam', level: 'MANAGEMENT' });
    const message = await expectRefused(sut, 'R2.4', () => sut.refused('adoptAgenda', {}, ALDERMAN));
    expect(message).toContain('Politie');
    expect(message).toContain('Wijkteam');
    await sut.step('confirmSupport', { organisation: 'Politie', level: 'MANAGEMENT' });
    await sut.step('confirmSupport', { organisation: 'Wijkteam', level: 'PROFESSIONAL' });
    expect((await sut.step('adoptAgenda', {}, ALDERMAN)).phase).toBe('EXECUTION');
  });

  it('R2.5 only the administrative lead adopts the agenda, and only once R2.1–R2.4 hold', async () => {
    const sut = await start();
    await sut.commit();
    await expectRefused(sut, 'R2.1', () => sut.refused('adoptAgenda', {}, ALDERMAN));
    for (const domain of ['CARE', 'EDUCATION', 'JUSTICE'] as const) {
      await sut.step('recordBottleneck', { description: `Knelpunt ${domain}`, domain });
    }
    await expectRefused(sut, 'R2.2', () => sut.refused('adoptAgenda', {}, ALDERMAN));
    await sut.step('selectTheme', { theme: 'INFORMATION_SHARING' });
    await sut.step('addAction', { title: 'Privacyconvenant', theme: 'INFORMATION_SHARING', ownerOrganisation: 'Gemeente' });
    await sut.confirmSupport('Gemeente');
    await expectRefused(sut, 'NOT_PERMITTED', () => sut.refused('adoptAgenda', {}));
    const view = await sut.step('adoptAgenda', {}, ALDERMAN);
    expect(view.phase).toBe('EXECUTION');
    expect(view.agenda.adoptedAt).toBeTruthy();
    expect(view.training).toBeUndefined();
  });
});

describe('P3 EXECUTION', () => {
  it('R3.2 action statuses: dropping needs a reason, finished actions stay finished', async () => {
    const sut = await start();
    await sut.commit();
    const view = await sut.adoptAgenda(false);
    const action = view.agenda.actions[0]!;
    await expectRefused(sut, 'R3.2', () => sut.refused('updateActionStatus', { actionId: action.id, status: 'DROPPED' }));
    await sut.step('updateActionStatus', { actionId: action.id, status: 'IN_PROGRESS' });
    await expectRefused(sut, 'R3.2', () => sut.refused('updateActionStatus', { actionId: action.id, status: 'PLANNED' }));
    await sut.step('updateActionStatus', { actionId: action.id, status: 'DONE' });
    await expectRefused(sut, 'R3.2', () => sut.refused('updateActionStatus', { actionId: action.id, status: 'IN_PROGRESS' }));
    await expectRefused(sut, 'UNKNOWN_REFERENCE', () => sut.refused('updateActionStatus', { actionId: 'action-999', status: 'DONE' }));
  });

  it('R3.2 an action added during execution passes the support test before it moves', async () => {
    const sut = await start();
    await sut.commit();
    await sut.adoptAgenda(false);
    const view = await sut.step('addAction', { title: 'Safari zorg-straf', theme: 'COLLABORATION', ownerOrganisation: 'OM' });
    const added = view.agenda.actions.find((a) => a.title === 'Safari zorg-straf')!;
    expect(added.addedDuringExecution).toBe(true);
    await expectRefused(sut, 'R3.2', () => sut.refused('updateActionStatus', { actionId: added.id, status: 'IN_PROGRESS' }));
    await sut.confirmSupport('OM');
    const moved = await sut.step('updateActionStatus', { actionId: added.id, status: 'IN_PROGRESS' });
    expect(moved.agenda.actions.find((a) => a.id === added.id)!.status).toBe('IN_PROGRESS');
  });

  it('R3.2 execution completes only when every action is done or dropped', async () => {
    const sut = await start();
    await sut.commit();
    const view = await sut.adoptAgenda(false);
    await expectRefused(sut, 'R3.2', () => sut.refused('completeExecution', {}));
    await sut.step('updateActionStatus', { actionId: view.agenda.actions[0]!.id, status: 'DONE' });
    expect((await sut.step('completeExecution', {})).phase).toBe('EMBEDDING');
  });

  it('R3.1 talks start at the top: school boards before schools; no training track without EXPERTISE or school actions', async () => {
    const withoutTrack = await start();
    await withoutTrack.commit();
    await withoutTrack.adoptAgenda(false);
    await expectRefused(withoutTrack, 'R3.1', () => withoutTrack.refused('startSchoolBoardTalks', {}));

    const sut = await start();
    await sut.commit();
    const view = await sut.adoptAgenda(true);
    expect(view.training).toBeDefined();
    await expectRefused(sut, 'R3.1', () => sut.refused('startSchoolTalks', {}));
  });
});

describe('P4 EMBEDDING', () => {
  async function inEmbedding(lead: 'INTERNAL' | 'EXTERNAL' = 'INTERNAL') {
    const sut = await start();
    await sut.commit(lead);
    const view = await sut.adoptAgenda(false);
    const action = view.agenda.actions[0]!;
    await sut.step('updateActionStatus', { actionId: action.id, status: 'DONE' });
    await sut.step('completeExecution', {});
    return { sut, actionId: action.id };
  }

  it('R4.1 refuses a stand-alone project: "not as a separate project"', async () => {
    const { sut, actionId } = await inEmbedding();
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
    const view = await sut.step('recordEmbedding', {
      actionId,
      instrument: 'REGIONAL_APPROACH_PLAN',
      instrumentName: 'Regioaanpak huiselijk geweld en kindermishandeling 2025–2030',
      takenOverBy: 'Veilig Thuis',
      responsibleRole: 'teamleider',
    });
    expect(view.agenda.actions[0]!.embedding).toMatchObject({ instrument: 'REGIONAL_APPROACH_PLAN', takenOverBy: 'Veilig Thuis' });
  });

  it('R4.2 every embedding names the organisation taking it over and the responsible role', async () => {
    const { sut, actionId } = await inEmbedding();
    const base = { actionId, instrument: 'SOCIAL_DEVELOPMENT_AGENDA' as const, instrumentName: 'Sociale Ontwikkelagenda' };
    await expectRefused(sut, 'R4.2', () => sut.refused('recordEmbedding', { ...base, takenOverBy: '', responsibleRole: 'wethouder' }));
    await expectRefused(sut, 'R4.2', () => sut.refused('recordEmbedding', { ...base, takenOverBy: 'Gemeente', responsibleRole: '' }));
    await sut.step('recordEmbedding', { ...base, takenOverBy: 'Gemeente', responsibleRole: 'beleidsadviseur' });
  });

  it('R4.3 with an external lead an internal embedding owner is required', async () => {
    const { sut, actionId } = await inEmbedding('EXTERNAL');
    await sut.step('recordEmbedding', {
      actionId,
      instrument: 'DOMESTIC_VIOLENCE_ACTION_PLAN',
      instrumentName: 'Actieplan huiselijk geweld en kindermishandeling',
      takenOverBy: 'Gemeente',
      responsibleRole: 'beleidsmedewerker',
    });
    await expectRefused(sut, 'R4.3', () => sut.refused('completeEmbedding', {}));
    await sut.step('nameEmbeddingOwner', { role: 'beleidsambtenaar jeugd' });
    expect((await sut.step('completeEmbedding', {})).phase).toBe('CONTINUATION');
  });

  it('R4.3 an external lead leaving with embedding open escalates at once at level 2', async () => {
    const { sut } = await inEmbedding('EXTERNAL');
    const view = await sut.step('recordLeadDeparture', {});
    const escalation = view.escalations.find((e) => e.kind === 'LEAD_DEPARTED');
    expect(escalation).toMatchObject({ level: 2, levelName: 'ADMINISTRATIVE', recipient: 'ADMINISTRATIVE_LEAD', ruleId: 'R4.3', status: 'OPEN' });
    expect(escalation!.raisedAt).toBe(view.updatedAt);
    expect(view.riskFlags).toContain('LEAD_DEPARTED');
    // Delivered through the outbox to the webhook, with its idempotency key.
    await expect.poll(() => harness.webhook.received.filter((r) => r.idempotencyKey === escalation!.id).length, { timeout: 10_000 }).toBe(1);
  });

  it('R4.3 an internal lead leaving does not escalate', async () => {
    const { sut } = await inEmbedding('INTERNAL');
    const view = await sut.step('recordLeadDeparture', {});
    expect(view.escalations.filter((e) => e.kind === 'LEAD_DEPARTED')).toEqual([]);
  });

  it('R4.4 embedding completes when every action is embedded or dropped', async () => {
    const sut = await start();
    await sut.commit();
    const agenda = await sut.adoptAgenda(false);
    const extra = await sut.step('addAction', { title: 'Extra', theme: 'COLLABORATION', ownerOrganisation: 'Veilig Thuis' });
    const [first, second] = [agenda.agenda.actions[0]!, extra.agenda.actions[1]!];
    await sut.step('updateActionStatus', { actionId: first.id, status: 'DONE' });
    await sut.step('updateActionStatus', { actionId: second.id, status: 'DROPPED', reason: 'Opgegaan in het zorg-straf-overleg' });
    await sut.step('completeExecution', {});
    await expectRefused(sut, 'R4.4', () => sut.refused('completeEmbedding', {}));
    await sut.step('recordEmbedding', {
      actionId: first.id,
      instrument: 'REGIONAL_APPROACH_PLAN',
      instrumentName: 'Regioaanpak',
      takenOverBy: 'Veilig Thuis',
      responsibleRole: 'manager',
    });
    expect((await sut.step('completeEmbedding', {})).phase).toBe('CONTINUATION');
  });
});

describe('lifecycle guards', () => {
  it('refuses a step of another phase, naming the phase', async () => {
    const sut = await start();
    const message = await expectRefused(sut, 'LIFECYCLE', () => sut.refused('recordBottleneck', { description: 'x', domain: 'CARE' }));
    expect(message).toContain('Verbeteragenda');
  });

  it('pause and resume; a paused programme takes no steps; abort needs a reason and ends it', async () => {
    const sut = await start();
    expect((await sut.step('pauseProgramme', { reason: 'Gemeenteraadsverkiezingen' })).status).toBe('PAUSED');
    await expectRefused(sut, 'LIFECYCLE', () => sut.refused('designateAdministrativeLead', {}));
    expect((await sut.step('resumeProgramme', {})).status).toBe('ACTIVE');
    await expectRefused(sut, 'INVALID_INPUT', () => sut.refused('abortProgramme', { reason: '' }));
    const aborted = await sut.step('abortProgramme', { reason: 'Fusie van gemeenten' });
    expect(aborted).toMatchObject({ status: 'ABORTED', abortReason: 'Fusie van gemeenten' });
    await expect(sut.handle.result()).resolves.toMatchObject({ final: { status: 'ABORTED' } });
  });

  it('whole lifecycle to CLOSED with yearly check-ins; the timeline says who did what, when', async () => {
    const sut = await start();
    await sut.commit();
    const agenda = await sut.adoptAgenda(false);
    await sut.step('updateActionStatus', { actionId: agenda.agenda.actions[0]!.id, status: 'DONE' });
    await sut.step('reportIndicators', { period: '2027-Q1', repeatReports: 12, professionalsTrained: 40 });
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
    await expectRefused(sut, 'LIFECYCLE', () => sut.refused('recordCheckIn', { year: 2028 }));
    const closed = await sut.step('closeProgramme', {});
    expect(closed).toMatchObject({ phase: 'CLOSED', status: 'CLOSED', openEscalationLevel: 0 });
    expect(closed.timeline.map((t) => t.event)).toEqual(
      expect.arrayContaining(['programmeStarted', 'confirmCommitment', 'adoptAgenda', 'completeEmbedding', 'recordCheckIn', 'closeProgramme']),
    );
    const adopt = closed.timeline.find((t) => t.event === 'adoptAgenda')!;
    expect(adopt.by).toEqual(ALDERMAN);
    expect(Date.parse(adopt.at)).not.toBeNaN();
    await expect(sut.handle.result()).resolves.toMatchObject({ final: { phase: 'CLOSED' } });
    await expect.poll(async () => (await sut.readModelRow())?.status, { timeout: 10_000 }).toBe('CLOSED');
  });

  it('only an alderman or kwartiermaker acknowledges an escalation', async () => {
    const sut = await start();
    await sut.commit('EXTERNAL');
    const view = await sut.adoptAgenda(false);
    await sut.step('updateActionStatus', { actionId: view.agenda.actions[0]!.id, status: 'DONE' });
    await sut.step('completeExecution', {});
    const departed = await sut.step('recordLeadDeparture', {});
    const escalationId = departed.escalations[0]!.id;
    // Let the outbox deliver it first: a delivery is recorded in the state too.
    await expect.poll(async () => (await sut.view()).escalations[0]!.delivery.status, { timeout: 10_000 }).toBe('DELIVERED');
    await expectRefused(sut, 'NOT_PERMITTED', () => sut.refused('acknowledgeEscalation', { escalationId, decision: 'NOTE' }));
    // A departure has no clock to extend.
    await expectRefused(sut, 'LIFECYCLE', () =>
      sut.refused('acknowledgeEscalation', { escalationId, decision: 'EXTEND', weeks: 2 }, KWARTIERMAKER),
    );
    const acked = await sut.step('acknowledgeEscalation', { escalationId, decision: 'NOTE', note: 'Nieuwe projectleider in werving' }, KWARTIERMAKER);
    expect(acked.escalations[0]).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgements: [{ decision: 'NOTE', by: KWARTIERMAKER }] });
  });
});
