import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, Launcher } from './support/launcher';
import { grantRoles } from './support/members';

// "Mijn taken" (issue 15) through `npm start`'s launcher: each person sees the steps waiting for
// THEM (P1, STEP_ROLES and the checklist), a task goes once its step is taken, a person without
// memberships sees none, the most urgent first; and the invitations to a verified address (P2).

const UTRECHT = 'programme-GM0344-1';
const AMERSFOORT = 'programme-GM0307-1';

const PEOPLE = {
  lead: { sub: 'mt-projectleider', role: 'MUNICIPALITY', municipalities: ['GM0344', 'GM0307'] },
  alderman: { sub: 'mt-wethouder' },
  vtManagement: { sub: 'mt-veilig-thuis-manager' },
  vtProfessional: { sub: 'mt-veilig-thuis-professional' },
  manager: { sub: 'mt-programmamanager' },
  nobody: { sub: 'mt-niemand' },
  kwartiermaker: { sub: 'mt-kwartiermaker', role: 'KWARTIERMAKER' },
} as const;
type Who = keyof typeof PEOPLE;

let launcher: Launcher;
const tokens = {} as Record<Who, string>;

interface TaskAnswer {
  programme: { id: string; name: string; municipality: { name: string } };
  step: string;
  kind: string;
  labelKey: string;
  label: string;
  reason: string;
  ruleId: string | null;
  dueAt: string | null;
  urgency: string;
  organisation: string | null;
  level: string | null;
}

const TASKS = `{ me { tasks { programme { id name municipality { name } } step kind labelKey label reason ruleId dueAt urgency organisation level } } }`;

async function tasksOf(who: Who, lang?: string): Promise<TaskAnswer[]> {
  const res = await graphql<{ me: { tasks: TaskAnswer[] } }>(launcher.apiUrl, TASKS, undefined, {
    token: tokens[who],
    ...(lang ? { headers: { 'accept-language': lang } } : {}),
  });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.me.tasks;
}

/** The read model follows the workflow asynchronously: ask until the answer fits (or time runs out). */
async function eventually(who: Who, fits: (tasks: TaskAnswer[]) => boolean, what: string): Promise<TaskAnswer[]> {
  const until = Date.now() + 30_000;
  let last: TaskAnswer[] = [];
  while (Date.now() < until) {
    last = await tasksOf(who);
    if (fits(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${who}: ${what} did not happen; last answer ${JSON.stringify(last.map((t) => t.step))}`);
}

async function take(who: Who, programmeId: string, step: string, args = ''): Promise<void> {
  const list = [`programmeId: "${programmeId}"`, args].filter(Boolean).join(', ');
  const res = await graphql(launcher.apiUrl, `mutation { ${step}(${list}) { id } }`, undefined, {
    token: tokens[who],
  });
  expect(res.errors, `${who} ${step}: ${JSON.stringify(res.errors)}`).toBeUndefined();
}

const START = (code: string) => `mutation { startProgramme(municipalityCode: "${code}") { id } }`;

const steps = (tasks: TaskAnswer[], programmeId = UTRECHT) =>
  tasks.filter((t) => t.programme.id === programmeId).map((t) => t.step);

beforeAll(async () => {
  launcher = await Launcher.onFreePorts();
  await launcher.start();
  for (const [who, claims] of Object.entries(PEOPLE)) tokens[who as Who] = await launcher.token({ ...claims });
}, 180_000);

afterAll(async () => {
  await launcher?.dispose();
});

describe('Mijn taken: each person their own steps (P1)', () => {
  it('starts Utrecht; the project lead sees R1.1–R1.3, nobody else anything', async () => {
    const started = await graphql(launcher.apiUrl, START('GM0344'), undefined, { token: tokens.lead });
    expect(started.errors).toBeUndefined();
    const db = join(launcher.dataDir, 'olievlek.sqlite');
    await grantRoles(db, UTRECHT, PEOPLE.alderman.sub, ['ADMINISTRATIVE_LEAD']);
    await grantRoles(db, UTRECHT, PEOPLE.vtManagement.sub, [
      { role: 'PARTNER_CONTACT', organisation: 'Veilig Thuis', domain: 'CARE', level: 'MANAGEMENT' },
    ]);
    await grantRoles(db, UTRECHT, PEOPLE.vtProfessional.sub, [
      { role: 'PARTNER_CONTACT', organisation: 'Veilig Thuis', domain: 'CARE', level: 'PROFESSIONAL' },
    ]);
    await grantRoles(db, UTRECHT, PEOPLE.manager.sub, ['PROGRAMME_MANAGER']);

    const lead = await eventually('lead', (t) => steps(t).length === 3, 'the commitment tasks');
    expect(lead.map((t) => [t.step, t.ruleId, t.kind])).toEqual([
      ['designateAdministrativeLead', 'R1.1', 'STEP'],
      ['commitPartner', 'R1.2', 'STEP'],
      ['appointProjectLead', 'R1.3', 'STEP'],
    ]);
    // Due when the commitment phase's clock reaches level 1: six weeks after the start (P3).
    const due = Date.parse(lead[0]!.dueAt!);
    expect(due - Date.now()).toBeGreaterThan(6 * 7 * 86_400_000 - 120_000);
    expect(due - Date.now()).toBeLessThanOrEqual(6 * 7 * 86_400_000);
    expect(lead[0]!.programme).toEqual({
      id: UTRECHT,
      name: 'Collectief tegen kindermishandeling Utrecht',
      municipality: { name: 'Utrecht' },
    });
    expect(lead[0]!.label).toBe('Wijs de wethouder aan als bestuurlijk trekker');
    expect(lead[1]!.label).toBe('Leg het commitment vast van partners uit zorg, onderwijs en justitie');
    for (const who of ['alderman', 'vtManagement', 'vtProfessional', 'manager', 'nobody'] as const)
      expect(await tasksOf(who), who).toEqual([]);
  });

  it('answers in English on request', async () => {
    const [first] = await tasksOf('lead', 'en');
    expect(first!.label).toBe('Designate the alderman as administrative lead');
    expect(first!.reason).toMatch(/^R1\.1: /);
    expect(first!.programme.name).toBe('Collective against child abuse Utrecht');
  });

  it('a task disappears once its step is taken; R1.1: then the alderman confirms, not the project lead', async () => {
    await take('lead', UTRECHT, 'designateAdministrativeLead', 'input: {}');
    await eventually('lead', (t) => !steps(t).includes('designateAdministrativeLead'), 'designation task gone');
    for (const [organisation, domain] of [
      ['Veilig Thuis', 'CARE'],
      ['Stichting Onderwijs Utrecht', 'EDUCATION'],
      ['Politie', 'JUSTICE'],
    ])
      await take('lead', UTRECHT, 'commitPartner', `input: { organisation: "${organisation}", domain: ${domain} }`);
    await take('lead', UTRECHT, 'appointProjectLead', 'input: { kind: INTERNAL }');
    await eventually('lead', (t) => steps(t).length === 0, 'no commitment task left');
    const alderman = await eventually('alderman', (t) => t.length === 1, 'the confirmation');
    expect(alderman[0]).toMatchObject({ step: 'confirmCommitment', kind: 'DECISION', ruleId: 'R1.1' });
    // P1: the programme manager may record it on behalf of the alderman, but it is not their task.
    expect(await tasksOf('manager')).toEqual([]);
    await take('alderman', UTRECHT, 'confirmCommitment');
    await eventually('alderman', (t) => t.length === 0, 'confirmation gone');
    const lead = await eventually('lead', (t) => steps(t).length === 2, 'the agenda tasks');
    expect(lead.map((t) => t.step)).toEqual(['recordBottleneck', 'selectTheme']);
  });

  it('R2.4: each partner contact is asked for their own level only; R2.5 then waits for the alderman', async () => {
    for (const domain of ['CARE', 'EDUCATION', 'JUSTICE'])
      await take(
        'lead',
        UTRECHT,
        'recordBottleneck',
        `input: { description: "Knelpunt ${domain}", domain: ${domain} }`,
      );
    await take('lead', UTRECHT, 'selectTheme', 'input: { theme: COLLABORATION }');
    await take(
      'lead',
      UTRECHT,
      'addAction',
      'input: { title: "Zorg-straf-overleg", theme: COLLABORATION, ownerOrganisation: "Veilig Thuis" }',
    );
    const manager = await eventually('vtManagement', (t) => t.length === 1, 'the management confirmation');
    expect(manager[0]).toMatchObject({
      step: 'confirmSupport',
      ruleId: 'R2.4',
      organisation: 'Veilig Thuis',
      level: 'MANAGEMENT',
      label: 'Bevestig het draagvlak van Veilig Thuis op management-/bestuursniveau',
    });
    const professional = await tasksOf('vtProfessional');
    expect(professional.map((t) => [t.step, t.level])).toEqual([['confirmSupport', 'PROFESSIONAL']]);
    // Not the project lead's, nor the alderman's yet.
    expect(steps(await tasksOf('lead'))).toEqual([]);
    expect(await tasksOf('alderman')).toEqual([]);

    await take('vtManagement', UTRECHT, 'confirmSupport', 'input: { organisation: "Veilig Thuis", level: MANAGEMENT }');
    await eventually('vtManagement', (t) => t.length === 0, 'management confirmation gone');
    expect((await tasksOf('vtProfessional')).length).toBe(1);
    await take(
      'vtProfessional',
      UTRECHT,
      'confirmSupport',
      'input: { organisation: "Veilig Thuis", level: PROFESSIONAL }',
    );
    const alderman = await eventually('alderman', (t) => t.length === 1, 'the adoption');
    expect(alderman[0]).toMatchObject({ step: 'adoptAgenda', kind: 'DECISION', ruleId: 'R2.5' });
    expect(await tasksOf('vtProfessional')).toEqual([]);
  });

  it('across programmes the nearest deadline comes first, whatever the phase or start', async () => {
    // Amersfoort starts after Utrecht. Its commitment's level 1 falls six weeks after its start,
    // before Utrecht's agenda level 1 (twelve weeks after Utrecht's agenda began).
    const started = await graphql(launcher.apiUrl, START('GM0307'), undefined, { token: tokens.lead });
    expect(started.errors).toBeUndefined();
    await grantRoles(join(launcher.dataDir, 'olievlek.sqlite'), AMERSFOORT, PEOPLE.alderman.sub, [
      'ADMINISTRATIVE_LEAD',
    ]);
    const lead = await eventually('lead', (t) => steps(t, AMERSFOORT).length === 3, 'Amersfoort’s tasks');
    expect(steps(lead)).toEqual([]);
    await take('lead', AMERSFOORT, 'designateAdministrativeLead', 'input: {}');
    for (const [organisation, domain] of [
      ['GGD Utrecht', 'CARE'],
      ['Stichting Onderwijs Amersfoort', 'EDUCATION'],
      ['Politie', 'JUSTICE'],
    ])
      await take('lead', AMERSFOORT, 'commitPartner', `input: { organisation: "${organisation}", domain: ${domain} }`);
    await take('lead', AMERSFOORT, 'appointProjectLead', 'input: { kind: EXTERNAL }');
    // The alderman of both: Amersfoort's confirmation (later start, earlier phase, nearer deadline)
    // before Utrecht's adoption.
    const alderman = await eventually('alderman', (t) => t.length === 2, 'both decisions');
    expect(alderman.map((t) => [t.programme.id, t.step])).toEqual([
      [AMERSFOORT, 'confirmCommitment'],
      [UTRECHT, 'adoptAgenda'],
    ]);
    expect(Date.parse(alderman[0]!.dueAt!)).toBeLessThan(Date.parse(alderman[1]!.dueAt!));
    expect(alderman.every((t) => t.urgency === 'OPEN')).toBe(true);
  });

  it('a kwartiermaker pairs mentors with the new programmes, which no municipal person sees', async () => {
    const tasks = await tasksOf('kwartiermaker');
    expect(tasks.map((t) => [t.programme.id, t.step]).sort()).toEqual([
      [AMERSFOORT, 'recordMentorPairing'],
      [UTRECHT, 'recordMentorPairing'],
    ]);
    expect((await tasksOf('lead')).some((t) => t.step === 'recordMentorPairing')).toBe(false);
  });

  it('a person without memberships sees none, and a removed member none from the moment of removal', async () => {
    expect(await tasksOf('nobody')).toEqual([]);
    const unauthenticated = await graphql(launcher.apiUrl, TASKS);
    expect(unauthenticated.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    expect((await tasksOf('alderman')).length).toBe(2);
    const members = await graphql<{ programme: { members: Array<{ membershipId: string; role: string }> } }>(
      launcher.apiUrl,
      `{ programme(id: "${UTRECHT}") { members { membershipId role } } }`,
      undefined,
      { token: tokens.lead },
    );
    const membership = members.data!.programme.members.find((m) => m.role === 'ADMINISTRATIVE_LEAD')!;
    const removed = await graphql(
      launcher.apiUrl,
      `mutation { removeMember(programmeId: "${UTRECHT}", membershipId: "${membership.membershipId}") }`,
      undefined,
      { token: tokens.lead },
    );
    expect(removed.errors).toBeUndefined();
    // Memberships are read on every request: no waiting for any projection. Amersfoort's stays.
    expect((await tasksOf('alderman')).map((t) => t.programme.id)).toEqual([AMERSFOORT]);
  });
});

describe('Me.invitations (P2): open invitations to a verified address', () => {
  it('shows the invitation to its addressee once the provider verified the address, to nobody else', async () => {
    const invited = await graphql(
      launcher.apiUrl,
      `mutation { inviteMember(programmeId: "${AMERSFOORT}", input: { name: "Paul Programmamanager", email: "Programmamanager@Amersfoort.example", role: PROGRAMME_MANAGER }) { id } }`,
      undefined,
      { token: tokens.lead },
    );
    expect(invited.errors).toBeUndefined();
    const query = `{ me { invitations { id programmeId municipality { name } role invitedAt expiresAt } } }`;
    const ask = async (claims: Record<string, unknown>) => {
      const res = await graphql<{ me: { invitations: Array<Record<string, unknown>> } }>(
        launcher.apiUrl,
        query,
        undefined,
        {
          token: await launcher.token(claims),
        },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.me.invitations;
    };
    const verified = await ask({
      sub: 'mt-invitee',
      email: 'programmamanager@amersfoort.example',
      email_verified: true,
    });
    expect(verified).toEqual([
      expect.objectContaining({
        id: (invited.data as { inviteMember: { id: string } }).inviteMember.id,
        programmeId: AMERSFOORT,
        municipality: { name: 'Amersfoort' },
        role: 'PROGRAMME_MANAGER',
      }),
    ]);
    expect(await ask({ sub: 'mt-invitee', email: 'programmamanager@amersfoort.example' })).toEqual([]);
    expect(
      await ask({ sub: 'mt-invitee', email: 'programmamanager@amersfoort.example', email_verified: false }),
    ).toEqual([]);
    expect(await ask({ sub: 'mt-other', email: 'iemand@amersfoort.example', email_verified: true })).toEqual([]);
  });
});
